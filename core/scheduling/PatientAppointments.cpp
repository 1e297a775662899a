#include "scheduling/PatientAppointments.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/ClinicTime.h"
#include "util/Clock.h"

namespace forlop {

namespace {

Status auditedAccess(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::administrative(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    // Written before anything is shown: no audit row, no appointments.
    return PatientAccess::auditRead(clinic, patientId, QStringLiteral("appointment"), std::nullopt, *grant);
}

} // namespace

Result<QList<Appointment>> PatientAppointments::list(Clinic& clinic, std::int64_t patientId)
{
    if (auto status = auditedAccess(clinic, patientId); !status) {
        return std::unexpected(status.error());
    }
    return AppointmentStore::forPatient(clinic.db(), patientId);
}

Result<Appointment> PatientAppointments::get(Clinic& clinic, std::int64_t appointmentId)
{
    auto found = AppointmentStore::find(clinic.db(), appointmentId);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(ErrorCode::NotFound, tr("The appointment was not found."));
    }
    auto grant = PatientAccess::administrative(clinic, (*found)->patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    if (auto status =
            PatientAccess::auditRead(clinic, (*found)->patientId, QStringLiteral("appointment"), appointmentId, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return **found;
}

Result<std::optional<Appointment>> PatientAppointments::next(Clinic& clinic, std::int64_t patientId)
{
    if (auto status = auditedAccess(clinic, patientId); !status) {
        return std::unexpected(status.error());
    }
    auto stmt = clinic.db().prepare("SELECT id FROM appointment WHERE patient_id = ?1 AND starts_at >= ?2 "
                                    "AND status = 'booked' ORDER BY starts_at LIMIT 1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(patientId, ClinicTime::toStored(clinic.clock().now()));
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<Appointment>();
    }
    return AppointmentStore::find(clinic.db(), stmt->int64(0));
}

Result<QHash<std::int64_t, Appointment>> PatientAppointments::nextForCaseload(Clinic& clinic, std::int64_t clinicianId)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewAdministrative); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("caseload.appointments.view"),
                                              std::nullopt,
                                              QStringLiteral("user"),
                                              clinicianId,
                                              QLatin1String(AuditBasis::Administrative),
                                              {},
                                              QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    // One index probe per patient of the caseload (patient_clinician, then appointment_patient).
    auto stmt = clinic.db().prepare(
        "SELECT p.id, (SELECT a.id FROM appointment a WHERE a.patient_id = p.id AND a.starts_at >= ?2 "
        "              AND a.status = 'booked' ORDER BY a.starts_at LIMIT 1) AS next_id "
        "FROM patient p WHERE p.clinician_id = ?1 AND next_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM patient_block b WHERE b.patient_id = p.id AND b.user_id = ?3 "
        "                AND b.removed_at IS NULL)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(clinicianId, ClinicTime::toStored(clinic.clock().now()), clinic.session().userId);
    QHash<std::int64_t, Appointment> next;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return next;
        }
        auto appointment = AppointmentStore::find(clinic.db(), stmt->int64(1));
        if (!appointment) {
            return std::unexpected(appointment.error());
        }
        if (*appointment) {
            next.insert(stmt->int64(0), **appointment);
        }
    }
}

} // namespace forlop
