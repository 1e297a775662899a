#pragma once

#include "Error.h"
#include "scheduling/Appointment.h"

#include <QCoreApplication>
#include <cstdint>

namespace forlop {

class Clinic;

enum class Outcome { Attended, NoShow };

// Marking whether the patient came. Every outcome of a pathway appointment (eligibility, assessment, treatment,
// follow-up), cancellations included, is written to the pathway's session record: SessionLog::counts gives the
// treatment plan's attended, cancelled and missed sessions from there.
class Attendance
{
    Q_DECLARE_TR_FUNCTIONS(Attendance)

public:
    // Once the appointment has begun: booked → attended or no-show; a mark can be corrected between the two.
    [[nodiscard]] static Status mark(Clinic& clinic, std::int64_t appointmentId, Outcome outcome);
};

} // namespace forlop
