#include "pathway/EndOfTreatment.h"

#include "access/PatientAccess.h"
#include "clinic/Clinic.h"
#include "pathway/AssessmentPackage.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientWrite.h"
#include "pathway/SessionLog.h"
#include "security/ClinicalCipher.h"
#include "util/Clock.h"

namespace forlop {

using namespace pathwaysql;

const QList<EndReason>& EndOfTreatment::reasons()
{
    using R = EndReason;
    static const QList<EndReason> all{R::Completed, R::DroppedOut, R::ReferredOnward, R::Excluded,
                                      R::Moved,     R::Died,       R::Other};
    return all;
}

QString EndOfTreatment::id(EndReason reason)
{
    switch (reason) {
    case EndReason::Completed:
        return QStringLiteral("completed");
    case EndReason::DroppedOut:
        return QStringLiteral("dropped_out");
    case EndReason::ReferredOnward:
        return QStringLiteral("referred_onward");
    case EndReason::Excluded:
        return QStringLiteral("excluded");
    case EndReason::Moved:
        return QStringLiteral("moved");
    case EndReason::Died:
        return QStringLiteral("died");
    case EndReason::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<EndReason> EndOfTreatment::reasonFromId(const QString& id)
{
    for (EndReason reason : reasons()) {
        if (EndOfTreatment::id(reason) == id) {
            return reason;
        }
    }
    return std::nullopt;
}

QString EndOfTreatment::displayName(EndReason reason)
{
    switch (reason) {
    case EndReason::Completed:
        return tr("Completed");
    case EndReason::DroppedOut:
        return tr("Dropped out");
    case EndReason::ReferredOnward:
        return tr("Referred onward");
    case EndReason::Excluded:
        return tr("Excluded during treatment");
    case EndReason::Moved:
        return tr("Moved");
    case EndReason::Died:
        return tr("Died");
    case EndReason::Other:
        return tr("Other");
    }
    return {};
}

Status EndOfTreatment::end(Clinic& clinic, std::int64_t patientId, const EndInput& input)
{
    if (!input.endedOn.isValid() || input.endedOn > clinic.clock().today()) {
        return fail(ErrorCode::InvalidInput, tr("The end date must be a date that is not in the future."));
    }
    if (input.followUpOn && (!input.followUpOn->isValid() || *input.followUpOn < input.endedOn)) {
        return fail(ErrorCode::InvalidInput, tr("The follow-up date cannot be before the end of treatment."));
    }
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = write->requireTransition(PatientState::Ended); !status) {
        return status;
    }
    if (input.reason == EndReason::Completed && write->state() != PatientState::Treatment) {
        return fail(ErrorCode::Conflict, tr("Only a treatment that has started can be completed. Choose another "
                                            "reason for ending."));
    }
    if (input.reason == EndReason::ReferredOnward) {
        auto onward = count(clinic.db(),
                            "SELECT count(*) FROM onward_referral WHERE patient_id = ?1 AND status <> "
                            "'cancelled'",
                            patientId);
        if (!onward) {
            return std::unexpected(onward.error());
        }
        if (*onward == 0) {
            return fail(ErrorCode::Conflict, tr("Record the onward referral before ending the treatment as referred "
                                                "onward."));
        }
    }
    auto counts = SessionLog::countsOf(clinic.db(), patientId);
    if (!counts) {
        return std::unexpected(counts.error());
    }
    auto endId =
        insert(clinic.db(),
               "INSERT INTO treatment_end (patient_id, reason, ended_on, sessions_attended, planned_sessions, "
               "narrative, follow_up_on, recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
               patientId, id(input.reason), isoDate(input.endedOn), counts->attended,
               counts->planned ? std::optional<std::int64_t>(*counts->planned) : std::nullopt,
               input.narrative.trimmed().isEmpty()
                   ? std::optional<QByteArray>()
                   : std::optional<QByteArray>(ClinicalCipher::seal(clinic, input.narrative.trimmed())),
               isoDate(input.followUpOn), isoTime(clinic.clock().now()), userRef(clinic.session().userId));
    if (!endId) {
        return std::unexpected(endId.error());
    }
    if (auto status = write->audit(QStringLiteral("treatment.end"), QStringLiteral("treatment_end"), *endId); !status) {
        return status;
    }
    if (auto status = write->transition(PatientState::Ended); !status) {
        return status;
    }
    return write->commit();
}

Result<TreatmentEndRecord> EndOfTreatment::get(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto stmt = query(clinic.db(),
                      "SELECT id, reason, ended_on, sessions_attended, planned_sessions, narrative, follow_up_on, "
                      "recorded_at FROM treatment_end WHERE patient_id = ?1",
                      patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("The treatment has not ended."));
    }
    TreatmentEndRecord record;
    record.id = stmt->int64(0);
    record.patientId = patientId;
    record.reason = reasonFromId(stmt->text(1)).value_or(EndReason::Other);
    record.endedOn = parseDate(stmt->text(2));
    record.sessionsAttended = stmt->integer(3);
    if (auto planned = stmt->optionalInt64(4)) {
        record.plannedSessions = static_cast<int>(*planned);
    }
    auto narrative = ClinicalCipher::open(clinic, stmt->blob(5));
    if (!narrative) {
        return std::unexpected(narrative.error());
    }
    record.narrative = *narrative;
    record.followUpOn = parseOptionalDate(stmt->optionalText(6));
    record.recordedAt = parseTime(stmt->text(7));
    if (auto status = PatientAccess::auditRead(clinic, patientId, QStringLiteral("treatment_end"), record.id, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return record;
}

Result<QList<OutcomeMeasure>> EndOfTreatment::outcomeMeasures(Clinic& clinic, std::int64_t patientId)
{
    // The package view does the access check and the audit of the scores it reads.
    auto package = AssessmentPackages::get(clinic, patientId);
    if (!package) {
        return std::unexpected(package.error());
    }
    QList<OutcomeMeasure> measures;
    for (const Instrument& instrument : std::as_const(package->catalogue.instruments)) {
        if (!instrument.givenAt(Timepoint::Intake) || !instrument.givenAt(Timepoint::End)) {
            continue;
        }
        for (const ScoreField& field : instrument.scores) {
            OutcomeMeasure measure{instrument.id, instrument.name, field.code, field.label, {}, {}};
            for (const InstrumentResult& result : std::as_const(package->results)) {
                if (result.instrumentId != instrument.id || result.status != InstrumentStatus::Completed ||
                    !result.scores.contains(field.code)) {
                    continue;
                }
                if (result.timepoint == Timepoint::Intake) {
                    measure.atIntake = result.scores.value(field.code);
                } else if (result.timepoint == Timepoint::End) {
                    measure.atEnd = result.scores.value(field.code);
                }
            }
            measures << measure;
        }
    }
    return measures;
}

Status EndOfTreatment::startFollowUp(Clinic& clinic, std::int64_t patientId, const QDate& startedOn)
{
    if (!startedOn.isValid() || startedOn > clinic.clock().today()) {
        return fail(ErrorCode::InvalidInput, tr("The follow-up needs a start date that is not in the future."));
    }
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = write->requireTransition(PatientState::FollowUp); !status) {
        return status;
    }
    auto ended = optionalInt(clinic.db(), "SELECT 1 FROM treatment_end WHERE patient_id = ?1 AND ended_on <= ?2",
                             patientId, isoDate(startedOn));
    if (!ended) {
        return std::unexpected(ended.error());
    }
    if (!*ended) {
        return fail(ErrorCode::InvalidInput, tr("Follow-up starts after the end of treatment."));
    }
    auto followUpId =
        insert(clinic.db(),
               "INSERT INTO follow_up (patient_id, started_on, recorded_at, recorded_by) "
               "VALUES (?1, ?2, ?3, ?4)",
               patientId, isoDate(startedOn), isoTime(clinic.clock().now()), userRef(clinic.session().userId));
    if (!followUpId) {
        return std::unexpected(followUpId.error());
    }
    if (auto status = write->audit(QStringLiteral("follow_up.start"), QStringLiteral("follow_up"), *followUpId);
        !status) {
        return status;
    }
    if (auto status = write->transition(PatientState::FollowUp); !status) {
        return status;
    }
    return write->commit();
}

} // namespace forlop
