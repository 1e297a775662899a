#include "secretary/calendar/CalendarGeometry.h"

#include "scheduling/ClinicTime.h"

#include <algorithm>
#include <cmath>

namespace forlop {

double CalendarGeometry::hourHeight() const
{
    const double hours = m_lastHour - m_firstHour;
    return std::max<double>(MinimumHourHeight, (gridBottom() - gridTop()) / hours);
}

double CalendarGeometry::columnWidth() const
{
    return std::max(1.0, (m_area.width() - m_gutter) / m_columns);
}

QRectF CalendarGeometry::columnRect(int column) const
{
    const double left = m_area.left() + m_gutter + column * columnWidth();
    return QRectF(left, gridTop(), columnWidth(), yOfMinutes(m_lastHour * 60.0) - gridTop());
}

int CalendarGeometry::columnAt(double x) const
{
    const int column = int(std::floor((x - m_area.left() - m_gutter) / columnWidth()));
    return std::clamp(column, 0, m_columns - 1);
}

double CalendarGeometry::yOfMinutes(double minutes) const
{
    return gridTop() + (minutes - m_firstHour * 60.0) / 60.0 * hourHeight();
}

double CalendarGeometry::minutesAt(double y) const
{
    return m_firstHour * 60.0 + (y - gridTop()) / hourHeight() * 60.0;
}

double CalendarGeometry::yOf(const QDateTime& instant, const QDate& date) const
{
    const QDateTime local = ClinicTime::toLocal(instant);
    double minutes = local.time().hour() * 60.0 + local.time().minute();
    if (local.date() < date) {
        minutes = 0;
    } else if (local.date() > date) {
        minutes = 24 * 60;
    }
    minutes = std::clamp(minutes, m_firstHour * 60.0, m_lastHour * 60.0);
    return yOfMinutes(minutes);
}

QDateTime CalendarGeometry::timeAt(double y, const QDate& date) const
{
    const double raw = minutesAt(y);
    int minutes = int(std::lround(raw / SnapMinutes)) * SnapMinutes;
    minutes = std::clamp(minutes, 0, 24 * 60 - SnapMinutes);
    return ClinicTime::at(date, QTime(minutes / 60, minutes % 60));
}

QRectF CalendarGeometry::entryRect(const PlacedEntry& placed, const QDate& date) const
{
    const QRectF column = columnRect(placed.column);
    const double top = yOf(placed.entry.time.start, date);
    const double bottom = std::max(yOf(placed.entry.time.end, date), top + 14);
    const double inner = column.width() - 6;
    const double laneWidth = inner / placed.lanes;
    return QRectF(column.left() + 3 + placed.lane * laneWidth, top + 1, laneWidth - (placed.lanes > 1 ? 2 : 0),
                  bottom - top - 2);
}

QList<PlacedEntry> CalendarGeometry::place(const QList<CalendarEntry>& entries, const QList<CalendarColumn>& columns)
{
    QList<PlacedEntry> placed;
    placed.reserve(entries.size());
    for (const CalendarEntry& entry : entries) {
        PlacedEntry p{entry, -1, 0, 1};
        const QDate date = ClinicTime::dateOf(entry.time.start);
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).date == date && columns.at(i).clinicianId == entry.clinicianId) {
                p.column = i;
                break;
            }
        }
        placed.append(p);
    }
    std::stable_sort(placed.begin(), placed.end(), [](const PlacedEntry& a, const PlacedEntry& b) {
        return a.column != b.column ? a.column < b.column : a.entry.time.start < b.entry.time.start;
    });
    // Greedy lanes per cluster of overlapping entries in a column.
    int clusterStart = 0;
    QList<QDateTime> laneEnds;
    QDateTime clusterEnd;
    auto closeCluster = [&](int end) {
        for (int i = clusterStart; i < end; ++i) {
            placed[i].lanes = std::max<int>(1, int(laneEnds.size()));
        }
    };
    for (int i = 0; i < placed.size(); ++i) {
        PlacedEntry& p = placed[i];
        const bool newCluster = i == 0 || placed.at(i - 1).column != p.column || !(p.entry.time.start < clusterEnd);
        if (newCluster) {
            closeCluster(i);
            clusterStart = i;
            laneEnds.clear();
            clusterEnd = p.entry.time.end;
        }
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > p.entry.time.start) {
            ++lane;
        }
        if (lane == laneEnds.size()) {
            laneEnds.append(p.entry.time.end);
        } else {
            laneEnds[lane] = p.entry.time.end;
        }
        p.lane = lane;
        clusterEnd = std::max(clusterEnd, p.entry.time.end);
    }
    closeCluster(int(placed.size()));
    return placed;
}

} // namespace forlop
