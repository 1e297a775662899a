#pragma once

#include "Error.h"
#include "scheduling/WorkingHours.h"

#include <QList>

namespace forlop {

class Database;

// One local day of a clinician's working time, with the parts it was made from so a refusal can say why.
struct DayPlan
{
    QDate date;
    QList<TimeRange> regular;      // the template's periods that day
    QList<WorkException> absences; // holidays, courses, sick days touching that day
    QList<TimeRange> extra;        // extra hours that day
    QList<TimeRange> working;      // regular and extra, minus absences
};

// When a clinician works, derived from the weekly templates and the exceptions. No permission checks here:
// callers are the scheduling services, which check first.
class Availability
{
public:
    [[nodiscard]] static Result<QList<DayPlan>> days(Database& db, std::int64_t clinicianId, const QDate& first,
                                                     const QDate& last);
    // Working time inside range, merged.
    [[nodiscard]] static Result<QList<TimeRange>> working(Database& db, std::int64_t clinicianId,
                                                          const TimeRange& range);

    // Every template of the clinician, oldest first.
    [[nodiscard]] static Result<QList<WeekTemplate>> templates(Database& db, std::int64_t clinicianId);
    // The template in force on date: the one with the latest validFrom not after it.
    [[nodiscard]] static std::optional<WeekTemplate> templateOn(const QList<WeekTemplate>& templates,
                                                                const QDate& date);
    // Exceptions in force overlapping range: the clinician's and the clinic-wide ones.
    [[nodiscard]] static Result<QList<WorkException>> exceptions(Database& db, std::optional<std::int64_t> clinicianId,
                                                                 const TimeRange& range);
};

} // namespace forlop
