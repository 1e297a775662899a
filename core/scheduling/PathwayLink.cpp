#include "scheduling/PathwayLink.h"

#include "scheduling/AppointmentStore.h"
#include "scheduling/ClinicTime.h"
#include "storage/Database.h"

namespace forlop {

Result<std::optional<QString>> PathwayLink::patientState(Database& db, std::int64_t patientId)
{
    auto stmt = db.prepare("SELECT state FROM patient WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, patientId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<QString>();
    }
    return std::optional<QString>(stmt->text(0));
}

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

std::optional<QString> PathwayLink::sessionKind(AppointmentType type)
{
    switch (type) {
    case AppointmentType::FirstContact:
        return std::nullopt;
    case AppointmentType::EligibilityAssessment:
        return QStringLiteral("eligibility");
    case AppointmentType::Assessment:
        return QStringLiteral("assessment");
    case AppointmentType::TreatmentSession:
        return QStringLiteral("treatment");
    case AppointmentType::FollowUp:
        return QStringLiteral("follow_up");
    }
    return std::nullopt;
}

Result<std::optional<std::int64_t>> PathwayLink::recordSession(Database& db, const Appointment& appointment,
                                                               AppointmentStatus outcome, std::int64_t byUser,
                                                               const QDateTime& at)
{
    const std::optional<QString> kind = sessionKind(appointment.type);
    if (!kind || outcome == AppointmentStatus::Booked) {
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
    stmt->bindAll(appointment.patientId, appointment.clinicianId, *kind, ClinicTime::toStored(appointment.time.start),
                  appointment.time.minutes(), Modalities::id(appointment.modality), AppointmentStatuses::id(outcome),
                  appointment.id, ClinicTime::toStored(at), userReference(byUser));
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
