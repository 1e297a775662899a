#include "secretary/calendar/CalendarPage.h"

#include "clinic/Clinic.h"
#include "scheduling/Attendance.h"
#include "scheduling/Booking.h"
#include "scheduling/CalendarQuery.h"
#include "scheduling/Cancellation.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/Clinicians.h"
#include "scheduling/WorkingHours.h"
#include "secretary/calendar/CalendarLegend.h"
#include "secretary/calendar/CalendarView.h"
#include "secretary/calendar/CancelDialog.h"
#include "secretary/common/MessageBar.h"
#include "secretary/common/SchedulingEvents.h"
#include "secretary/letters/LetterDialog.h"
#include "util/Clock.h"

#include <QButtonGroup>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace forlop {

namespace {

constexpr int DefaultShown = 4;

QDate mondayOf(const QDate& date)
{
    return date.addDays(Qt::Monday - date.dayOfWeek());
}

QToolButton* toolButton(const QString& text, const QString& name, const QString& tip)
{
    auto* button = new QToolButton;
    button->setText(text);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMinimumHeight(30);
    return button;
}

} // namespace

CalendarPage::CalendarPage(Clinic& clinic, QWidget* parent)
    : QWidget(parent), m_clinic(clinic), m_date(ClinicTime::dateOf(clinic.clock().now()))
{
    setObjectName(QStringLiteral("calendarPage"));
    if (auto clinicians = Clinicians::active(clinic.db())) {
        m_clinicians = *clinicians;
    }
    for (const User& user : std::as_const(m_clinicians)) {
        if (m_shown.size() < DefaultShown) {
            m_shown.append(user.id);
        }
    }

    m_view = new CalendarView;
    m_view->setMoveChecker(
        [this](std::int64_t appointmentId, const Slot& to) { return Booking::checkMove(m_clinic, appointmentId, to); });
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("calendarScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_view);
    m_message = new MessageBar;

    auto* hint = new QLabel(tr("Drag an appointment to move it, or choose it with the arrow keys and press Enter. "
                               "Right-click or the menu key for more."));
    hint->setObjectName(QStringLiteral("calendarHintLabel"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 10);
    layout->setSpacing(8);
    layout->addLayout(buildToolBar());
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(new CalendarLegend);
    layout->addWidget(hint);

    connect(m_view, &CalendarView::moveRequested, this, &CalendarPage::moveAppointment);
    connect(m_view, &CalendarView::moveChecked, this, [this](const QString& refusal, const Slot& to) {
        if (!refusal.isEmpty()) {
            m_message->show(MessageBar::Kind::Error, refusal);
            return;
        }
        //: While moving an appointment: %1 the day, %2 the time, %3 the clinician.
        m_message->show(MessageBar::Kind::Info,
                        tr("%1, %2 with %3. Release the mouse or press Enter to move it here; Escape leaves it.")
                            .arg(ClinicTime::dayText(ClinicTime::dateOf(to.time.start)),
                                 ClinicTime::rangeText(to.time.start, to.time.end), clinicianName(to.clinicianId)));
    });
    connect(m_view, &CalendarView::moveEnded, this, [this] {
        if (m_message->kind() != MessageBar::Kind::Success) {
            m_message->hide();
        }
    });
    connect(m_view, &CalendarView::contextMenuRequested, this, [this](qint64 id, const QPoint& at) {
        QMenu* menu = menuFor(id);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(at);
    });
    connect(m_view, &CalendarView::activated, this, [this](qint64 id) {
        QMenu* menu = menuFor(id);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(QCursor::pos());
    });
    connect(m_view, &CalendarView::cancelRequested, this, [this](qint64 id) { cancelAppointment(id, true); });
    connect(&SchedulingEvents::instance(), &SchedulingEvents::appointmentsChanged, this, [this] {
        m_dirty = true;
        if (isVisible()) {
            reload();
        }
    });
    updatePeriodLabel();
}

QHBoxLayout* CalendarPage::buildToolBar()
{
    auto* bar = new QHBoxLayout;
    auto* title = new QLabel(tr("Calendar"));
    QFont heading = title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    title->setFont(heading);

    auto* previous = toolButton(QStringLiteral("‹"), QStringLiteral("previousButton"), tr("Back (Ctrl+Page Up)"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    auto* today = toolButton(tr("&Today"), QStringLiteral("todayButton"), tr("Go to today"));
    auto* next = toolButton(QStringLiteral("›"), QStringLiteral("nextButton"), tr("Forward (Ctrl+Page Down)"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QFont arrows = previous->font();
    arrows.setPointSizeF(arrows.pointSizeF() * 1.4);
    previous->setFont(arrows);
    next->setFont(arrows);
    previous->setMinimumWidth(34);
    next->setMinimumWidth(34);

    m_period = new QLabel;
    m_period->setObjectName(QStringLiteral("periodLabel"));
    QFont bold = m_period->font();
    bold.setBold(true);
    m_period->setFont(bold);

    m_dayButton = toolButton(tr("&Day"), QStringLiteral("dayViewButton"), tr("One day"));
    m_weekButton = toolButton(tr("&Week"), QStringLiteral("weekViewButton"),
                              tr("Monday to Friday, and the weekend "
                                 "when anyone works then"));
    for (QToolButton* button : {m_dayButton, m_weekButton}) {
        button->setCheckable(true);
        button->setMinimumWidth(64);
    }
    auto* group = new QButtonGroup(this);
    group->addButton(m_dayButton);
    group->addButton(m_weekButton);
    group->setExclusive(true);
    m_weekButton->setChecked(true);

    m_cliniciansMenu = new QMenu(this);
    m_cliniciansMenu->setObjectName(QStringLiteral("cliniciansMenu"));
    m_cliniciansButton = toolButton(QString(), QStringLiteral("cliniciansButton"), tr("Whose calendars to show"));
    m_cliniciansButton->setMenu(m_cliniciansMenu);
    m_cliniciansButton->setPopupMode(QToolButton::InstantPopup);
    rebuildClinicianMenu();

    bar->addWidget(title);
    bar->addSpacing(18);
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_period, 1);
    bar->addWidget(m_dayButton);
    bar->addWidget(m_weekButton);
    bar->addSpacing(12);
    bar->addWidget(m_cliniciansButton);

    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QToolButton::clicked, this, [this] { setDate(ClinicTime::dateOf(m_clinic.clock().now())); });
    connect(m_dayButton, &QToolButton::clicked, this, [this] { setSpan(Span::Day); });
    connect(m_weekButton, &QToolButton::clicked, this, [this] { setSpan(Span::Week); });
    return bar;
}

void CalendarPage::rebuildClinicianMenu()
{
    m_cliniciansMenu->clear();
    auto* all = m_cliniciansMenu->addAction(tr("Show &all"));
    all->setObjectName(QStringLiteral("showAllCliniciansAction"));
    connect(all, &QAction::triggered, this, [this] {
        QList<std::int64_t> ids;
        for (const User& user : std::as_const(m_clinicians)) {
            ids.append(user.id);
        }
        setClinicians(ids);
    });
    m_cliniciansMenu->addSeparator();
    for (const User& user : std::as_const(m_clinicians)) {
        auto* action = m_cliniciansMenu->addAction(Clinicians::displayName(user));
        action->setCheckable(true);
        action->setChecked(m_shown.contains(user.id));
        action->setObjectName(QStringLiteral("clinicianAction%1").arg(user.id));
        connect(action, &QAction::toggled, this, [this, id = user.id](bool on) {
            QList<std::int64_t> ids;
            for (const User& each : std::as_const(m_clinicians)) {
                if (each.id == id ? on : m_shown.contains(each.id)) {
                    ids.append(each.id);
                }
            }
            setClinicians(ids);
        });
    }
    //: The button choosing whose calendars show: %1 shown of %2 clinicians.
    m_cliniciansButton->setText(tr("Clinicians: %1 of %2").arg(m_shown.size()).arg(m_clinicians.size()));
}

void CalendarPage::setSpan(Span span)
{
    m_span = span;
    m_dayButton->setChecked(span == Span::Day);
    m_weekButton->setChecked(span == Span::Week);
    reload();
}

void CalendarPage::setDate(const QDate& date)
{
    m_date = date;
    reload();
}

void CalendarPage::setClinicians(const QList<std::int64_t>& clinicianIds)
{
    m_shown = clinicianIds;
    rebuildClinicianMenu();
    reload();
}

void CalendarPage::step(int direction)
{
    setDate(m_date.addDays(direction * (m_span == Span::Week ? 7 : 1)));
}

QString CalendarPage::clinicianName(std::int64_t id) const
{
    for (const User& user : m_clinicians) {
        if (user.id == id) {
            return Clinicians::displayName(user);
        }
    }
    return {};
}

void CalendarPage::updatePeriodLabel()
{
    if (m_span == Span::Day) {
        m_period->setText(ClinicTime::dayText(m_date));
        return;
    }
    const QDate monday = mondayOf(m_date);
    //: The week shown: %1 the week number, %2 and %3 its first and last day.
    m_period->setText(tr("Week %1: %2 – %3")
                          .arg(monday.weekNumber())
                          .arg(ClinicTime::dateText(monday), ClinicTime::dateText(monday.addDays(6))));
}

void CalendarPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        reload();
    }
}

void CalendarPage::reload()
{
    m_dirty = false;
    updatePeriodLabel();
    const QDate first = m_span == Span::Week ? mondayOf(m_date) : m_date;
    const QDate last = m_span == Span::Week ? first.addDays(6) : m_date;
    const QDateTime now = m_clinic.clock().now();
    auto entries = CalendarQuery::range(m_clinic, m_shown, WorkingHours::wholeDays(first, last), true);
    if (!entries) {
        m_message->show(MessageBar::Kind::Error, entries.error().message);
        m_view->setCalendar({}, {}, 8, 16, now);
        return;
    }
    QHash<std::int64_t, QHash<QDate, DayPlan>> plans;
    for (std::int64_t id : std::as_const(m_shown)) {
        if (auto days = CalendarQuery::workingDays(m_clinic, id, first, last)) {
            for (const DayPlan& plan : std::as_const(*days)) {
                plans[id].insert(plan.date, plan);
            }
        }
    }
    QList<QDate> dates;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        bool show = m_span == Span::Day || date.dayOfWeek() <= Qt::Friday;
        for (std::int64_t id : std::as_const(m_shown)) {
            show = show || !plans.value(id).value(date).working.isEmpty();
        }
        for (const CalendarEntry& entry : std::as_const(*entries)) {
            show = show || ClinicTime::dateOf(entry.time.start) == date;
        }
        if (show) {
            dates.append(date);
        }
    }
    int firstHour = 8;
    int lastHour = 16;
    auto widen = [&](const TimeRange& range) {
        const QTime start = ClinicTime::timeOf(range.start);
        const QTime end = ClinicTime::timeOf(range.end);
        firstHour = std::min(firstHour, start.hour());
        const bool endsNextDay = ClinicTime::dateOf(range.end) != ClinicTime::dateOf(range.start);
        lastHour = std::max(lastHour, endsNextDay ? 24 : end.hour() + (end.minute() > 0 ? 1 : 0));
    };
    QList<CalendarColumn> columns;
    for (const QDate& date : std::as_const(dates)) {
        for (std::int64_t id : std::as_const(m_shown)) {
            const DayPlan plan = plans.value(id).value(date);
            for (const TimeRange& range : plan.working) {
                widen(range);
            }
            columns.append(CalendarColumn{date, id, clinicianName(id), plan.working, plan.absences});
        }
    }
    for (const CalendarEntry& entry : std::as_const(*entries)) {
        widen(entry.time);
    }
    m_view->setCalendar(columns, *entries, std::clamp(firstHour, 0, 23), std::clamp(lastHour, 1, 24), now);
}

QMenu* CalendarPage::menuFor(std::int64_t appointmentId)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("appointmentMenu"));
    std::optional<CalendarEntry> found;
    for (const PlacedEntry& placed : m_view->entries()) {
        if (placed.entry.appointmentId == appointmentId) {
            found = placed.entry;
        }
    }
    if (!found) {
        return menu;
    }
    const CalendarEntry entry = *found;
    const bool booked = entry.status == AppointmentStatus::Booked;
    const bool known = !entry.patientLabel.isEmpty();
    const bool begun = entry.time.start <= m_clinic.clock().now();
    const bool markable = begun && !AppointmentStatuses::isCancelled(entry.status);

    auto add = [menu](const QString& text, const char* name, bool enabled) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setEnabled(enabled);
        return action;
    };
    QAction* move = add(tr("&Move…"), "moveAction", booked && known);
    QAction* letter = add(tr("Appointment &letter…"), "letterAction", booked && known);
    menu->addSeparator();
    QAction* attended =
        add(tr("Mark as &attended"), "attendedAction", markable && entry.status != AppointmentStatus::Attended);
    QAction* noShow =
        add(tr("Mark as &no-show"), "noShowAction", markable && entry.status != AppointmentStatus::NoShow);
    menu->addSeparator();
    QAction* byPatient = add(tr("Cancel: the &patient called it off…"), "cancelByPatientAction", booked && known);
    QAction* byClinic = add(tr("Cancel: the &clinic called it off…"), "cancelByClinicAction", booked && known);

    connect(move, &QAction::triggered, this, [this, appointmentId] {
        m_view->select(appointmentId);
        m_view->beginMove();
    });
    connect(letter, &QAction::triggered, this,
            [this, appointmentId] { LetterDialog::openFor(m_clinic, appointmentId, this); });
    connect(attended, &QAction::triggered, this, [this, appointmentId] { markAttendance(appointmentId, true); });
    connect(noShow, &QAction::triggered, this, [this, appointmentId] { markAttendance(appointmentId, false); });
    connect(byPatient, &QAction::triggered, this, [this, appointmentId] { cancelAppointment(appointmentId, true); });
    connect(byClinic, &QAction::triggered, this, [this, appointmentId] { cancelAppointment(appointmentId, false); });
    return menu;
}

