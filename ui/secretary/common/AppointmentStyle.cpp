#include "secretary/common/AppointmentStyle.h"

namespace forlop {

QColor AppointmentStyle::fill(AppointmentType type)
{
    switch (type) {
    case AppointmentType::FirstContact:
        return QColor(0xd6, 0xe7, 0xfa);
    case AppointmentType::EligibilityAssessment:
        return QColor(0xfc, 0xe6, 0xc4);
    case AppointmentType::Assessment:
        return QColor(0xe6, 0xdc, 0xf7);
    case AppointmentType::TreatmentSession:
        return QColor(0xd5, 0xef, 0xdb);
    case AppointmentType::FollowUp:
        return QColor(0xf6, 0xdb, 0xe7);
    }
    return QColor(0xe8, 0xe8, 0xe8);
}

QColor AppointmentStyle::border(AppointmentType type)
{
    switch (type) {
    case AppointmentType::FirstContact:
        return QColor(0x35, 0x7f, 0xc9);
    case AppointmentType::EligibilityAssessment:
        return QColor(0xc9, 0x82, 0x12);
    case AppointmentType::Assessment:
        return QColor(0x7d, 0x55, 0xc0);
    case AppointmentType::TreatmentSession:
        return QColor(0x2f, 0x8a, 0x4a);
    case AppointmentType::FollowUp:
        return QColor(0xb8, 0x4a, 0x7c);
    }
    return QColor(0x80, 0x80, 0x80);
}

QString AppointmentStyle::statusMark(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return {};
    case AppointmentStatus::Attended:
        //: Short mark on an appointment in the calendar.
        return tr("Attended");
    case AppointmentStatus::CancelledByPatient:
    case AppointmentStatus::CancelledByClinic:
        //: Short mark on an appointment in the calendar.
        return tr("Cancelled");
    case AppointmentStatus::NoShow:
        //: Short mark on an appointment in the calendar: the patient did not come.
        return tr("No-show");
    }
    return {};
}

} // namespace forlop
