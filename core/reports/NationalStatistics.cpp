#include "reports/NationalStatistics.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/EndOfTreatment.h"
#include "pathway/Referral.h"
#include "pathway/TreatmentPlan.h"
#include "reports/FidelityReports.h"
#include "scheduling/ClinicTime.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace forlop {

namespace {

using Cell = SmallCells::Cell;
using Mark = SmallCells::Mark;

Cell cell(const QString& category, const Tally& tally)
{
    return Cell{category, tally.count, tally.patientCount(), Mark::Shown};
}

// The patients of a partition's remainder: those of the total not in any listed category.
Tally remainder(const Tally& total, const Tally& part)
{
    Tally rest;
    rest.count = total.count - part.count;
    for (std::int64_t patient : total.patients) {
        if (!std::binary_search(part.patients.begin(), part.patients.end(), patient)) {
            rest.patients.append(patient);
        }
    }
    return rest;
}

StatisticsGroup group(const QString& id, const Tally& total, const QList<std::pair<QString, Tally>>& parts)
{
    StatisticsGroup result{id, cell(QStringLiteral("total"), total), {}};
    for (const auto& [category, tally] : parts) {
        result.categories.append(cell(category, tally));
    }
    SmallCells::suppress(result.total, result.categories);
    return result;
}

// A share of a group's category, hidden with it.
StatisticsMeasure shareOf(const QString& id, const StatisticsGroup& source, const QString& category)
{
    for (const Cell& each : source.categories) {
        if (each.category == category) {
            const Mark mark = each.mark == Mark::Shown && source.total.mark == Mark::Shown ? Mark::Shown : each.mark;
            const std::optional<double> value =
                source.total.value > 0 ? std::optional<double>(100.0 * double(each.value) / double(source.total.value))
                                       : std::nullopt;
            return StatisticsMeasure{id, mark == Mark::Shown ? value : std::nullopt, mark};
        }
    }
    return StatisticsMeasure{id, std::nullopt, Mark::Small};
}

StatisticsMeasure measure(const QString& id, std::optional<double> value, int patients)
{
    const Mark mark = SmallCells::markFor(patients);
    return StatisticsMeasure{id, mark == Mark::Shown ? value : std::nullopt, mark};
}

QJsonValue valueOf(Mark mark, const QJsonValue& shown)
{
    switch (mark) {
    case Mark::Shown:
        return shown;
    case Mark::Small:
        return QLatin1String(NationalStatistics::SmallMarker);
    case Mark::Secondary:
        return QLatin1String(NationalStatistics::SecondaryMarker);
    }
    return QJsonValue::Null;
}

double rounded(double value)
{
    return std::round(value * 10.0) / 10.0;
}

} // namespace

const StatisticsGroup* NationalStatisticsData::group(const QString& id) const
{
    for (const StatisticsGroup& each : groups) {
        if (each.id == id) {
            return &each;
        }
    }
    return nullptr;
}

const StatisticsMeasure* NationalStatisticsData::measure(const QString& id) const
{
    for (const StatisticsMeasure& each : measures) {
        if (each.id == id) {
            return &each;
        }
    }
    return nullptr;
}

NationalStatisticsData NationalStatistics::fromFidelity(const FidelityReport& fidelity)
{
    const FidelityFigures& f = fidelity.clinic;
    NationalStatisticsData data;
    data.period = fidelity.period;

    QList<std::pair<QString, Tally>> channels;
    for (ReferralChannel channel : ReferralCodes::channels()) {
        channels.append({ReferralCodes::id(channel), f.referralsByChannel.value(ReferralCodes::id(channel))});
    }
    data.groups.append(group(QStringLiteral("referrals.channel"), f.referrals, channels));
    QList<std::pair<QString, Tally>> urgency;
    for (Urgency level : {Urgency::Normal, Urgency::Urgent}) {
        urgency.append({ReferralCodes::id(level), f.referralsByUrgency.value(ReferralCodes::id(level))});
    }
    data.groups.append(group(QStringLiteral("referrals.urgency"), f.referrals, urgency));

    data.groups.append(group(QStringLiteral("waiting.first_appointment"), f.waiting.patients, {}));
    data.measures.append(measure(QStringLiteral("waiting.median_days"), f.waiting.medianDays,
                                 f.waiting.patients.patientCount()));
    data.measures.append(measure(
        QStringLiteral("waiting.percentile90_days"),
        f.waiting.percentile90Days ? std::optional<double>(*f.waiting.percentile90Days) : std::nullopt,
        f.waiting.patients.patientCount()));

    for (Timepoint timepoint : InstrumentCatalogue::timepoints()) {
        const PackageFigure package = f.package.value(timepoint);
        const QString prefix = QStringLiteral("package.") + InstrumentCatalogue::id(timepoint);
        const Tally& due = package.patientsComplete.whole;
        const Tally& complete = package.patientsComplete.part;
        data.groups.append(group(prefix + QStringLiteral(".patients"), due,
                                 {{QStringLiteral("complete"), complete},
                                  {QStringLiteral("not_complete"), remainder(due, complete)}}));
        data.measures.append(measure(prefix + QStringLiteral(".instruments_completed_percent"),
                                     package.instruments.percent(), due.patientCount()));
    }

    const Tally& assessments = f.allCriteriaAnswered.whole;
    const StatisticsGroup answered =
        group(QStringLiteral("eligibility.criteria"), assessments,
              {{QStringLiteral("all_answered"), f.allCriteriaAnswered.part},
               {QStringLiteral("not_all_answered"), remainder(assessments, f.allCriteriaAnswered.part)}});
    data.groups.append(answered);
    data.measures.append(shareOf(QStringLiteral("eligibility.all_answered_percent"), answered,
                                 QStringLiteral("all_answered")));
    data.groups.append(group(QStringLiteral("eligibility.decision"), f.completedAssessments,
                             {{QStringLiteral("include"), f.included}, {QStringLiteral("exclude"), f.excluded}}));
    data.groups.append(group(QStringLiteral("eligibility.override"), f.completedAssessments,
                             {{QStringLiteral("override"), f.overrides},
                              {QStringLiteral("no_override"), remainder(f.completedAssessments, f.overrides)}}));

    const StatisticsGroup sessions =
        group(QStringLiteral("treatment.attended_sessions"), f.endedTreatments,
              {{QStringLiteral("below_16"), f.belowRange},
               {QStringLiteral("16_to_20"), f.withinRange},
               {QStringLiteral("above_20"), f.aboveRange}});
    data.groups.append(sessions);
    data.measures.append(shareOf(QStringLiteral("treatment.within_16_to_20_percent"), sessions,
                                 QStringLiteral("16_to_20")));
    QList<std::pair<QString, Tally>> reasons;
    for (EndReason reason : EndOfTreatment::reasons()) {
        reasons.append({EndOfTreatment::id(reason), f.endReasons.value(EndOfTreatment::id(reason))});
    }
    data.groups.append(group(QStringLiteral("treatment.end_reason"), f.endedTreatments, reasons));
    data.groups.append(
        group(QStringLiteral("treatment.plans"), f.plansOutsideRange.whole,
              {{QStringLiteral("outside_16_to_20"), f.plansOutsideRange.part},
               {QStringLiteral("within_16_to_20"), remainder(f.plansOutsideRange.whole, f.plansOutsideRange.part)}}));

    data.groups.append(group(QStringLiteral("onward.unmet_needs"), f.unmetNeeds,
                             {{QStringLiteral("referred"), f.needsReferred},
                              {QStringLiteral("reason_recorded"), f.needsReasonRecorded},
                              {QStringLiteral("neither"), f.needsOpen}}));
    return data;
}

