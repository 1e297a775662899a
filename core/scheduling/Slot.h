#pragma once

#include "scheduling/AppointmentType.h"
#include "scheduling/TimeRange.h"

#include <cstdint>
#include <optional>

namespace forlop {

// Where and when an appointment takes place: a clinician, optionally a room, and a time. Free-slot search
// returns these, and booking or moving takes them, so an offered slot can be booked as it is.
struct Slot
{
    std::int64_t clinicianId = 0;
    std::optional<std::int64_t> roomId;
    TimeRange time;

    [[nodiscard]] static Slot of(std::int64_t clinicianId, const QDateTime& start, int minutes,
                                 std::optional<std::int64_t> roomId = std::nullopt)
    {
        return {clinicianId, roomId, TimeRange::ofMinutes(start, minutes)};
    }
    [[nodiscard]] static Slot forType(std::int64_t clinicianId, const QDateTime& start, AppointmentType type,
                                      std::optional<std::int64_t> roomId = std::nullopt)
    {
        return of(clinicianId, start, AppointmentTypes::defaultMinutes(type), roomId);
    }
};

} // namespace forlop
