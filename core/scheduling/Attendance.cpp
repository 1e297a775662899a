#include "scheduling/Attendance.h"

#include "clinic/Clinic.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/AppointmentWrite.h"
#include "scheduling/PathwayLink.h"
#include "util/Clock.h"

namespace forlop {

Status Attendance::mark(Clinic& clinic, std::int64_t appointmentId, Outcome outcome)
{
    auto found = AppointmentStore::find(clinic.db(), appointmentId);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(ErrorCode::NotFound, tr("The appointment was not found."));
    }
    auto write = AppointmentWrite::begin(clinic, (*found)->patientId);
    if (!write) {
        return std::unexpected(write.error());
    }
    auto current = AppointmentStore::find(clinic.db(), appointmentId);
    if (!current) {
        return std::unexpected(current.error());
    }
    if (!*current) {
        return fail(ErrorCode::NotFound, tr("The appointment was not found."));
    }
    const Appointment& appointment = **current;
    if (AppointmentStatuses::isCancelled(appointment.status)) {
        return fail(ErrorCode::Conflict, tr("The appointment was cancelled, so attendance cannot be marked."));
    }
    const QDateTime now = clinic.clock().now();
    if (appointment.time.start > now) {
        return fail(ErrorCode::Conflict, tr("The appointment has not begun yet. Mark attendance once it has started."));
    }
    const AppointmentStatus status =
        outcome == Outcome::Attended ? AppointmentStatus::Attended : AppointmentStatus::NoShow;
    if (status == appointment.status) {
        return {};
    }
    if (auto changed =
            AppointmentStore::setStatus(clinic.db(), appointmentId, status, std::nullopt, clinic.session().userId, now);
        !changed) {
        return changed;
    }
    auto session = PathwayLink::recordSession(clinic.db(), appointment, status, clinic.session().userId, now);
    if (!session) {
        return std::unexpected(session.error());
    }
    const QString action =
        outcome == Outcome::Attended ? QStringLiteral("appointment.attended") : QStringLiteral("appointment.no_show");
    if (auto audited = write->audit(action, QStringLiteral("appointment"), appointmentId); !audited) {
        return audited;
    }
    return write->commit();
}

} // namespace forlop
