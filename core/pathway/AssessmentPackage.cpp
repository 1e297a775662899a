#include "pathway/AssessmentPackage.h"

#include "access/PatientAccess.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientWrite.h"
#include "security/ClinicalCipher.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace forlop {

using namespace pathwaysql;

namespace {

// The timepoints due for a patient, from the pathway so far.
Result<QList<Timepoint>> dueTimepoints(Database& db, std::int64_t patientId)
{
    QList<Timepoint> due;
    auto package = AssessmentPackages::catalogueVersionOf(db, patientId);
    if (!package) {
        return std::unexpected(package.error());
    }
    if (!*package) {
        return due;
    }
    due << Timepoint::Intake;
    // The end measures are due only after a treatment that actually started.
    auto treated = count(db,
                         "SELECT count(*) FROM treatment_end e WHERE e.patient_id = ?1 AND EXISTS (SELECT 1 FROM "
                         "patient_state_change c WHERE c.patient_id = e.patient_id AND c.to_state = 'treatment')",
                         patientId);
    if (!treated) {
        return std::unexpected(treated.error());
    }
    if (*treated > 0) {
        due << Timepoint::End;
    }
    auto followUp = count(db, "SELECT count(*) FROM follow_up WHERE patient_id = ?1", patientId);
    if (!followUp) {
        return std::unexpected(followUp.error());
    }
    if (*followUp > 0) {
        due << Timepoint::FollowUp;
    }
    return due;
}

QByteArray scoresJson(const QMap<QString, int>& scores)
{
    QJsonObject object;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QMap<QString, int> scoresFromJson(const QString& json)
{
    QMap<QString, int> scores;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        scores.insert(it.key(), it.value().toInt());
    }
    return scores;
}

Status validateEntry(const InstrumentEntry& entry, const Instrument& instrument, const QDate& today)
{
    if (!instrument.givenAt(entry.timepoint)) {
        return fail(ErrorCode::InvalidInput, AssessmentPackages::tr("%1 is not given at this timepoint.").arg(instrument.name));
    }
    for (auto it = entry.scores.cbegin(); it != entry.scores.cend(); ++it) {
        const auto field = std::find_if(instrument.scores.cbegin(), instrument.scores.cend(),
                                        [&](const ScoreField& f) { return f.code == it.key(); });
        if (field == instrument.scores.cend()) {
            return fail(ErrorCode::InvalidInput,
                        AssessmentPackages::tr("%1 has no score field named %2.").arg(instrument.name, it.key()));
        }
        if (it.value() < field->minimum || it.value() > field->maximum) {
            //: %1 score label, %2 instrument name, %3 and %4 the range
            return fail(ErrorCode::InvalidInput, AssessmentPackages::tr("%1 of %2 must lie between %3 and %4.")
                                                     .arg(field->label, instrument.name)
                                                     .arg(field->minimum)
                                                     .arg(field->maximum));
        }
    }
    switch (entry.status) {
    case InstrumentStatus::Completed:
        if (!entry.completedOn || !entry.completedOn->isValid() || *entry.completedOn > today) {
            return fail(ErrorCode::InvalidInput, AssessmentPackages::tr("A completed instrument needs the date it was completed, not "
                                                       "in the future."));
        }
        for (const ScoreField& field : instrument.scores) {
            if (!entry.scores.contains(field.code)) {
                return fail(ErrorCode::InvalidInput,
                            AssessmentPackages::tr("Enter %1 before marking %2 completed.").arg(field.label, instrument.name));
            }
        }
        break;
    case InstrumentStatus::Declined:
        if (entry.declineReason.trimmed().isEmpty()) {
            return fail(ErrorCode::InvalidInput, AssessmentPackages::tr("Write why the instrument was declined."));
        }
        if (!entry.scores.isEmpty()) {
            return fail(ErrorCode::InvalidInput, AssessmentPackages::tr("A declined instrument has no scores."));
        }
        break;
    case InstrumentStatus::NotStarted:
        if (!entry.scores.isEmpty()) {
            return fail(ErrorCode::InvalidInput, AssessmentPackages::tr("An instrument that is not started has no scores."));
        }
        break;
    case InstrumentStatus::InProgress:
        break;
    }
    return {};
}

} // namespace

