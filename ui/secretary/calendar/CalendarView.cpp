#include "secretary/calendar/CalendarView.h"

#include "scheduling/ClinicTime.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

namespace forlop {

CalendarView::CalendarView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    //: Accessible description of the calendar, also its tooltip where no appointment is.
    setAccessibleDescription(tr("Arrow keys choose an appointment; Enter starts a move, arrows shift it, Enter "
                                "confirms and Escape cancels. The menu key opens its actions."));
}

void CalendarView::setCalendar(QList<CalendarColumn> columns, const QList<CalendarEntry>& entries, int firstHour,
                               int lastHour, const QDateTime& now)
{
    if (m_moving) {
        cancelMove();
    }
    m_columns = std::move(columns);
    m_entries = CalendarGeometry::place(entries, m_columns);
    m_now = now;
    m_geometry.setColumnCount(int(m_columns.size()));
    m_geometry.setHours(firstHour, lastHour);
    if (m_selected && !placedFor(m_selected)) {
        m_selected = 0;
        Q_EMIT selectionChanged(0);
    }
    updateGeometryModel();
    updateGeometry();
    update();
}

void CalendarView::updateGeometryModel()
{
    const QFontMetricsF metrics(font());
    m_geometry.setHeader(metrics.height() + 14, metrics.height() + 8);
    m_geometry.setGutterWidth(metrics.horizontalAdvance(QStringLiteral("00:00")) + 18);
    m_geometry.setArea(QRectF(rect()));
}

QSize CalendarView::sizeHint() const
{
    const int hours = m_geometry.lastHour() - m_geometry.firstHour();
    return QSize(900, int(m_geometry.headerHeight() + 2 * CalendarGeometry::Padding + hours * 56));
}

QSize CalendarView::minimumSizeHint() const
{
    const int hours = m_geometry.lastHour() - m_geometry.firstHour();
    return QSize(
        int(m_geometry.gutterWidth() + std::max<qsizetype>(1, m_columns.size()) * 36),
        int(m_geometry.headerHeight() + 2 * CalendarGeometry::Padding + hours * CalendarGeometry::MinimumHourHeight));
}

std::optional<CalendarEntry> CalendarView::selectedEntry() const
{
    const PlacedEntry* placed = placedFor(m_selected);
    return placed ? std::optional<CalendarEntry>(placed->entry) : std::nullopt;
}

void CalendarView::select(std::int64_t appointmentId)
{
    if (appointmentId && !placedFor(appointmentId)) {
        appointmentId = 0;
    }
    if (appointmentId == m_selected) {
        return;
    }
    m_selected = appointmentId;
    update();
    Q_EMIT selectionChanged(appointmentId);
}

QRect CalendarView::entryRect(std::int64_t appointmentId) const
{
    const PlacedEntry* placed = placedFor(appointmentId);
    if (!placed || placed->column < 0) {
        return {};
    }
    return m_geometry.entryRect(*placed, m_columns.at(placed->column).date).toAlignedRect();
}

std::optional<Slot> CalendarView::pendingMove() const
{
    if (!m_moving) {
        return std::nullopt;
    }
    const PlacedEntry* placed = placedFor(m_moving->appointmentId);
    if (!placed) {
        return std::nullopt;
    }
    return Slot{m_columns.at(m_moving->ghost.column).clinicianId, placed->entry.roomId, m_moving->ghost.time};
}

const PlacedEntry* CalendarView::placedFor(std::int64_t appointmentId) const
{
    if (!appointmentId) {
        return nullptr;
    }
    for (const PlacedEntry& placed : m_entries) {
        if (placed.entry.appointmentId == appointmentId && placed.column >= 0) {
            return &placed;
        }
    }
    return nullptr;
}

const PlacedEntry* CalendarView::entryAt(const QPointF& pos) const
{
    // The last painted is on top.
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->column >= 0 && m_geometry.entryRect(*it, m_columns.at(it->column).date).contains(pos)) {
            return &*it;
        }
    }
    return nullptr;
}

bool CalendarView::isMovable(const CalendarEntry& entry) const
{
    return entry.status == AppointmentStatus::Booked && !entry.patientLabel.isEmpty();
}