QJsonObject NationalStatistics::toJson(const NationalStatisticsData& data, const Clinic& clinic,
                                       const QDateTime& generatedAt)
{
    QJsonArray groups;
    for (const StatisticsGroup& each : data.groups) {
        QJsonArray cells{QJsonObject{{QStringLiteral("category"), each.total.category},
                                     {QStringLiteral("value"), valueOf(each.total.mark, double(each.total.value))}}};
        for (const Cell& category : each.categories) {
            cells.append(QJsonObject{{QStringLiteral("category"), category.category},
                                     {QStringLiteral("value"), valueOf(category.mark, double(category.value))}});
        }
        groups.append(QJsonObject{{QStringLiteral("id"), each.id}, {QStringLiteral("cells"), cells}});
    }
    QJsonArray measures;
    for (const StatisticsMeasure& each : data.measures) {
        const QJsonValue shown = each.value ? QJsonValue(rounded(*each.value)) : QJsonValue(QJsonValue::Null);
        measures.append(QJsonObject{{QStringLiteral("id"), each.id}, {QStringLiteral("value"), valueOf(each.mark, shown)}});
    }
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(Format)},
        {QStringLiteral("format_version"), Version},
        {QStringLiteral("clinic"), QJsonObject{{QStringLiteral("uuid"), clinic.info().uuid},
                                               {QStringLiteral("name"), clinic.info().name},
                                               {QStringLiteral("site"), clinic.info().site}}},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("first_day"), data.period.fromDate()},
                                               {QStringLiteral("last_day"),
                                                ClinicTime::toStoredDate(data.period.last())}}},
        {QStringLiteral("generated_at"), ClinicTime::toStored(generatedAt)},
        {QStringLiteral("suppression"),
         QJsonObject{{QStringLiteral("threshold"), SmallCells::Threshold},
                     {QStringLiteral("small"), QLatin1String(SmallMarker)},
                     {QStringLiteral("secondary"), QLatin1String(SecondaryMarker)}}},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("measures"), measures},
    };
}

Result<NationalStatisticsData> NationalStatistics::write(Clinic& clinic, const ReportPeriod& period,
                                                         const QString& destinationFile)
{
    if (auto status = Policy::require(clinic.session(), Permission::ExportNationalStatistics); !status) {
        return std::unexpected(status.error());
    }
    QSaveFile file(destinationFile);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Failed, tr("Cannot write %1: %2")
                                           .arg(QFileInfo(destinationFile).absoluteFilePath(), file.errorString()));
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto fidelity = FidelityReports::computeUnaudited(clinic, period);
    if (!fidelity) {
        return std::unexpected(fidelity.error());
    }
    NationalStatisticsData data = fromFidelity(*fidelity);
    const QByteArray bytes = QJsonDocument(toJson(data, clinic, fidelity->generatedAt)).toJson(QJsonDocument::Indented);
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("statistics.export"), std::nullopt,
                                              QStringLiteral("national_statistics"), std::nullopt,
                                              QLatin1String(AuditBasis::Clinic), FidelityReports::auditPeriod(period),
                                              QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(status.error());
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ErrorCode::Failed, tr("Cannot write %1: %2")
                                           .arg(QFileInfo(destinationFile).absoluteFilePath(), file.errorString()));
    }
    return data;
}

} // namespace forlop