QString AssessmentPackages::id(InstrumentStatus status)
{
    switch (status) {
    case InstrumentStatus::NotStarted:
        return QStringLiteral("not_started");
    case InstrumentStatus::InProgress:
        return QStringLiteral("in_progress");
    case InstrumentStatus::Completed:
        return QStringLiteral("completed");
    case InstrumentStatus::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

std::optional<InstrumentStatus> AssessmentPackages::statusFromId(const QString& id)
{
    for (InstrumentStatus status : {InstrumentStatus::NotStarted, InstrumentStatus::InProgress,
                                    InstrumentStatus::Completed, InstrumentStatus::Declined}) {
        if (AssessmentPackages::id(status) == id) {
            return status;
        }
    }
    return std::nullopt;
}

QString AssessmentPackages::displayName(InstrumentStatus status)
{
    switch (status) {
    case InstrumentStatus::NotStarted:
        return tr("Not started");
    case InstrumentStatus::InProgress:
        return tr("In progress");
    case InstrumentStatus::Completed:
        return tr("Completed");
    case InstrumentStatus::Declined:
        return tr("Declined");
    }
    return {};
}

Result<std::optional<std::int64_t>> AssessmentPackages::catalogueVersionOf(Database& db, std::int64_t patientId)
{
    return optionalInt(db, "SELECT catalogue_version_id FROM assessment_package WHERE patient_id = ?1", patientId);
}

Status AssessmentPackages::start(Clinic& clinic, std::int64_t patientId)
{
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = write->requireTransition(PatientState::Assessment); !status) {
        return status;
    }
    auto catalogue = InstrumentCatalogue::current(clinic.db());
    if (!catalogue) {
        return std::unexpected(catalogue.error());
    }
    if (auto status = run(clinic.db(),
                          "INSERT INTO assessment_package (patient_id, catalogue_version_id, started_at, started_by) "
                          "VALUES (?1, ?2, ?3, ?4)",
                          patientId, catalogue->id, isoTime(clinic.clock().now()), userRef(clinic.session().userId));
        !status) {
        return status;
    }
    if (auto status = write->audit(QStringLiteral("package.start"), QStringLiteral("assessment_package"), patientId);
        !status) {
        return status;
    }
    if (auto status = write->transition(PatientState::Assessment); !status) {
        return status;
    }
    return write->commit();
}

Status AssessmentPackages::record(Clinic& clinic, std::int64_t patientId, const InstrumentEntry& entry)
{
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = write->requireState(
            {PatientState::Assessment, PatientState::Treatment, PatientState::Ended, PatientState::FollowUp});
        !status) {
        return status;
    }
    auto versionId = catalogueVersionOf(clinic.db(), patientId);
    if (!versionId) {
        return std::unexpected(versionId.error());
    }
    if (!*versionId) {
        return fail(ErrorCode::Conflict, tr("The assessment package has not been started for this patient."));
    }
    auto catalogue = InstrumentCatalogue::version(clinic.db(), **versionId);
    if (!catalogue) {
        return std::unexpected(catalogue.error());
    }
    const Instrument* instrument = catalogue->find(entry.instrumentId);
    if (!instrument) {
        return fail(ErrorCode::InvalidInput, tr("That instrument is not part of this patient's package."));
    }
    if (auto status = validateEntry(entry, *instrument, clinic.clock().today()); !status) {
        return status;
    }
    const bool hasScores = !entry.scores.isEmpty();
    const bool declined = entry.status == InstrumentStatus::Declined;
    auto statusId = insert(
        clinic.db(),
        "INSERT INTO instrument_status (patient_id, instrument_id, timepoint, status, completed_on, scores, "
        "decline_reason, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (patient_id, instrument_id, timepoint) DO UPDATE SET status = excluded.status, "
        "completed_on = excluded.completed_on, scores = excluded.scores, decline_reason = excluded.decline_reason, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        patientId, entry.instrumentId, InstrumentCatalogue::id(entry.timepoint), id(entry.status),
        entry.status == InstrumentStatus::Completed ? isoDate(entry.completedOn) : std::nullopt,
        hasScores ? std::optional<QByteArray>(ClinicalCipher::seal(clinic, QString::fromUtf8(scoresJson(entry.scores))))
                  : std::nullopt,
        declined ? std::optional<QByteArray>(ClinicalCipher::seal(clinic, entry.declineReason.trimmed()))
                 : std::nullopt,
        isoTime(clinic.clock().now()), userRef(clinic.session().userId));
    if (!statusId) {
        return std::unexpected(statusId.error());
    }
    if (auto status = write->audit(QStringLiteral("package.record"), QStringLiteral("instrument"), entry.instrumentId);
        !status) {
        return status;
    }
    return write->commit();
}

