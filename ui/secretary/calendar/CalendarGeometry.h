#pragma once

#include "scheduling/CalendarQuery.h"

#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>

namespace forlop {

// One column of the calendar: one clinician on one day, with the working time that day (local hours shaded).
struct CalendarColumn
{
    QDate date;
    std::int64_t clinicianId = 0;
    QString clinicianName;
    QList<TimeRange> working;
    QList<WorkException> absences;
};

// An appointment placed in its column; overlapping appointments (a cancelled one and the booking that took its
// time) share the column side by side in lanes.
struct PlacedEntry
{
    CalendarEntry entry;
    int column = -1;
    int lane = 0;
    int lanes = 1;
};

// Where things are in the calendar's painted area: the time gutter on the left, one or two header rows on top
// (days, then clinicians), and the columns. Pure arithmetic, so painting, mouse and keyboard agree.
class CalendarGeometry
{
public:
    static constexpr int SnapMinutes = 15;
    static constexpr int MinimumHourHeight = 44;
    static constexpr int Padding = 10; // above the first hour and below the last, so their labels show whole

    void setArea(const QRectF& area) { m_area = area; }
    void setColumnCount(int count) { m_columns = std::max(count, 1); }
    void setHours(int first, int last)
    {
        m_firstHour = first;
        m_lastHour = std::max(last, first + 1);
    }
    void setHeader(double dayRowHeight, double clinicianRowHeight)
    {
        m_dayRow = dayRowHeight;
        m_clinicianRow = clinicianRowHeight;
    }
    void setGutterWidth(double width) { m_gutter = width; }

    [[nodiscard]] int firstHour() const { return m_firstHour; }
    [[nodiscard]] int lastHour() const { return m_lastHour; }
    [[nodiscard]] double dayRowHeight() const { return m_dayRow; }
    [[nodiscard]] double clinicianRowHeight() const { return m_clinicianRow; }
    [[nodiscard]] double headerHeight() const { return m_dayRow + m_clinicianRow; }
    [[nodiscard]] double gutterWidth() const { return m_gutter; }
    [[nodiscard]] double hourHeight() const;
    [[nodiscard]] double gridTop() const { return m_area.top() + headerHeight() + Padding; }
    [[nodiscard]] double gridBottom() const { return m_area.bottom() - Padding; }
    [[nodiscard]] double columnWidth() const;
    [[nodiscard]] QRectF columnRect(int column) const; // the grid part, below the header
    [[nodiscard]] int columnAt(double x) const;        // clamped to the columns

    // Minutes after midnight (local) ↔ y.
    [[nodiscard]] double yOfMinutes(double minutes) const;
    [[nodiscard]] double minutesAt(double y) const;
    // An instant's y in a column of date: before the day starts is the top, after it ends the bottom.
    [[nodiscard]] double yOf(const QDateTime& instant, const QDate& date) const;
    // The instant at y on date, on the snap grid.
    [[nodiscard]] QDateTime timeAt(double y, const QDate& date) const;

    [[nodiscard]] QRectF entryRect(const PlacedEntry& placed, const QDate& date) const;

    // Assigns columns and lanes; entries outside every column get column -1.
    [[nodiscard]] static QList<PlacedEntry> place(const QList<CalendarEntry>& entries,
                                                  const QList<CalendarColumn>& columns);

private:
    QRectF m_area;
    int m_columns = 1;
    int m_firstHour = 8;
    int m_lastHour = 16;
    double m_dayRow = 24;
    double m_clinicianRow = 24;
    double m_gutter = 52;
};

} // namespace forlop
