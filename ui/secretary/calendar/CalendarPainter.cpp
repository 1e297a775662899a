#include "secretary/calendar/CalendarPainter.h"

#include "scheduling/ClinicTime.h"
#include "scheduling/WorkingHours.h"
#include "secretary/common/AppointmentStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace forlop {

namespace {

// save() now, restore() at the end of the scope, so no part leaks its pen or font into the next.
class PainterState
{
public:
    explicit PainterState(QPainter& painter) : m_painter(painter) { m_painter.save(); }
    ~PainterState() { m_painter.restore(); }
    PainterState(const PainterState&) = delete;
    PainterState& operator=(const PainterState&) = delete;

private:
    QPainter& m_painter;
};

// Text broken at spaces and hyphens into at most maxLines lines of width, the last one elided if more is left.
QStringList wrapped(const QString& text, const QFont& font, double width, int maxLines)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << QFontMetricsF(font).elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

const QColor OffHours(0xf1, 0xf2, 0xf4);
const QColor HourLine(0xd4, 0xd7, 0xdc);
const QColor HalfHourLine(0xea, 0xec, 0xef);
const QColor DayLine(0x9a, 0xa0, 0xa8);
const QColor NowColour(0xd9, 0x30, 0x25);
const QColor CancelledFill(0xf3, 0xf3, 0xf3);
const QColor CancelledText(0x80, 0x80, 0x80);
const QColor NoShowColour(0xc0, 0x39, 0x2b);

QString dayHeading(const QDate& date)
{
    //: Calendar column heading: weekday and day.month, e.g. "Monday 2.3.".
    return CalendarPainter::tr("%1 %2", "weekday date")
        .arg(ClinicTime::weekdayName(date.dayOfWeek()), date.toString(QStringLiteral("d.M.")));
}

} // namespace

void CalendarPainter::background(const QList<CalendarColumn>& columns)
{
    const PainterState guard(m_p);
    QFont small = m_font;
    small.setPointSizeF(m_font.pointSizeF() * 0.85);
    m_p.setFont(small);
    const QRectF all(m_g.gutterWidth(), m_g.gridTop(), m_g.columnWidth() * columns.size(),
                     m_g.yOfMinutes(m_g.lastHour() * 60.0) - m_g.gridTop());
    m_p.fillRect(all, OffHours);
    for (int i = 0; i < columns.size(); ++i) {
        const CalendarColumn& column = columns.at(i);
        const QRectF rect = m_g.columnRect(i);
        for (const TimeRange& range : column.working) {
            const double top = m_g.yOf(range.start, column.date);
            const double bottom = m_g.yOf(range.end, column.date);
            m_p.fillRect(QRectF(rect.left(), top, rect.width(), bottom - top), m_palette.color(QPalette::Base));
        }
        for (const WorkException& absence : column.absences) {
            const double top = m_g.yOf(absence.time.start, column.date);
            const double bottom = m_g.yOf(absence.time.end, column.date);
            const QRectF area(rect.left(), top, rect.width(), bottom - top);
            m_p.fillRect(area, QBrush(QColor(0xdd, 0xdf, 0xe3), Qt::BDiagPattern));
            if (area.height() > 20) {
                m_p.setPen(QColor(0x60, 0x66, 0x70));
                m_p.drawText(area.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap,
                             WorkingHours::kindName(absence.kind));
            }
        }
    }
}

