#pragma once

#include "accounts/User.h"
#include "scheduling/Slot.h"

#include <QDate>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QMenu;
class QScrollArea;
class QToolButton;

namespace forlop {

class CalendarView;
class Clinic;
class MessageBar;

// The clinicians' calendars, a day or a week at a time, several side by side. Reads only the visible range from
// core (one calendar query, audited as a view); moves go through core's booking rules, and a refusal is shown as
// core words it, naming the conflict.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPage(Clinic& clinic, QWidget* parent = nullptr);

    enum class Span { Day, Week };

    void setSpan(Span span);
    void setDate(const QDate& date);
    void setClinicians(const QList<std::int64_t>& clinicianIds);
    [[nodiscard]] Span span() const { return m_span; }
    [[nodiscard]] QDate date() const { return m_date; }
    [[nodiscard]] QList<std::int64_t> shownClinicians() const { return m_shown; }
    [[nodiscard]] CalendarView* view() const { return m_view; }
    [[nodiscard]] MessageBar* messageBar() const { return m_message; }

    // Reads the visible range again.
    void reload();
    // The actions for an appointment, as its context menu offers them (the caller owns the menu).
    [[nodiscard]] QMenu* menuFor(std::int64_t appointmentId);
    // Moves through core; shows the refusal or the new time. True when moved.
    bool moveAppointment(std::int64_t appointmentId, const Slot& to);

protected:
    void showEvent(QShowEvent* event) override;

private:
    [[nodiscard]] QHBoxLayout* buildToolBar();
    void step(int direction);
    void rebuildClinicianMenu();
    void updatePeriodLabel();
    void cancelAppointment(std::int64_t appointmentId, bool byPatient);
    void markAttendance(std::int64_t appointmentId, bool attended);
    [[nodiscard]] QString clinicianName(std::int64_t id) const;

    Clinic& m_clinic;
    Span m_span = Span::Week;
    QDate m_date;
    QList<User> m_clinicians;
    QList<std::int64_t> m_shown;
    bool m_dirty = true;

    QLabel* m_period = nullptr;
    QToolButton* m_dayButton = nullptr;
    QToolButton* m_weekButton = nullptr;
    QToolButton* m_cliniciansButton = nullptr;
    QMenu* m_cliniciansMenu = nullptr;
    MessageBar* m_message = nullptr;
    QScrollArea* m_scroll = nullptr;
    CalendarView* m_view = nullptr;
};

} // namespace forlop
