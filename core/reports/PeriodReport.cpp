#include "reports/PeriodReport.h"

#include "clinic/Clinic.h"
#include "pathway/EligibilityCriteria.h"
#include "pathway/EndOfTreatment.h"
#include "pathway/Referral.h"
#include "pathway/TreatmentPlan.h"
#include "reports/FidelityReports.h"
#include "scheduling/ClinicTime.h"

#include <QLocale>

#include <cmath>

namespace forlop {

namespace {

using Row = QList<ReportCell>;

ReportCell label(const QString& text)
{
    return ReportCell{text, std::nullopt, {}};
}

ReportCell count(const Tally& tally)
{
    return ReportCell{QLocale().toString(qlonglong(tally.count)), double(tally.count), tally.patients};
}

// A share's cell drills to the patients it was computed over.
ReportCell percent(const Share& share)
{
    return ReportCell{PeriodReport::percentText(share.percent()), share.percent(), share.whole.patients};
}

ReportCell percentOf(const Tally& part, const Tally& whole)
{
    return percent(Share{part, whole});
}

ReportCell days(std::optional<double> value, const QList<std::int64_t>& patients)
{
    return ReportCell{PeriodReport::daysText(value), value, patients};
}

QString monthText(const QDate& month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QString decisionText(const QString& id)
{
    const auto decision = EligibilityCriteria::decisionFromId(id);
    return decision ? EligibilityCriteria::displayName(*decision) : id;
}

// The clinic first, then each clinician (and the unallocated group).
template <typename Cells>
QList<Row> clinicAndClinicians(const FidelityReport& fidelity, Cells&& cells)
{
    QList<Row> rows;
    Row clinicRow{label(PeriodReport::tr("Whole clinic"))};
    clinicRow += cells(fidelity.clinic);
    rows.append(clinicRow);
    for (const ClinicianFidelity& clinician : fidelity.clinicians) {
        Row row{label(clinician.name)};
        row += cells(clinician.figures);
        rows.append(row);
    }
    return rows;
}

ReportSection waitingSection(const FidelityReport& fidelity)
{
    ReportSection section{QStringLiteral("waiting"), PeriodReport::tr("Waiting times and referrals"),
                          PeriodReport::tr("How long referrals waited for their first appointment, and where "
                                           "referrals came from."),
                          {}};
    ReportTable summary{QLatin1String(PeriodReport::WaitingSummary),
                        PeriodReport::tr("Waiting time from referral to first appointment"),
                        {PeriodReport::tr("Clinician"), PeriodReport::tr("First appointments"),
                         PeriodReport::tr("Median (days)"), PeriodReport::tr("90th percentile (days)")},
                        {},
                        PeriodReport::tr("Referrals whose first appointment was offered in the period; days from "
                                         "the referral's arrival to the day of the first appointment offered."),
                        {}};
    summary.rows = clinicAndClinicians(fidelity, [](const FidelityFigures& figures) {
        const WaitingFigure& waiting = figures.waiting;
        return Row{count(waiting.patients), days(waiting.medianDays, waiting.patients.patients),
                   days(waiting.percentile90Days ? std::optional<double>(*waiting.percentile90Days) : std::nullopt,
                        waiting.patients.patients)};
    });
    section.tables.append(summary);

    ReportTable months{QLatin1String(PeriodReport::WaitingMonths), PeriodReport::tr("Waiting time by month"),
                       {PeriodReport::tr("Month"), PeriodReport::tr("First appointments"),
                        PeriodReport::tr("Median (days)"), PeriodReport::tr("90th percentile (days)")},
                       {},
                       PeriodReport::tr("By the month of the first appointment offered."),
                       ChartHint{ChartKind::Line, 0, {2, 3}, std::nullopt, {}}};
    for (const MonthlyWaiting& month : fidelity.waitingByMonth) {
        const WaitingFigure& waiting = month.waiting;
        months.rows.append(
            Row{label(monthText(month.month)), count(waiting.patients),
                days(waiting.medianDays, waiting.patients.patients),
                days(waiting.percentile90Days ? std::optional<double>(*waiting.percentile90Days) : std::nullopt,
                     waiting.patients.patients)});
    }
    section.tables.append(months);

    ReportTable channels{QLatin1String(PeriodReport::ReferralChannels), PeriodReport::tr("Referrals by channel"),
                         {PeriodReport::tr("Channel"), PeriodReport::tr("Referrals"), PeriodReport::tr("Share")},
                         {},
                         PeriodReport::tr("Referrals received in the period."),
                         ChartHint{ChartKind::Bars, 0, {1}, std::nullopt, {}}};
    const FidelityFigures& clinic = fidelity.clinic;
    for (ReferralChannel channel : ReferralCodes::channels()) {
        const Tally tally = clinic.referralsByChannel.value(ReferralCodes::id(channel));
        channels.rows.append(
            Row{label(ReferralCodes::displayName(channel)), count(tally), percentOf(tally, clinic.referrals)});
    }
    channels.rows.append(Row{label(PeriodReport::tr("Total")), count(clinic.referrals),
                             percentOf(clinic.referrals, clinic.referrals)});
    section.tables.append(channels);

    ReportTable urgency{QLatin1String(PeriodReport::ReferralUrgency), PeriodReport::tr("Referrals by urgency"),
                        {PeriodReport::tr("Urgency"), PeriodReport::tr("Referrals"), PeriodReport::tr("Share")},
                        {},
                        PeriodReport::tr("Referrals received in the period."),
                        {}};
    for (Urgency level : {Urgency::Normal, Urgency::Urgent}) {
        const Tally tally = clinic.referralsByUrgency.value(ReferralCodes::id(level));
        urgency.rows.append(
            Row{label(ReferralCodes::displayName(level)), count(tally), percentOf(tally, clinic.referrals)});
    }
    section.tables.append(urgency);
    return section;
}

ReportSection packageSection(const FidelityReport& fidelity)
{
    ReportSection section{QStringLiteral("package"), PeriodReport::tr("Assessment package"),
                          PeriodReport::tr("How much of the assessment package was completed at each timepoint."),
                          {}};
    ReportTable timepoints{
        QLatin1String(PeriodReport::PackageTimepoints),
        PeriodReport::tr("Completion by timepoint"),
        {PeriodReport::tr("Timepoint"), PeriodReport::tr("Patients"), PeriodReport::tr("Patients complete"),
         PeriodReport::tr("Instruments due"), PeriodReport::tr("Instruments completed"),
         PeriodReport::tr("Completed"), PeriodReport::tr("Declined"), PeriodReport::tr("Patients with outstanding "
                                                                                      "instruments")},
        {},
        PeriodReport::tr("Intake: packages started in the period. End: treatments ended in the period. Follow-up: "
                         "follow-ups started in the period. Declined instruments have a recorded reason and are "
                         "not counted as completed."),
        ChartHint{ChartKind::Bars, 0, {5}, std::nullopt, {}}};
    for (Timepoint timepoint : InstrumentCatalogue::timepoints()) {
        const PackageFigure figure = fidelity.clinic.package.value(timepoint);
        timepoints.rows.append(Row{label(InstrumentCatalogue::displayName(timepoint)),
                                   count(figure.patientsComplete.whole), count(figure.patientsComplete.part),
                                   count(figure.instruments.whole), count(figure.instruments.part),
                                   percent(figure.instruments), count(figure.declined), count(figure.incomplete)});
    }
    section.tables.append(timepoints);

    QStringList headers{PeriodReport::tr("Clinician")};
    for (Timepoint timepoint : InstrumentCatalogue::timepoints()) {
        //: Column of instruments completed at a timepoint (%1: Intake, End of treatment, Follow-up)
        headers << PeriodReport::tr("%1: completed").arg(InstrumentCatalogue::displayName(timepoint));
    }
    ReportTable clinicians{QLatin1String(PeriodReport::PackageClinicians),
                           PeriodReport::tr("Completion by clinician"),
                           headers,
                           {},
                           PeriodReport::tr("Share of due instruments completed, by the patient's clinician."),
                           {}};
    clinicians.rows = clinicAndClinicians(fidelity, [](const FidelityFigures& figures) {
        Row row;
        for (Timepoint timepoint : InstrumentCatalogue::timepoints()) {
            row.append(percent(figures.package.value(timepoint).instruments));
        }
        return row;
    });
    section.tables.append(clinicians);
    return section;
}

ReportSection eligibilitySection(const FidelityReport& fidelity, const QHash<std::int64_t, QString>& assessors,
                                 const QList<OverrideReason>& reasons)
{
    ReportSection section{QStringLiteral("eligibility"), PeriodReport::tr("Eligibility"),
                          PeriodReport::tr("Whether every criterion was answered, and decisions that depart from "
                                           "what the criteria give."),
                          {}};
    ReportTable summary{QLatin1String(PeriodReport::EligibilitySummary),
                        PeriodReport::tr("Eligibility assessments by assessor"),
                        {PeriodReport::tr("Assessor"), PeriodReport::tr("Assessments"),
                         PeriodReport::tr("Every criterion answered"), PeriodReport::tr("Share answered"),
                         PeriodReport::tr("Decided"), PeriodReport::tr("Included"), PeriodReport::tr("Excluded"),
                         PeriodReport::tr("Overrides")},
                        {},
                        PeriodReport::tr("Assessments decided in the period, and those begun in it and still open. "
                                         "An override is a decision other than the one the answers give."),
                        {}};
    summary.rows = clinicAndClinicians(fidelity, [](const FidelityFigures& figures) {
        return Row{count(figures.allCriteriaAnswered.whole), count(figures.allCriteriaAnswered.part),
                   percent(figures.allCriteriaAnswered), count(figures.completedAssessments),
                   count(figures.included), count(figures.excluded), count(figures.overrides)};
    });
    section.tables.append(summary);

    const bool withReasons = !reasons.isEmpty();
    QStringList headers{PeriodReport::tr("Decided on"), PeriodReport::tr("Assessor"),
                        PeriodReport::tr("The criteria gave"), PeriodReport::tr("Decision")};
    if (withReasons) {
        headers << PeriodReport::tr("Reason");
    }
    ReportTable overrides{QLatin1String(PeriodReport::EligibilityOverrides),
                          PeriodReport::tr("Overrides of the criteria"),
                          headers,
                          {},
                          withReasons ? PeriodReport::tr("The reasons are clinical content.")
                                      : PeriodReport::tr("Open a row to read the assessor's reason."),
                          {}};
    for (const EligibilityOverride& decision : fidelity.overrides) {
        Row row{ReportCell{ClinicTime::dateText(ClinicTime::dateOf(decision.decidedAt)), std::nullopt,
                           {decision.patientId}},
                label(assessors.value(decision.assessorId)), label(decisionText(decision.derivedDecision)),
                label(decisionText(decision.finalDecision))};
        if (withReasons) {
            QString reason;
            for (const OverrideReason& each : reasons) {
                if (each.decision.assessmentId == decision.assessmentId) {
                    reason = each.withheld ? PeriodReport::tr("(withheld: you are blocked from this record)")
                                           : each.reason;
                }
            }
            row.append(label(reason));
        }
        overrides.rows.append(row);
    }
    section.tables.append(overrides);
    return section;
}

ReportSection treatmentSection(const FidelityReport& fidelity)
{
    ReportSection section{QStringLiteral("treatment"), PeriodReport::tr("Treatment length"),
                          PeriodReport::tr("Attended treatment sessions against the standard's %1–%2 sessions.")
                              .arg(TreatmentPlans::RecommendedMinimum)
                              .arg(TreatmentPlans::RecommendedMaximum),
                          {}};
    const FidelityFigures& clinic = fidelity.clinic;
    ReportTable sessions{QLatin1String(PeriodReport::TreatmentSessions),
                         PeriodReport::tr("Attended sessions of ended treatments"),
                         {PeriodReport::tr("Attended sessions"), PeriodReport::tr("Ended treatments")},
                         {},
                         PeriodReport::tr("Treatments that started and ended in the period."),
                         ChartHint{ChartKind::Bars, 0, {1},
                                   std::pair<double, double>(TreatmentPlans::RecommendedMinimum,
                                                             TreatmentPlans::RecommendedMaximum),
                                   PeriodReport::tr("The standard: %1–%2 sessions")
                                       .arg(TreatmentPlans::RecommendedMinimum)
                                       .arg(TreatmentPlans::RecommendedMaximum)}};
    int highest = TreatmentPlans::RecommendedMaximum;
    if (!clinic.sessionsDistribution.isEmpty()) {
        highest = std::max(highest, clinic.sessionsDistribution.lastKey());
    }
    for (int attended = 0; attended <= highest; ++attended) {
        sessions.rows.append(Row{ReportCell{QString::number(attended), double(attended), {}},
                                 count(clinic.sessionsDistribution.value(attended))});
    }
    section.tables.append(sessions);

    ReportTable bands{QLatin1String(PeriodReport::TreatmentBands),
                      PeriodReport::tr("Ended treatments against the standard"),
                      {PeriodReport::tr("Attended sessions"), PeriodReport::tr("Ended treatments"),
                       PeriodReport::tr("Share")},
                      {},
                      {},
                      {}};
    bands.rows = {
        Row{label(PeriodReport::tr("Fewer than %1").arg(TreatmentPlans::RecommendedMinimum)),
            count(clinic.belowRange), percentOf(clinic.belowRange, clinic.endedTreatments)},
        Row{label(PeriodReport::tr("%1–%2").arg(TreatmentPlans::RecommendedMinimum).arg(TreatmentPlans::RecommendedMaximum)),
            count(clinic.withinRange), percentOf(clinic.withinRange, clinic.endedTreatments)},
        Row{label(PeriodReport::tr("More than %1").arg(TreatmentPlans::RecommendedMaximum)), count(clinic.aboveRange),
            percentOf(clinic.aboveRange, clinic.endedTreatments)},
        Row{label(PeriodReport::tr("Total")), count(clinic.endedTreatments),
            percentOf(clinic.endedTreatments, clinic.endedTreatments)},
    };
    section.tables.append(bands);

    ReportTable clinicians{
        QLatin1String(PeriodReport::TreatmentClinicians),
        PeriodReport::tr("Ended treatments by clinician"),
        {PeriodReport::tr("Clinician"), PeriodReport::tr("Ended treatments"),
         PeriodReport::tr("Fewer than %1").arg(TreatmentPlans::RecommendedMinimum),
         PeriodReport::tr("%1–%2").arg(TreatmentPlans::RecommendedMinimum).arg(TreatmentPlans::RecommendedMaximum),
         PeriodReport::tr("More than %1").arg(TreatmentPlans::RecommendedMaximum),
         PeriodReport::tr("Within the standard")},
        {},
        {},
        {}};
    clinicians.rows = clinicAndClinicians(fidelity, [](const FidelityFigures& figures) {
        return Row{count(figures.endedTreatments), count(figures.belowRange), count(figures.withinRange),
                   count(figures.aboveRange), percentOf(figures.withinRange, figures.endedTreatments)};
    });
    section.tables.append(clinicians);

    ReportTable reasons{QLatin1String(PeriodReport::TreatmentEndReasons), PeriodReport::tr("Why treatments ended"),
                        {PeriodReport::tr("End reason"), PeriodReport::tr("Ended treatments")},
                        {},
                        {},
                        {}};
    for (EndReason reason : EndOfTreatment::reasons()) {
        reasons.rows.append(Row{label(EndOfTreatment::displayName(reason)),
                                count(clinic.endReasons.value(EndOfTreatment::id(reason)))});
    }
    section.tables.append(reasons);

    ReportTable plans{QLatin1String(PeriodReport::TreatmentPlans),
                      PeriodReport::tr("Treatment plans outside %1–%2 sessions")
                          .arg(TreatmentPlans::RecommendedMinimum)
                          .arg(TreatmentPlans::RecommendedMaximum),
                      {PeriodReport::tr("Clinician"), PeriodReport::tr("Plans"), PeriodReport::tr("Outside"),
                       PeriodReport::tr("Share")},
                      {},
                      PeriodReport::tr("Plans made or changed in the period, by the planned number of sessions."),
                      {}};
    plans.rows = clinicAndClinicians(fidelity, [](const FidelityFigures& figures) {
        return Row{count(figures.plansOutsideRange.whole), count(figures.plansOutsideRange.part),
                   percent(figures.plansOutsideRange)};
    });
    section.tables.append(plans);
    return section;
}

ReportSection onwardSection(const FidelityReport& fidelity)
{
    ReportSection section{QStringLiteral("onward"), PeriodReport::tr("Onward referral"),
                          PeriodReport::tr("Needs the service does not cover, and how they were followed up."),
                          {}};
    ReportTable needs{QLatin1String(PeriodReport::OnwardNeeds),
                      PeriodReport::tr("Unmet needs"),
                      {PeriodReport::tr("Clinician"), PeriodReport::tr("Needs found"),
                       PeriodReport::tr("Referred onward"), PeriodReport::tr("Reason recorded"),
                       PeriodReport::tr("Neither")},
                      {},
                      PeriodReport::tr("Needs found in the period. \"Neither\" departs from the standard: no onward "
                                       "referral and no recorded reason."),
                      {}};
    needs.rows = clinicAndClinicians(fidelity, [](const FidelityFigures& figures) {
        return Row{count(figures.unmetNeeds), count(figures.needsReferred), count(figures.needsReasonRecorded),
                   count(figures.needsOpen)};
    });
    section.tables.append(needs);
    return section;
}

} // namespace

QString PeriodReport::percentText(std::optional<double> percent)
{
    if (!percent) {
        return QStringLiteral("–");
    }
    //: A percentage (%1 is the number, already formatted)
    return tr("%1 %").arg(QLocale().toString(*percent, 'f', 1));
}

QString PeriodReport::daysText(std::optional<double> days)
{
    if (!days) {
        return QStringLiteral("–");
    }
    const bool whole = std::floor(*days) == *days;
    return QLocale().toString(*days, 'f', whole ? 0 : 1);
}

Report PeriodReport::build(const FidelityReport& fidelity, const QString& clinicName, const QString& generatedBy,
                           const QList<OverrideReason>& reasons)
{
    QHash<std::int64_t, QString> assessors;
    for (const ClinicianFidelity& clinician : fidelity.clinicians) {
        assessors.insert(clinician.clinicianId, clinician.name);
    }
    Report report;
    report.id = QStringLiteral("period_report");
    report.title = tr("Fidelity to the national standard");
    //: Report subtitle: %1 the clinic, %2 the period
    report.subtitle = tr("%1, %2").arg(clinicName, fidelity.period.displayText());
    report.generatedAt = fidelity.generatedAt;
    report.generatedBy = generatedBy;
    report.sections = {waitingSection(fidelity), packageSection(fidelity),
                       eligibilitySection(fidelity, assessors, reasons), treatmentSection(fidelity),
                       onwardSection(fidelity)};
    return report;
}

Result<Report> PeriodReport::make(Clinic& clinic, const ReportPeriod& period)
{
    auto fidelity = FidelityReports::compute(clinic, period);
    if (!fidelity) {
        return std::unexpected(fidelity.error());
    }
    return build(*fidelity, clinic.info().name, clinic.session().fullName.isEmpty() ? clinic.session().userName
                                                                                     : clinic.session().fullName);
}

} // namespace forlop
