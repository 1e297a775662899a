#pragma once

#include <QObject>

namespace forlop {

// Tells the desk's screens that appointments or patients changed (a booking from the phone intake, a move in the
// calendar), so each page reloads what it shows the next time it is on screen. One per application.
class SchedulingEvents : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] static SchedulingEvents& instance();

    void notifyAppointmentsChanged() { Q_EMIT appointmentsChanged(); }
    void notifyPatientsChanged() { Q_EMIT patientsChanged(); }

Q_SIGNALS:
    void appointmentsChanged();
    void patientsChanged();

private:
    SchedulingEvents() = default;
};

} // namespace forlop
