#pragma once

#include "Error.h"
#include "scheduling/Appointment.h"

#include <QCoreApplication>
#include <cstdint>

namespace forlop {

class Clinic;

// Cancelling a booked appointment, by the patient or by the clinic, always with a reason. The time is freed; the
// appointment stays on record, and for a session of the pathway it is counted on the treatment plan.
class Cancellation
{
    Q_DECLARE_TR_FUNCTIONS(Cancellation)

public:
    static constexpr int MaxReasonLength = 500;

    [[nodiscard]] static Status cancel(Clinic& clinic, std::int64_t appointmentId, CancelledBy by,
                                       const QString& reason);

    // Checks and trims a reason: InvalidInput when empty or too long.
    [[nodiscard]] static Result<QString> validReason(const QString& reason);
};

} // namespace forlop