void CalendarView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    if (m_columns.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Choose at least one clinician to see."));
        return;
    }
    CalendarPainter paint(painter, m_geometry, palette(), font());
    paint.background(m_columns);
    paint.grid(m_columns);
    for (const PlacedEntry& placed : m_entries) {
        if (placed.column >= 0) {
            paint.entry(placed, m_columns.at(placed.column), placed.entry.appointmentId == m_selected, hasFocus());
        }
    }
    paint.nowLine(m_columns, m_now);
    if (m_moving) {
        if (const PlacedEntry* moving = placedFor(m_moving->appointmentId)) {
            paint.ghost(m_moving->ghost, m_columns.at(m_moving->ghost.column), *moving);
        }
    }
    // The header last, so nothing drawn above the first hour covers it.
    paint.header(m_columns, ClinicTime::dateOf(m_now), true);
}

void CalendarView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateGeometryModel();
}

bool CalendarView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const PlacedEntry* placed = entryAt(help->pos())) {
            QToolTip::showText(help->globalPos(), CalendarPainter::describe(placed->entry), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void CalendarView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (m_moving && !m_moving->byMouse) {
        cancelMove();
    }
    const PlacedEntry* placed = entryAt(event->position());
    select(placed ? placed->entry.appointmentId : 0);
    if (event->button() == Qt::LeftButton && placed && isMovable(placed->entry)) {
        m_pressPos = event->position();
    } else {
        m_pressPos.reset();
    }
}

void CalendarView::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        return;
    }
    if (!m_moving && m_pressPos &&
        (event->position() - *m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        if (const PlacedEntry* placed = placedFor(m_selected)) {
            const QDate date = m_columns.at(placed->column).date;
            const double startMinutes = m_geometry.minutesAt(m_geometry.yOf(placed->entry.time.start, date));
            startMove(*placed, true, m_geometry.minutesAt(m_pressPos->y()) - startMinutes);
        }
    }
    if (m_moving && m_moving->byMouse) {
        const int column = m_geometry.columnAt(event->position().x());
        const double minutes = m_geometry.minutesAt(event->position().y()) - m_moving->grabMinutes;
        placeGhost(column, m_geometry.timeAt(m_geometry.yOfMinutes(minutes), m_columns.at(column).date));
    }
}

void CalendarView::mouseReleaseEvent(QMouseEvent* event)
{
    m_pressPos.reset();
    if (event->button() == Qt::LeftButton && m_moving && m_moving->byMouse) {
        finishMove();
    }
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const PlacedEntry* placed = entryAt(event->position())) {
        Q_EMIT activated(placed->entry.appointmentId);
    }
}

void CalendarView::contextMenuEvent(QContextMenuEvent* event)
{
    if (m_moving) {
        return;
    }
    const PlacedEntry* placed =
        event->reason() == QContextMenuEvent::Mouse ? entryAt(event->pos()) : placedFor(m_selected);
    if (!placed) {
        return;
    }
    select(placed->entry.appointmentId);
    const QPoint at =
        event->reason() == QContextMenuEvent::Mouse ? event->globalPos() : mapToGlobal(entryRect(m_selected).center());
    Q_EMIT contextMenuRequested(m_selected, at);
}

