#pragma once

#include <QDateTime>

namespace forlop {

// A half-open interval [start, end) of instants: two ranges that only touch (10:00–10:45 and 10:45–11:30) do
// not overlap, so back-to-back appointments are allowed.
struct TimeRange
{
    QDateTime start;
    QDateTime end;

    [[nodiscard]] bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    [[nodiscard]] bool overlaps(const TimeRange& other) const { return start < other.end && other.start < end; }
    [[nodiscard]] bool contains(const TimeRange& other) const { return start <= other.start && other.end <= end; }
    [[nodiscard]] qint64 minutes() const { return start.secsTo(end) / 60; }
    [[nodiscard]] static TimeRange ofMinutes(const QDateTime& start, int minutes)
    {
        return {start, start.addSecs(qint64(minutes) * 60)};
    }
    [[nodiscard]] bool operator==(const TimeRange& other) const { return start == other.start && end == other.end; }
};

} // namespace forlop
