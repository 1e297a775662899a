#pragma once

#include "Error.h"
#include "scheduling/Appointment.h"

#include <QCoreApplication>
#include <cstdint>

namespace forlop {

class Clinic;

enum class Outcome { Attended, NoShow };

// The plan's session counts as the calendar knows them: treatment-session appointments by status.
struct SessionCounts
{
    int attended = 0;
    int cancelledByPatient = 0;
    int cancelledByClinic = 0;
    int noShow = 0;
    int booked = 0; // still ahead (or not yet marked)

    [[nodiscard]] bool operator==(const SessionCounts&) const = default;
};

// Marking whether the patient came. Every outcome of a pathway appointment (eligibility, assessment, treatment,
// follow-up) is written to the pathway's session record, which the treatment plan counts.
class Attendance
{
    Q_DECLARE_TR_FUNCTIONS(Attendance)

public:
    // Once the appointment has begun: booked → attended or no-show; a mark can be corrected between the two.
    [[nodiscard]] static Status mark(Clinic& clinic, std::int64_t appointmentId, Outcome outcome);

    // Treatment sessions of the patient by status, from the appointments (audited as a read of the patient).
    [[nodiscard]] static Result<SessionCounts> sessionCounts(Clinic& clinic, std::int64_t patientId);
};

} // namespace forlop
