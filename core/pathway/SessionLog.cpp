#include "pathway/SessionLog.h"

#include "access/PatientAccess.h"
#include "accounts/UserStore.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientWrite.h"
#include "util/Clock.h"

namespace forlop {

using namespace pathwaysql;

namespace {

template <typename E> std::optional<E> fromIdIn(std::initializer_list<E> values, const QString& id)
{
    for (E value : values) {
        if (SessionLog::id(value) == id) {
            return value;
        }
    }
    return std::nullopt;
}

// The stages of the pathway a session of each kind belongs to.
bool kindFitsState(SessionKind kind, PatientState state)
{
    switch (kind) {
    case SessionKind::Eligibility:
        return state == PatientState::Eligibility;
    case SessionKind::Assessment:
        return state == PatientState::Included || state == PatientState::Assessment;
    case SessionKind::Treatment:
        return state == PatientState::Treatment;
    case SessionKind::FollowUp:
        return state == PatientState::Ended || state == PatientState::FollowUp;
    }
    return false;
}

} // namespace

QString SessionLog::id(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Eligibility:
        return QStringLiteral("eligibility");
    case SessionKind::Assessment:
        return QStringLiteral("assessment");
    case SessionKind::Treatment:
        return QStringLiteral("treatment");
    case SessionKind::FollowUp:
        return QStringLiteral("follow_up");
    }
    return {};
}

std::optional<SessionKind> SessionLog::kindFromId(const QString& id)
{
    return fromIdIn({SessionKind::Eligibility, SessionKind::Assessment, SessionKind::Treatment, SessionKind::FollowUp},
                    id);
}

QString SessionLog::displayName(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Eligibility:
        return tr("Eligibility assessment");
    case SessionKind::Assessment:
        return tr("Assessment");
    case SessionKind::Treatment:
        return tr("Treatment session");
    case SessionKind::FollowUp:
        return tr("Follow-up");
    }
    return {};
}

QString SessionLog::id(SessionModality modality)
{
    switch (modality) {
    case SessionModality::InPerson:
        return QStringLiteral("in_person");
    case SessionModality::Video:
        return QStringLiteral("video");
    case SessionModality::Phone:
        return QStringLiteral("phone");
    }
    return {};
}

std::optional<SessionModality> SessionLog::modalityFromId(const QString& id)
{
    return fromIdIn({SessionModality::InPerson, SessionModality::Video, SessionModality::Phone}, id);
}

QString SessionLog::displayName(SessionModality modality)
{
    switch (modality) {
    case SessionModality::InPerson:
        return tr("In person");
    case SessionModality::Video:
        return tr("Video");
    case SessionModality::Phone:
        return tr("Phone");
    }
    return {};
}

QString SessionLog::id(SessionAttendance attendance)
{
    switch (attendance) {
    case SessionAttendance::Attended:
        return QStringLiteral("attended");
    case SessionAttendance::CancelledByPatient:
        return QStringLiteral("cancelled_by_patient");
    case SessionAttendance::CancelledByClinic:
        return QStringLiteral("cancelled_by_clinic");
    case SessionAttendance::NoShow:
        return QStringLiteral("no_show");
    }
    return {};
}

std::optional<SessionAttendance> SessionLog::attendanceFromId(const QString& id)
{
    return fromIdIn({SessionAttendance::Attended, SessionAttendance::CancelledByPatient,
                     SessionAttendance::CancelledByClinic, SessionAttendance::NoShow},
                    id);
}

QString SessionLog::displayName(SessionAttendance attendance)
{
    switch (attendance) {
    case SessionAttendance::Attended:
        return tr("Attended");
    case SessionAttendance::CancelledByPatient:
        return tr("Cancelled by the patient");
    case SessionAttendance::CancelledByClinic:
        return tr("Cancelled by the clinic");
    case SessionAttendance::NoShow:
        return tr("Did not attend");
    }
    return {};
}

