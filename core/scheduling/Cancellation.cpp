#include "scheduling/Cancellation.h"

#include "clinic/Clinic.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/AppointmentWrite.h"
#include "scheduling/PathwayLink.h"
#include "util/Clock.h"

namespace forlop {

Result<QString> Cancellation::validReason(const QString& reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Write why the appointment is cancelled."));
    }
    if (trimmed.size() > MaxReasonLength) {
        return fail(ErrorCode::InvalidInput,
                    tr("The reason can have at most %n characters.", nullptr, MaxReasonLength));
    }
    return trimmed;
}

Status Cancellation::cancel(Clinic& clinic, std::int64_t appointmentId, CancelledBy by, const QString& reason)
{
    auto valid = validReason(reason);
    if (!valid) {
        return std::unexpected(valid.error());
    }
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
    if ((*current)->status != AppointmentStatus::Booked) {
        //: %1 is the appointment's status, such as "Attended".
        return fail(ErrorCode::Conflict, tr("Only a booked appointment can be cancelled; this one is marked “%1”.")
                                             .arg(AppointmentStatuses::displayName((*current)->status)));
    }
    const AppointmentStatus status = AppointmentStatuses::cancelledBy(by);
    const QDateTime now = clinic.clock().now();
    if (auto changed =
            AppointmentStore::setStatus(clinic.db(), appointmentId, status, *valid, clinic.session().userId, now);
        !changed) {
        return changed;
    }
    auto session = PathwayLink::recordSession(clinic.db(), **current, status, clinic.session().userId, now);
    if (!session) {
        return std::unexpected(session.error());
    }
    const QString action = by == CancelledBy::Patient ? QStringLiteral("appointment.cancel_by_patient")
                                                      : QStringLiteral("appointment.cancel_by_clinic");
    if (auto audited = write->audit(action, QStringLiteral("appointment"), appointmentId); !audited) {
        return audited;
    }
    return write->commit();
}

} // namespace forlop
