#include "scheduling/TimeRangeList.h"

#include <algorithm>

namespace forlop {

QList<TimeRange> TimeRangeList::merged(QList<TimeRange> ranges)
{
    ranges.removeIf([](const TimeRange& range) { return !range.isValid(); });
    std::sort(ranges.begin(), ranges.end(), [](const TimeRange& a, const TimeRange& b) { return a.start < b.start; });
    QList<TimeRange> result;
    for (const TimeRange& range : ranges) {
        if (!result.isEmpty() && range.start <= result.last().end) {
            result.last().end = std::max(result.last().end, range.end);
        } else {
            result.append(range);
        }
    }
    return result;
}

QList<TimeRange> TimeRangeList::subtract(const QList<TimeRange>& ranges, const QList<TimeRange>& cuts)
{
    QList<TimeRange> remaining = merged(ranges);
    for (const TimeRange& cut : merged(cuts)) {
        QList<TimeRange> next;
        for (const TimeRange& range : remaining) {
            if (!range.overlaps(cut)) {
                next.append(range);
                continue;
            }
            if (range.start < cut.start) {
                next.append({range.start, cut.start});
            }
            if (cut.end < range.end) {
                next.append({cut.end, range.end});
            }
        }
        remaining = next;
    }
    return remaining;
}

bool TimeRangeList::anyContains(const QList<TimeRange>& ranges, const TimeRange& range)
{
    return std::any_of(ranges.begin(), ranges.end(), [&](const TimeRange& each) { return each.contains(range); });
}

qint64 TimeRangeList::totalMinutes(const QList<TimeRange>& ranges)
{
    qint64 total = 0;
    for (const TimeRange& range : merged(ranges)) {
        total += range.minutes();
    }
    return total;
}

QList<TimeRange> TimeRangeList::clipped(const QList<TimeRange>& ranges, const TimeRange& window)
{
    QList<TimeRange> result;
    for (const TimeRange& range : ranges) {
        if (range.overlaps(window)) {
            result.append({std::max(range.start, window.start), std::min(range.end, window.end)});
        }
    }
    return result;
}

} // namespace forlop
