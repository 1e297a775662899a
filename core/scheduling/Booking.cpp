#include "scheduling/Booking.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/AppointmentWrite.h"
#include "scheduling/BookingRules.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/PathwayLink.h"
#include "util/Clock.h"

namespace forlop {

Result<std::int64_t> Booking::place(AppointmentWrite& write, Appointment appointment)
{
    Clinic& clinic = write.clinic();
    appointment.patientId = write.patientId();
    if (auto status = BookingRules::checkPatient(clinic.db(), appointment.patientId, appointment.type); !status) {
        return std::unexpected(status.error());
    }
    const Slot slot{appointment.clinicianId, appointment.roomId, appointment.time};
    if (auto status = BookingRules::check(clinic, appointment.patientId, slot); !status) {
        return std::unexpected(status.error());
    }
    auto id = AppointmentStore::insert(clinic.db(), appointment, clinic.session().userId, clinic.clock().now());
    if (!id) {
        return std::unexpected(id.error());
    }
    if (auto status = write.audit(QStringLiteral("appointment.book"), QStringLiteral("appointment"), *id); !status) {
        return std::unexpected(status.error());
    }
    auto referral =
        PathwayLink::noteFirstOffered(clinic.db(), appointment.patientId, ClinicTime::dateOf(appointment.time.start));
    if (!referral) {
        return std::unexpected(referral.error());
    }
    if (*referral) {
        if (auto status = write.audit(QStringLiteral("referral.first_offered"), QStringLiteral("referral"), **referral);
            !status) {
            return std::unexpected(status.error());
        }
    }
    return *id;
}

Result<std::int64_t> Booking::book(Clinic& clinic, const BookingRequest& request)
{
    auto write = AppointmentWrite::begin(clinic, request.patientId);
    if (!write) {
        return std::unexpected(write.error());
    }
    Appointment appointment;
    appointment.clinicianId = request.slot.clinicianId;
    appointment.roomId = request.slot.roomId;
    appointment.type = request.type;
    appointment.modality = request.modality;
    appointment.time = request.slot.time;
    auto id = place(*write, appointment);
    if (!id) {
        return std::unexpected(id.error());
    }
    if (auto status = write->commit(); !status) {
        return std::unexpected(status.error());
    }
    return *id;
}

namespace {

Status requireMovable(const Appointment& appointment)
{
    if (appointment.status != AppointmentStatus::Booked) {
        //: %1 is the appointment's status, such as "Attended".
        return fail(ErrorCode::Conflict, Booking::tr("Only a booked appointment can be moved; this one is marked “%1”.")
                                             .arg(AppointmentStatuses::displayName(appointment.status)));
    }
    return {};
}

} // namespace

Status Booking::checkMove(Clinic& clinic, std::int64_t appointmentId, const Slot& to)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageAppointments); !status) {
        return status;
    }
    auto found = AppointmentStore::find(clinic.db(), appointmentId);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(ErrorCode::NotFound, tr("The appointment was not found."));
    }
    if (auto grant = PatientAccess::administrative(clinic, (*found)->patientId); !grant) {
        return std::unexpected(grant.error());
    }
    if (auto status = requireMovable(**found); !status) {
        return status;
    }
    return BookingRules::check(clinic, (*found)->patientId, to, appointmentId);
}

Status Booking::move(Clinic& clinic, std::int64_t appointmentId, const Slot& to)
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
    // Read again under the write lock: someone may have changed it since.
    auto current = AppointmentStore::find(clinic.db(), appointmentId);
    if (!current) {
        return std::unexpected(current.error());
    }
    if (!*current) {
        return fail(ErrorCode::NotFound, tr("The appointment was not found."));
    }
    const Appointment& appointment = **current;
    if (auto status = requireMovable(appointment); !status) {
        return status;
    }
    if (auto status = BookingRules::check(clinic, appointment.patientId, to, appointmentId); !status) {
        return status;
    }
    if (auto status = AppointmentStore::place(clinic.db(), appointmentId, to, clinic.clock().now()); !status) {
        return status;
    }
    if (auto status = write->audit(QStringLiteral("appointment.move"), QStringLiteral("appointment"), appointmentId);
        !status) {
        return status;
    }
    return write->commit();
}

} // namespace forlop
