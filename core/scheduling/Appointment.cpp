#include "scheduling/Appointment.h"

namespace forlop {

const QList<AppointmentStatus>& AppointmentStatuses::all()
{
    static const QList<AppointmentStatus> statuses{AppointmentStatus::Booked, AppointmentStatus::Attended,
                                                   AppointmentStatus::CancelledByPatient,
                                                   AppointmentStatus::CancelledByClinic, AppointmentStatus::NoShow};
    return statuses;
}

QString AppointmentStatuses::id(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QStringLiteral("booked");
    case AppointmentStatus::Attended:
        return QStringLiteral("attended");
    case AppointmentStatus::CancelledByPatient:
        return QStringLiteral("cancelled_by_patient");
    case AppointmentStatus::CancelledByClinic:
        return QStringLiteral("cancelled_by_clinic");
    case AppointmentStatus::NoShow:
        return QStringLiteral("no_show");
    }
    return {};
}

std::optional<AppointmentStatus> AppointmentStatuses::fromId(const QString& id)
{
    for (AppointmentStatus status : all()) {
        if (AppointmentStatuses::id(status) == id) {
            return status;
        }
    }
    return std::nullopt;
}

QString AppointmentStatuses::displayName(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return tr("Booked");
    case AppointmentStatus::Attended:
        return tr("Attended");
    case AppointmentStatus::CancelledByPatient:
        return tr("Cancelled by the patient");
    case AppointmentStatus::CancelledByClinic:
        return tr("Cancelled by the clinic");
    case AppointmentStatus::NoShow:
        //: The patient did not come and did not cancel.
        return tr("No-show");
    }
    return {};
}

bool AppointmentStatuses::isCancelled(AppointmentStatus status)
{
    return status == AppointmentStatus::CancelledByPatient || status == AppointmentStatus::CancelledByClinic;
}

AppointmentStatus AppointmentStatuses::cancelledBy(CancelledBy who)
{
    return who == CancelledBy::Patient ? AppointmentStatus::CancelledByPatient : AppointmentStatus::CancelledByClinic;
}

} // namespace forlop
