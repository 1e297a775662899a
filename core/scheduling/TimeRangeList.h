#pragma once

#include "scheduling/TimeRange.h"

#include <QList>

namespace forlop {

// Set arithmetic on half-open time ranges: the working time of a day is its template periods and extra hours,
// merged, minus absences; free time is working time minus appointments.
class TimeRangeList
{
public:
    // Sorted by start, overlapping and touching ranges joined, invalid ones dropped.
    [[nodiscard]] static QList<TimeRange> merged(QList<TimeRange> ranges);
    // The parts of ranges not covered by any of cuts (ranges need not be merged; the result is).
    [[nodiscard]] static QList<TimeRange> subtract(const QList<TimeRange>& ranges, const QList<TimeRange>& cuts);
    [[nodiscard]] static bool anyContains(const QList<TimeRange>& ranges, const TimeRange& range);
    [[nodiscard]] static qint64 totalMinutes(const QList<TimeRange>& ranges);
    // The parts of ranges inside window.
    [[nodiscard]] static QList<TimeRange> clipped(const QList<TimeRange>& ranges, const TimeRange& window);
};

} // namespace forlop