Result<std::int64_t> SessionLog::record(Clinic& clinic, std::int64_t patientId, const NewSession& session)
{
    if (!session.startsAt.isValid()) {
        return fail(ErrorCode::InvalidInput, tr("The session needs a start time."));
    }
    if (session.durationMinutes < 1 || session.durationMinutes > 480) {
        return fail(ErrorCode::InvalidInput, tr("A session lasts between 1 and 480 minutes."));
    }
    const bool happened =
        session.attendance == SessionAttendance::Attended || session.attendance == SessionAttendance::NoShow;
    if (happened && session.startsAt > clinic.clock().now()) {
        return fail(ErrorCode::InvalidInput, tr("Attendance can only be recorded for a session that has begun."));
    }
    auto write =
        PatientWrite::begin(clinic, patientId, Permission::ManageAppointments, PatientWrite::Access::Administrative);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (!kindFitsState(session.kind, write->state())) {
        //: %1 a kind of session, %2 a pathway state
        return fail(ErrorCode::Conflict,
                    tr("A session of the kind “%1” does not fit a patient in the state “%2”.")
                        .arg(displayName(session.kind), PatientStates::displayName(write->state())));
    }
    std::optional<std::int64_t> clinicianId = session.clinicianId;
    if (!clinicianId) {
        auto allocated = optionalInt(clinic.db(), "SELECT clinician_id FROM patient WHERE id = ?1", patientId);
        if (!allocated) {
            return std::unexpected(allocated.error());
        }
        clinicianId = *allocated;
    }
    if (!clinicianId) {
        return fail(ErrorCode::Conflict, tr("The patient is not allocated to a clinician; say who held the session."));
    }
    auto clinician = UserStore::findById(clinic.db(), *clinicianId);
    if (!clinician) {
        return std::unexpected(clinician.error());
    }
    if (!*clinician || !(*clinician)->roles.testFlag(Role::Clinician)) {
        return fail(ErrorCode::InvalidInput, tr("Sessions are held by a clinician."));
    }
    const QString now = isoTime(clinic.clock().now());
    auto sessionId = insert(
        clinic.db(),
        "INSERT INTO treatment_session (patient_id, clinician_id, kind, starts_at, duration_minutes, "
        "modality, attendance, appointment_id, created_at, created_by, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9)",
        patientId, *clinicianId, id(session.kind), isoTime(session.startsAt), session.durationMinutes,
        id(session.modality), id(session.attendance), session.appointmentId, now, userRef(clinic.session().userId));
    if (!sessionId) {
        return sessionId;
    }
    if (auto status = write->audit(QStringLiteral("session.record"), QStringLiteral("treatment_session"), *sessionId);
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = write->commit(); !status) {
        return std::unexpected(status.error());
    }
    return sessionId;
}

Status SessionLog::setAttendance(Clinic& clinic, std::int64_t sessionId, SessionAttendance attendance)
{
    auto stmt = query(clinic.db(), "SELECT patient_id, starts_at FROM treatment_session WHERE id = ?1", sessionId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("The session was not found."));
    }
    const std::int64_t patientId = stmt->int64(0);
    const QDateTime startsAt = parseTime(stmt->text(1));
    if ((attendance == SessionAttendance::Attended || attendance == SessionAttendance::NoShow) &&
        startsAt > clinic.clock().now()) {
        return fail(ErrorCode::InvalidInput, tr("Attendance can only be recorded for a session that has begun."));
    }
    auto write =
        PatientWrite::begin(clinic, patientId, Permission::ManageAppointments, PatientWrite::Access::Administrative);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = run(clinic.db(), "UPDATE treatment_session SET attendance = ?2, updated_at = ?3 WHERE id = ?1",
                          sessionId, id(attendance), isoTime(clinic.clock().now()));
        !status) {
        return status;
    }
    if (auto status =
            write->audit(QStringLiteral("session.attendance"), QStringLiteral("treatment_session"), sessionId);
        !status) {
        return status;
    }
    return write->commit();
}

Result<QList<TreatmentSession>> SessionLog::list(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::administrative(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto stmt =
        query(clinic.db(),
              "SELECT id, clinician_id, kind, starts_at, duration_minutes, modality, attendance, appointment_id "
              "FROM treatment_session WHERE patient_id = ?1 ORDER BY starts_at, id",
              patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<TreatmentSession> sessions;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        TreatmentSession session;
        session.id = stmt->int64(0);
        session.patientId = patientId;
        session.clinicianId = stmt->int64(1);
        session.kind = kindFromId(stmt->text(2)).value_or(SessionKind::Treatment);
        session.startsAt = parseTime(stmt->text(3));
        session.durationMinutes = stmt->integer(4);
        session.modality = modalityFromId(stmt->text(5)).value_or(SessionModality::InPerson);
        session.attendance = attendanceFromId(stmt->text(6)).value_or(SessionAttendance::Attended);
        session.appointmentId = stmt->optionalInt64(7);
        sessions << session;
    }
    if (auto status =
            PatientAccess::auditRead(clinic, patientId, QStringLiteral("treatment_session"), std::nullopt, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return sessions;
}

Result<SessionTally> SessionLog::countsOf(Database& db, std::int64_t patientId)
{
    SessionTally counts;
    auto stmt = query(db,
                      "SELECT attendance, count(*) FROM treatment_session WHERE patient_id = ?1 AND kind = 'treatment' "
                      "GROUP BY attendance",
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
        const int n = stmt->integer(1);
        switch (attendanceFromId(stmt->text(0)).value_or(SessionAttendance::Attended)) {
        case SessionAttendance::Attended:
            counts.attended = n;
            break;
        case SessionAttendance::CancelledByPatient:
            counts.cancelledByPatient = n;
            break;
        case SessionAttendance::CancelledByClinic:
            counts.cancelledByClinic = n;
            break;
        case SessionAttendance::NoShow:
            counts.noShow = n;
            break;
        }
    }
    auto planned = optionalInt(db, "SELECT planned_sessions FROM treatment_plan WHERE patient_id = ?1", patientId);
    if (!planned) {
        return std::unexpected(planned.error());
    }
    if (*planned) {
        counts.planned = static_cast<int>(**planned);
    }
    return counts;
}

Result<SessionTally> SessionLog::counts(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::administrative(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto result = countsOf(clinic.db(), patientId);
    if (!result) {
        return result;
    }
    if (auto status =
            PatientAccess::auditRead(clinic, patientId, QStringLiteral("session_counts"), std::nullopt, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return result;
}

} // namespace forlop