bool CalendarPage::moveAppointment(std::int64_t appointmentId, const Slot& to)
{
    if (auto status = Booking::move(m_clinic, appointmentId, to); !status) {
        m_message->show(MessageBar::Kind::Error, status.error().message);
        return false;
    }
    //: After a move: %1 the day, %2 the time, %3 the clinician.
    m_message->show(MessageBar::Kind::Success,
                    tr("Moved to %1, %2 with %3.")
                        .arg(ClinicTime::dayText(ClinicTime::dateOf(to.time.start)),
                             ClinicTime::rangeText(to.time.start, to.time.end), clinicianName(to.clinicianId)));
    SchedulingEvents::instance().notifyAppointmentsChanged();
    m_view->select(appointmentId);
    return true;
}

void CalendarPage::cancelAppointment(std::int64_t appointmentId, bool byPatient)
{
    std::optional<CalendarEntry> entry;
    for (const PlacedEntry& placed : m_view->entries()) {
        if (placed.entry.appointmentId == appointmentId) {
            entry = placed.entry;
        }
    }
    if (!entry || entry->status != AppointmentStatus::Booked) {
        return;
    }
    const QString text = CalendarPainter::title(*entry) + QStringLiteral(", ") +
                         ClinicTime::dayText(ClinicTime::dateOf(entry->time.start)) + QLatin1Char(' ') +
                         ClinicTime::rangeText(entry->time.start, entry->time.end);
    auto* dialog = new CancelDialog(
        text, byPatient ? CancelledBy::Patient : CancelledBy::Clinic,
        [this, appointmentId](CancelledBy by, const QString& reason) -> Status {
            if (auto status = Cancellation::cancel(m_clinic, appointmentId, by, reason); !status) {
                return status;
            }
            m_message->show(MessageBar::Kind::Success, tr("The appointment was cancelled; the time is free again."));
            SchedulingEvents::instance().notifyAppointmentsChanged();
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CalendarPage::markAttendance(std::int64_t appointmentId, bool attended)
{
    if (auto status = Attendance::mark(m_clinic, appointmentId, attended ? Outcome::Attended : Outcome::NoShow);
        !status) {
        m_message->show(MessageBar::Kind::Error, status.error().message);
        return;
    }
    m_message->show(MessageBar::Kind::Success, attended ? tr("Marked as attended.") : tr("Marked as a no-show."));
    SchedulingEvents::instance().notifyAppointmentsChanged();
}

} // namespace forlop
