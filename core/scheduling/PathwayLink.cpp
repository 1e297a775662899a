#include "scheduling/PathwayLink.h"

#include "scheduling/AppointmentStore.h"
#include "scheduling/ClinicTime.h"
#include "storage/Database.h"

namespace forlop {

Result<std::optional<std::int64_t>> PathwayLink::noteFirstOffered(Database& db, std::int64_t patientId,
                                                                  const QDate& offeredOn)
{
    // Only the first offer counts, and never one dated before the referral arrived.
    auto stmt = db.prepare("UPDATE referral SET first_offered_on = ?2 WHERE patient_id = ?1 "
                           "AND first_offered_on IS NULL AND received_on <= ?2 RETURNING id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(patientId, ClinicTime::toStoredDate(offeredOn));
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<std::int64_t>();
    }
    const std::int64_t referralId = stmt->int64(0);
    // Finish the statement so the update is complete before anything else runs in the transaction.
    if (auto done = stmt->step(); !done) {
        return std::unexpected(done.error());
    }
    return std::optional<std::int64_t>(referralId);
}

std::optional<SessionKind> PathwayLink::sessionKind(AppointmentType type)
{
    switch (type) {
    case AppointmentType::FirstContact:
        return std::nullopt;
    case AppointmentType::EligibilityAssessment:
        return SessionKind::Eligibility;
    case AppointmentType::Assessment:
        return SessionKind::Assessment;
    case AppointmentType::TreatmentSession:
        return SessionKind::Treatment;
    case AppointmentType::FollowUp:
        return SessionKind::FollowUp;
    }
    return std::nullopt;
}

SessionModality PathwayLink::sessionModality(Modality modality)
{
    switch (modality) {
    case Modality::InPerson:
        return SessionModality::InPerson;
    case Modality::Video:
        return SessionModality::Video;
    case Modality::Phone:
        return SessionModality::Phone;
    }
    return SessionModality::InPerson;
}

std::optional<SessionAttendance> PathwayLink::sessionAttendance(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return std::nullopt;
    case AppointmentStatus::Attended:
        return SessionAttendance::Attended;
    case AppointmentStatus::CancelledByPatient:
        return SessionAttendance::CancelledByPatient;
    case AppointmentStatus::CancelledByClinic:
        return SessionAttendance::CancelledByClinic;
    case AppointmentStatus::NoShow:
        return SessionAttendance::NoShow;
    }
    return std::nullopt;
}

Result<std::optional<std::int64_t>> PathwayLink::recordSession(Database& db, const Appointment& appointment,
                                                               AppointmentStatus outcome, std::int64_t byUser,
                                                               const QDateTime& at)
{
    const std::optional<SessionKind> kind = sessionKind(appointment.type);
    const std::optional<SessionAttendance> attendance = sessionAttendance(outcome);
    if (!kind || !attendance) {
        return std::optional<std::int64_t>();
    }
    auto stmt = db.prepare(
        "INSERT INTO treatment_session (patient_id, clinician_id, kind, starts_at, duration_minutes, modality, "
        "attendance, appointment_id, created_at, created_by, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9) "
        "ON CONFLICT (appointment_id) WHERE appointment_id IS NOT NULL DO UPDATE SET "
        "clinician_id = excluded.clinician_id, starts_at = excluded.starts_at, "
        "duration_minutes = excluded.duration_minutes, modality = excluded.modality, "
        "attendance = excluded.attendance, updated_at = excluded.updated_at "
        "RETURNING id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(appointment.patientId, appointment.clinicianId, SessionLog::id(*kind),
                  ClinicTime::toStored(appointment.time.start), appointment.time.minutes(),
                  SessionLog::id(sessionModality(appointment.modality)), SessionLog::id(*attendance), appointment.id,
                  ClinicTime::toStored(at), userReference(byUser));
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<std::int64_t>();
    }
    const std::int64_t sessionId = stmt->int64(0);
    if (auto done = stmt->step(); !done) {
        return std::unexpected(done.error());
    }
    return std::optional<std::int64_t>(sessionId);
}

} // namespace forlop
