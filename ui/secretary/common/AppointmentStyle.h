#pragma once

#include "scheduling/Appointment.h"

#include <QColor>
#include <QCoreApplication>

namespace forlop {

// How the desk's screens show an appointment's type and status: one colour per type (the same in the calendar,
// its legend and the slot lists), and a short word for a status that is not simply "booked".
class AppointmentStyle
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentStyle)

public:
    [[nodiscard]] static QColor fill(AppointmentType type);
    [[nodiscard]] static QColor border(AppointmentType type);
    // Empty for a booked appointment.
    [[nodiscard]] static QString statusMark(AppointmentStatus status);
};

} // namespace forlop
