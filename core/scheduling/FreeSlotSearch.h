#pragma once

#include "Error.h"
#include "accounts/User.h"
#include "scheduling/Slot.h"

#include <QCoreApplication>
#include <QList>
#include <QTime>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

// What the caller told the secretary: which days and times suit them (local time).
struct SlotPreferences
{
    QList<int> weekdays; // Qt::DayOfWeek values; empty: any day
    QTime earliestStart; // invalid: from the start of the working day
    QTime latestEnd;     // invalid: to the end of the working day
};

struct SlotSearch
{
    // Whose calendars: these clinicians, or (empty) every active clinician, of the profession when one is given.
    QList<std::int64_t> clinicianIds;
    std::optional<Profession> profession;
    AppointmentType type = AppointmentType::FirstContact;
    int minutes = 0;                       // 0: the type's default length
    bool needsRoom = false;                // in person: a free room is found for each slot
    std::optional<std::int64_t> patientId; // also keeps clear of the patient's own appointments
    QDateTime from;                        // invalid: now
    int days = 42;                         // how far ahead to look
    int maxSlots = 10;
    SlotPreferences preferences;
};

// The next free times, earliest first, that the booking rules would accept: inside working hours, clear of the
// clinician's, the room's and the patient's appointments, never in the past. Each clinician offers slots that
// follow one another (09:00, 09:45, 10:30 …) on a quarter-hour grid, so a short list spans more of the week.
class FreeSlotSearch
{
    Q_DECLARE_TR_FUNCTIONS(FreeSlotSearch)

public:
    static constexpr int StepMinutes = 15;
    static constexpr int MaxDays = 366;
    static constexpr int MaxSlots = 200;

    [[nodiscard]] static Result<QList<Slot>> find(Clinic& clinic, const SlotSearch& search);
};

} // namespace forlop