Result<QMap<Timepoint, PackageCompletion>> AssessmentPackages::completionOf(Database& db, std::int64_t patientId)
{
    QMap<Timepoint, PackageCompletion> result;
    auto due = dueTimepoints(db, patientId);
    if (!due) {
        return std::unexpected(due.error());
    }
    if (due->isEmpty()) {
        return result;
    }
    auto versionId = catalogueVersionOf(db, patientId);
    if (!versionId) {
        return std::unexpected(versionId.error());
    }
    auto catalogue = InstrumentCatalogue::version(db, **versionId);
    if (!catalogue) {
        return std::unexpected(catalogue.error());
    }
    QHash<QPair<std::int64_t, QString>, InstrumentStatus> statuses;
    auto stmt =
        query(db, "SELECT instrument_id, timepoint, status FROM instrument_status WHERE patient_id = ?1", patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        statuses.insert({stmt->int64(0), stmt->text(1)},
                        statusFromId(stmt->text(2)).value_or(InstrumentStatus::NotStarted));
    }
    for (Timepoint timepoint : std::as_const(*due)) {
        PackageCompletion completion;
        for (const Instrument& instrument : std::as_const(catalogue->instruments)) {
            if (!instrument.givenAt(timepoint)) {
                continue;
            }
            ++completion.due;
            switch (statuses.value({instrument.id, InstrumentCatalogue::id(timepoint)}, InstrumentStatus::NotStarted)) {
            case InstrumentStatus::Completed:
                ++completion.completed;
                break;
            case InstrumentStatus::Declined:
                ++completion.declined;
                break;
            case InstrumentStatus::InProgress:
                ++completion.inProgress;
                break;
            case InstrumentStatus::NotStarted:
                ++completion.notStarted;
                break;
            }
        }
        result.insert(timepoint, completion);
    }
    return result;
}

Result<QMap<Timepoint, PackageCompletion>> AssessmentPackages::completion(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto result = completionOf(clinic.db(), patientId);
    if (!result) {
        return result;
    }
    if (auto status =
            PatientAccess::auditRead(clinic, patientId, QStringLiteral("package_completion"), std::nullopt, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return result;
}

Result<PackageView> AssessmentPackages::get(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto versionId = catalogueVersionOf(clinic.db(), patientId);
    if (!versionId) {
        return std::unexpected(versionId.error());
    }
    if (!*versionId) {
        return fail(ErrorCode::NotFound, tr("The assessment package has not been started for this patient."));
    }
    PackageView view;
    auto catalogue = InstrumentCatalogue::version(clinic.db(), **versionId);
    if (!catalogue) {
        return std::unexpected(catalogue.error());
    }
    view.catalogue = *catalogue;
    auto due = dueTimepoints(clinic.db(), patientId);
    if (!due) {
        return std::unexpected(due.error());
    }
    view.dueTimepoints = *due;
    QHash<QPair<std::int64_t, QString>, InstrumentResult> recorded;
    auto stmt = query(clinic.db(),
                      "SELECT instrument_id, timepoint, status, completed_on, scores, decline_reason, updated_at "
                      "FROM instrument_status WHERE patient_id = ?1",
                      patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        InstrumentResult result;
        result.instrumentId = stmt->int64(0);
        result.timepoint = InstrumentCatalogue::timepointFromId(stmt->text(1)).value_or(Timepoint::Intake);
        result.status = statusFromId(stmt->text(2)).value_or(InstrumentStatus::NotStarted);
        result.completedOn = parseOptionalDate(stmt->optionalText(3));
        auto scores = ClinicalCipher::open(clinic, stmt->blob(4));
        if (!scores) {
            return std::unexpected(scores.error());
        }
        result.scores = scoresFromJson(*scores);
        auto reason = ClinicalCipher::open(clinic, stmt->blob(5));
        if (!reason) {
            return std::unexpected(reason.error());
        }
        result.declineReason = *reason;
        result.updatedAt = parseTime(stmt->text(6));
        recorded.insert({result.instrumentId, stmt->text(1)}, result);
    }
    for (Timepoint timepoint : InstrumentCatalogue::timepoints()) {
        for (const Instrument& instrument : std::as_const(view.catalogue.instruments)) {
            if (!instrument.givenAt(timepoint)) {
                continue;
            }
            const auto key = qMakePair(instrument.id, InstrumentCatalogue::id(timepoint));
            if (recorded.contains(key)) {
                view.results << recorded.value(key);
            } else if (view.dueTimepoints.contains(timepoint)) {
                view.results << InstrumentResult{
                    instrument.id, timepoint, InstrumentStatus::NotStarted, {}, {}, {}, {}};
            }
        }
    }
    if (auto status =
            PatientAccess::auditRead(clinic, patientId, QStringLiteral("assessment_package"), std::nullopt, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return view;
}

} // namespace forlop
