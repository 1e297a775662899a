#pragma once

#include "secretary/calendar/CalendarGeometry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QPalette>

class QPainter;

namespace forlop {

// A move in progress, as the calendar shows it: where the appointment would go and whether the rules allow it.
struct MoveGhost
{
    int column = -1;
    TimeRange time;
    bool allowed = true;
};

// Paints the calendar's parts; CalendarView decides what to paint and where the user points.
class CalendarPainter
{
    Q_DECLARE_TR_FUNCTIONS(CalendarPainter)

public:
    CalendarPainter(QPainter& painter, const CalendarGeometry& geometry, const QPalette& palette, const QFont& font)
        : m_p(painter), m_g(geometry), m_palette(palette), m_font(font)
    {
    }

    void background(const QList<CalendarColumn>& columns);
    void grid(const QList<CalendarColumn>& columns);
    void header(const QList<CalendarColumn>& columns, const QDate& today, bool showClinicianRow);
    void entry(const PlacedEntry& placed, const CalendarColumn& column, bool selected, bool focused);
    void nowLine(const QList<CalendarColumn>& columns, const QDateTime& now);
    void ghost(const MoveGhost& ghost, const CalendarColumn& column, const PlacedEntry& moving);

    // The text an appointment shows (and its tooltip): who and when, never anything clinical.
    [[nodiscard]] static QString title(const CalendarEntry& entry);
    [[nodiscard]] static QString describe(const CalendarEntry& entry);

private:
    QPainter& m_p;
    const CalendarGeometry& m_g;
    const QPalette& m_palette;
    const QFont m_font; // the widget's; each part derives its own from it
};

} // namespace forlop