void CalendarPainter::grid(const QList<CalendarColumn>& columns)
{
    const PainterState guard(m_p);
    m_p.setFont(m_font);
    const double left = m_g.gutterWidth();
    const double right = left + m_g.columnWidth() * columns.size();
    const QFontMetricsF metrics(m_p.font());
    for (int hour = m_g.firstHour(); hour <= m_g.lastHour(); ++hour) {
        const double y = m_g.yOfMinutes(hour * 60.0);
        m_p.setPen(HourLine);
        m_p.drawLine(QPointF(left - 4, y), QPointF(right, y));
        if (hour < m_g.lastHour()) {
            const double half = m_g.yOfMinutes(hour * 60.0 + 30);
            m_p.setPen(HalfHourLine);
            m_p.drawLine(QPointF(left, half), QPointF(right, half));
        }
        m_p.setPen(m_palette.color(QPalette::PlaceholderText));
        const QString label = QTime(hour, 0).toString(QStringLiteral("HH:mm"));
        m_p.drawText(QRectF(0, y - metrics.height() / 2, left - 8, metrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                     label);
    }
    for (int i = 0; i <= columns.size(); ++i) {
        const double x = left + i * m_g.columnWidth();
        const bool dayEdge = i == 0 || i == columns.size() || columns.at(i).date != columns.at(i - 1).date;
        m_p.setPen(QPen(dayEdge ? DayLine : HourLine, dayEdge ? 1.5 : 1.0));
        m_p.drawLine(QPointF(x, dayEdge ? 0 : m_g.dayRowHeight()), QPointF(x, m_g.yOfMinutes(m_g.lastHour() * 60.0)));
    }
}

void CalendarPainter::header(const QList<CalendarColumn>& columns, const QDate& today, bool showClinicianRow)
{
    const PainterState guard(m_p);
    const double width = m_g.columnWidth();
    m_p.fillRect(QRectF(0, 0, m_g.gutterWidth() + width * columns.size(), m_g.headerHeight()),
                 m_palette.color(QPalette::Window));
    const QFont base = m_font;
    QFont bold = base;
    bold.setBold(true);
    int first = 0;
    while (first < columns.size()) {
        int last = first;
        while (last + 1 < columns.size() && columns.at(last + 1).date == columns.at(first).date) {
            ++last;
        }
        const QDate date = columns.at(first).date;
        const QRectF rect(m_g.gutterWidth() + first * width, 0, (last - first + 1) * width, m_g.dayRowHeight());
        if (date == today) {
            m_p.fillRect(rect.adjusted(1, 2, -1, -2), m_palette.color(QPalette::Highlight).lighter(185));
        }
        m_p.setFont(bold);
        m_p.setPen(date == today ? m_palette.color(QPalette::Highlight).darker(130)
                                 : m_palette.color(QPalette::WindowText));
        const QString text = QFontMetricsF(bold).elidedText(dayHeading(date), Qt::ElideRight, rect.width() - 8);
        m_p.drawText(rect, Qt::AlignCenter, text);
        first = last + 1;
    }
    m_p.setFont(base);
    if (showClinicianRow) {
        QFont small = base;
        small.setPointSizeF(small.pointSizeF() * 0.92);
        m_p.setFont(small);
        m_p.setPen(m_palette.color(QPalette::WindowText));
        for (int i = 0; i < columns.size(); ++i) {
            const QRectF rect(m_g.gutterWidth() + i * width, m_g.dayRowHeight(), width, m_g.clinicianRowHeight());
            const QString text =
                QFontMetricsF(small).elidedText(columns.at(i).clinicianName, Qt::ElideRight, rect.width() - 6);
            m_p.drawText(rect, Qt::AlignCenter, text);
        }
    }
    m_p.setFont(base);
    m_p.setPen(DayLine);
    m_p.drawLine(QPointF(0, m_g.headerHeight()),
                 QPointF(m_g.gutterWidth() + width * columns.size(), m_g.headerHeight()));
}

QString CalendarPainter::title(const CalendarEntry& entry)
{
    //: Shown instead of the patient on an appointment of a patient whose record is closed to you.
    return entry.patientLabel.isEmpty() ? tr("(not shown)") : entry.patientLabel;
}

QString CalendarPainter::describe(const CalendarEntry& entry)
{
    QStringList lines;
    lines << title(entry);
    lines << ClinicTime::dayText(ClinicTime::dateOf(entry.time.start)) + QLatin1Char(' ') +
                 ClinicTime::rangeText(entry.time.start, entry.time.end);
    lines << AppointmentTypes::displayName(entry.type) + QStringLiteral(" · ") +
                 Modalities::displayName(entry.modality);
    if (!entry.roomName.isEmpty()) {
        //: %1 is a room's name.
        lines << tr("Room: %1").arg(entry.roomName);
    }
    lines << AppointmentStatuses::displayName(entry.status);
    return lines.join(QLatin1Char('\n'));
}

void CalendarPainter::entry(const PlacedEntry& placed, const CalendarColumn& column, bool selected, bool focused)
{
    const PainterState guard(m_p);
    const CalendarEntry& e = placed.entry;
    const QRectF rect = m_g.entryRect(placed, column.date);
    const bool cancelled = AppointmentStatuses::isCancelled(e.status);
    const bool noShow = e.status == AppointmentStatus::NoShow;
    QPainterPath path;
    path.addRoundedRect(rect, 4, 4);
    m_p.fillPath(path, cancelled ? CancelledFill : AppointmentStyle::fill(e.type));
    if (noShow) {
        m_p.fillPath(path, QBrush(NoShowColour.lighter(160), Qt::BDiagPattern));
    }
    QPen edge(cancelled ? CancelledText : AppointmentStyle::border(e.type), 1);
    if (cancelled) {
        edge.setStyle(Qt::DashLine);
    }
    m_p.setPen(edge);
    m_p.drawPath(path);
    // The type's colour as a bar down the left edge, kept even when cancelled so the type still shows.
    m_p.fillRect(QRectF(rect.left(), rect.top() + 1, 4, rect.height() - 2),
                 noShow ? NoShowColour : AppointmentStyle::border(e.type));
    if (selected) {
        m_p.setPen(QPen(m_palette.color(QPalette::Highlight), focused ? 3 : 2));
        m_p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 5, 5);
    }

    const QRectF textArea = rect.adjusted(8, 2, -3, -2);
    QFont font = m_font;
    font.setPointSizeF(m_font.pointSizeF() * 0.88);
    font.setStrikeOut(cancelled);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    // The whole range when it fits, else the start: narrow week columns still say when.
    QString when = ClinicTime::rangeText(e.time.start, e.time.end);
    if (metrics.horizontalAdvance(when) > textArea.width()) {
        when = ClinicTime::timeText(e.time.start);
    }
    const QString mark = AppointmentStyle::statusMark(e.status);
    const int room = int((textArea.height() + 1) / metrics.height());
    // The patient on up to two lines when the appointment is tall enough to keep the status line too.
    const int labelLines = std::max(1, std::min(2, room - 1 - (mark.isEmpty() ? 0 : 1)));
    struct Line
    {
        QString text;
        QFont font;
        QColor colour;
    };
    const QColor ink = cancelled ? CancelledText : QColor(0x1d, 0x1f, 0x22);
    QList<Line> lines{{when, font, ink}};
    for (const QString& part : wrapped(title(e), bold, textArea.width(), labelLines)) {
        lines.append({part, bold, ink});
    }
    if (!mark.isEmpty()) {
        QFont markFont = bold;
        markFont.setStrikeOut(false);
        lines.append({mark, markFont,
                      noShow      ? NoShowColour
                      : cancelled ? CancelledText
                                  : AppointmentStyle::border(e.type).darker(130)});
    }
    double y = textArea.top();
    for (const Line& line : std::as_const(lines)) {
        if (y + metrics.height() > textArea.bottom() + 1) {
            break;
        }
        m_p.setFont(line.font);
        m_p.setPen(line.colour);
        const QString text = QFontMetricsF(line.font).elidedText(line.text, Qt::ElideRight, textArea.width());
        m_p.drawText(QRectF(textArea.left(), y, textArea.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     text);
        y += metrics.height();
    }
}

void CalendarPainter::nowLine(const QList<CalendarColumn>& columns, const QDateTime& now)
{
    const PainterState guard(m_p);
    const QDateTime local = ClinicTime::toLocal(now);
    const double minutes = local.time().hour() * 60.0 + local.time().minute();
    if (minutes < m_g.firstHour() * 60.0 || minutes > m_g.lastHour() * 60.0) {
        return;
    }
    const double y = m_g.yOfMinutes(minutes);
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).date != local.date()) {
            continue;
        }
        const QRectF rect = m_g.columnRect(i);
        m_p.setPen(QPen(NowColour, 2));
        m_p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        m_p.setBrush(NowColour);
        m_p.setPen(Qt::NoPen);
        m_p.drawEllipse(QPointF(rect.left() + 1, y), 4, 4);
        m_p.setBrush(Qt::NoBrush);
    }
}

void CalendarPainter::ghost(const MoveGhost& ghost, const CalendarColumn& column, const PlacedEntry& moving)
{
    const PainterState guard(m_p);
    PlacedEntry shadow = moving;
    shadow.column = ghost.column;
    shadow.lane = 0;
    shadow.lanes = 1;
    shadow.entry.time = ghost.time;
    const QRectF rect = m_g.entryRect(shadow, column.date);
    const QColor colour = ghost.allowed ? QColor(0x2f, 0x8a, 0x4a) : NowColour;
    QColor fill = colour;
    fill.setAlpha(50);
    m_p.setBrush(fill);
    m_p.setPen(QPen(colour, 2, Qt::DashLine));
    m_p.drawRoundedRect(rect, 4, 4);
    m_p.setBrush(Qt::NoBrush);
    QFont bold = m_font;
    bold.setBold(true);
    m_p.setFont(bold);
    m_p.setPen(colour.darker(140));
    m_p.drawText(rect.adjusted(6, 2, -3, -2), Qt::AlignLeft | Qt::AlignTop,
                 ClinicTime::rangeText(ghost.time.start, ghost.time.end));
}

} // namespace forlop
