#pragma once

#include "Error.h"
#include "accounts/User.h"
#include "scheduling/AppointmentType.h"
#include "scheduling/Slot.h"

#include <QCoreApplication>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;
class Clock;
class Database;

// Whether an appointment may be placed at a time. Every refusal is a translated message that names what is in
// the way ("psykolog1 already has an appointment on 02.03.2026, 10:00–10:45."), never the other patient.
class BookingRules
{
    Q_DECLARE_TR_FUNCTIONS(BookingRules)

public:
    static constexpr int MinimumMinutes = 5;
    static constexpr int GridMinutes = 5; // appointments start and end on whole five minutes

    // Every rule, in the order a person would want to hear them: the time itself, the past, the clinician and the
    // room, working hours, then the clinician's, the room's and the patient's other appointments (ignoring the
    // appointment being moved). Run inside the booking's transaction so nothing can slip in between.
    [[nodiscard]] static Status check(Clinic& clinic, std::int64_t patientId, const Slot& slot,
                                      std::optional<std::int64_t> ignoreAppointmentId = std::nullopt);

    // Whether the patient's place on the pathway allows this kind of appointment at all.
    [[nodiscard]] static Status checkPatient(Database& db, std::int64_t patientId, AppointmentType type);

    [[nodiscard]] static Status checkShape(const TimeRange& time);
    [[nodiscard]] static Status checkNotPast(const Clock& clock, const TimeRange& time);
    [[nodiscard]] static Status checkRoom(Database& db, std::optional<std::int64_t> roomId);
    [[nodiscard]] static Status checkWorkingHours(Database& db, const User& clinician, const TimeRange& time);
    [[nodiscard]] static Status checkConflicts(Database& db, const User& clinician, std::int64_t patientId,
                                               const Slot& slot, std::optional<std::int64_t> ignoreAppointmentId);
};

} // namespace forlop
