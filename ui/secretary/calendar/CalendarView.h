#pragma once

#include "Error.h"
#include "scheduling/Slot.h"
#include "secretary/calendar/CalendarGeometry.h"
#include "secretary/calendar/CalendarPainter.h"

#include <QWidget>
#include <functional>
#include <optional>

namespace forlop {

// The painted calendar: columns per clinician and day, the hour grid, appointments coloured by type with their
// status, and a line at the current time. Appointments are moved by dragging, or from the keyboard: arrows choose
// an appointment, Enter starts a move, arrows shift it (a quarter of an hour, or a column), Enter confirms and
// Escape gives up. While a move is shown the checker (core's Booking::checkMove) says whether it would be allowed;
// the move itself is requested from the page, which asks core again.
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    using MoveChecker = std::function<Status(std::int64_t appointmentId, const Slot& to)>;

    explicit CalendarView(QWidget* parent = nullptr);

    void setCalendar(QList<CalendarColumn> columns, const QList<CalendarEntry>& entries, int firstHour, int lastHour,
                     const QDateTime& now);
    void setMoveChecker(MoveChecker checker) { m_checker = std::move(checker); }

    [[nodiscard]] const QList<CalendarColumn>& columns() const { return m_columns; }
    [[nodiscard]] const QList<PlacedEntry>& entries() const { return m_entries; }
    [[nodiscard]] std::optional<CalendarEntry> selectedEntry() const;
    [[nodiscard]] std::int64_t selectedId() const { return m_selected; }
    void select(std::int64_t appointmentId);
    // Where an appointment is painted (empty when it is not in view), for tests and menus.
    [[nodiscard]] QRect entryRect(std::int64_t appointmentId) const;
    [[nodiscard]] bool isMoving() const { return m_moving.has_value(); }
    // The move the view would request now (during a move).
    [[nodiscard]] std::optional<Slot> pendingMove() const;

    // Starts a keyboard move of the selected appointment (from a menu); false when it cannot be moved.
    bool beginMove();
    void cancelMove();

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged(qint64 appointmentId);
    void moveRequested(qint64 appointmentId, const forlop::Slot& to);
    // During a move: the rules' answer for the place shown (empty message when allowed), and when it ends.
    void moveChecked(const QString& refusal, const forlop::Slot& to);
    void moveEnded();
    void contextMenuRequested(qint64 appointmentId, const QPoint& globalPos);
    void cancelRequested(qint64 appointmentId);
    void activated(qint64 appointmentId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Move
    {
        std::int64_t appointmentId = 0;
        int originColumn = -1;
        TimeRange origin;
        MoveGhost ghost;
        bool byMouse = false;
        double grabMinutes = 0; // where in the appointment the mouse took hold
        QString refusal;
    };

    void updateGeometryModel();
    [[nodiscard]] const PlacedEntry* placedFor(std::int64_t appointmentId) const;
    [[nodiscard]] const PlacedEntry* entryAt(const QPointF& pos) const;
    void selectStep(int step);
    void selectAcross(int columnStep);
    void startMove(const PlacedEntry& placed, bool byMouse, double grabMinutes);
    void placeGhost(int column, const QDateTime& start);
    void shiftGhost(int columnStep, int minutes);
    void finishMove();
    [[nodiscard]] bool isMovable(const CalendarEntry& entry) const;

    QList<CalendarColumn> m_columns;
    QList<PlacedEntry> m_entries;
    QDateTime m_now;
    CalendarGeometry m_geometry;
    MoveChecker m_checker;
    std::int64_t m_selected = 0;
    std::optional<Move> m_moving;
    std::optional<QPointF> m_pressPos;
};

} // namespace forlop
