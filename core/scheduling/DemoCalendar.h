#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <span>

namespace forlop {

class Clinic;

// What a demo clinic's calendar holds on an ordinary morning: every clinician's working week, a room each, and the
// coming weeks' appointments of the patients in care (weekly treatment series, assessments under way, follow-ups),
// booked by the secretary through the real booking rules. Without it a demo's calendar, My day and free capacity
// would be empty, and a visitor could not see how the desks work together.
class DemoCalendar
{
    Q_DECLARE_TR_FUNCTIONS(DemoCalendar)

public:
    static constexpr int TreatmentWeeks = 6;

    // Appointments booked from today on; the clock of the sessions must stand before today's working hours.
    [[nodiscard]] static Result<int> fill(Clinic& secretary, std::span<Clinic* const> clinicians, const QDate& today);
};

} // namespace forlop