void CalendarView::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (m_moving) {
        const int step = event->modifiers().testFlag(Qt::ShiftModifier) ? 60 : CalendarGeometry::SnapMinutes;
        switch (key) {
        case Qt::Key_Up:
            shiftGhost(0, -step);
            return;
        case Qt::Key_Down:
            shiftGhost(0, step);
            return;
        case Qt::Key_Left:
            shiftGhost(-1, 0);
            return;
        case Qt::Key_Right:
            shiftGhost(1, 0);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            finishMove();
            return;
        case Qt::Key_Escape:
            cancelMove();
            return;
        default:
            event->accept();
            return;
        }
    }
    switch (key) {
    case Qt::Key_Up:
        selectStep(-1);
        return;
    case Qt::Key_Down:
        selectStep(1);
        return;
    case Qt::Key_Left:
        selectAcross(-1);
        return;
    case Qt::Key_Right:
        selectAcross(1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected) {
            beginMove();
            return;
        }
        break;
    case Qt::Key_Delete:
        if (m_selected) {
            Q_EMIT cancelRequested(m_selected);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void CalendarView::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void CalendarView::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void CalendarView::selectStep(int step)
{
    QList<const PlacedEntry*> order;
    for (const PlacedEntry& placed : m_entries) {
        if (placed.column >= 0) {
            order.append(&placed);
        }
    }
    if (order.isEmpty()) {
        return;
    }
    qsizetype index = -1;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (order.at(i)->entry.appointmentId == m_selected) {
            index = i;
        }
    }
    index = index < 0 ? (step > 0 ? 0 : order.size() - 1) : std::clamp<qsizetype>(index + step, 0, order.size() - 1);
    select(order.at(index)->entry.appointmentId);
}

void CalendarView::selectAcross(int columnStep)
{
    const PlacedEntry* current = placedFor(m_selected);
    if (!current) {
        selectStep(columnStep);
        return;
    }
    const double minutes = ClinicTime::timeOf(current->entry.time.start).msecsSinceStartOfDay() / 60000.0;
    for (int column = current->column + columnStep; column >= 0 && column < m_columns.size(); column += columnStep) {
        const PlacedEntry* nearest = nullptr;
        double distance = 0;
        for (const PlacedEntry& placed : m_entries) {
            if (placed.column != column) {
                continue;
            }
            const double d =
                std::abs(ClinicTime::timeOf(placed.entry.time.start).msecsSinceStartOfDay() / 60000.0 - minutes);
            if (!nearest || d < distance) {
                nearest = &placed;
                distance = d;
            }
        }
        if (nearest) {
            select(nearest->entry.appointmentId);
            return;
        }
    }
}

bool CalendarView::beginMove()
{
    const PlacedEntry* placed = placedFor(m_selected);
    if (!placed || !isMovable(placed->entry)) {
        return false;
    }
    setFocus(Qt::OtherFocusReason);
    startMove(*placed, false, 0);
    return true;
}

void CalendarView::startMove(const PlacedEntry& placed, bool byMouse, double grabMinutes)
{
    Move move;
    move.appointmentId = placed.entry.appointmentId;
    move.originColumn = placed.column;
    move.origin = placed.entry.time;
    move.ghost = MoveGhost{placed.column, placed.entry.time, true};
    move.byMouse = byMouse;
    move.grabMinutes = grabMinutes;
    m_moving = move;
    // Where it is now is allowed by definition; say so, so the page can explain the keys.
    Q_EMIT moveChecked(QString(), Slot{m_columns.at(placed.column).clinicianId, placed.entry.roomId, move.origin});
    update();
}

void CalendarView::placeGhost(int column, const QDateTime& start)
{
    if (!m_moving || m_columns.isEmpty()) {
        return;
    }
    column = std::clamp(column, 0, int(m_columns.size()) - 1);
    const TimeRange time = TimeRange::ofMinutes(start, int(m_moving->origin.minutes()));
    if (column == m_moving->ghost.column && time == m_moving->ghost.time) {
        return;
    }
    m_moving->ghost.column = column;
    m_moving->ghost.time = time;
    const Slot slot = *pendingMove();
    const bool unchanged = column == m_moving->originColumn && time == m_moving->origin;
    QString refusal;
    if (!unchanged && m_checker) {
        if (auto verdict = m_checker(m_moving->appointmentId, slot); !verdict) {
            refusal = verdict.error().message;
        }
    }
    m_moving->refusal = refusal;
    m_moving->ghost.allowed = refusal.isEmpty();
    update();
    Q_EMIT moveChecked(refusal, slot);
}

void CalendarView::shiftGhost(int columnStep, int minutes)
{
    if (!m_moving) {
        return;
    }
    const int column = std::clamp(m_moving->ghost.column + columnStep, 0, int(m_columns.size()) - 1);
    const int length = int(m_moving->origin.minutes());
    int startMinutes = ClinicTime::timeOf(m_moving->ghost.time.start).msecsSinceStartOfDay() / 60000 + minutes;
    startMinutes = std::clamp(startMinutes, 0, 24 * 60 - length);
    placeGhost(column, ClinicTime::at(m_columns.at(column).date, QTime(startMinutes / 60, startMinutes % 60)));
}

void CalendarView::finishMove()
{
    if (!m_moving) {
        return;
    }
    const Move move = *m_moving;
    const std::optional<Slot> slot = pendingMove();
    m_moving.reset();
    update();
    Q_EMIT moveEnded();
    if (slot && !(move.ghost.column == move.originColumn && move.ghost.time == move.origin)) {
        Q_EMIT moveRequested(move.appointmentId, *slot);
    }
}

void CalendarView::cancelMove()
{
    if (!m_moving) {
        return;
    }
    m_moving.reset();
    m_pressPos.reset();
    update();
    Q_EMIT moveEnded();
}

} // namespace forlop
