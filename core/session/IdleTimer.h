#pragma once

#include <QDateTime>
#include <QEvent>
#include <QObject>
#include <QTimer>

namespace forlop {

class Clock;

// Notices when nobody has touched the application for a while, so a shared clinic PC locks itself.
// Installed as an application-wide event filter: every keyboard, mouse, wheel or touch event counts as
// activity. Time comes from the injected clock (not from the timer), so tests can drive it with a FixedClock;
// the timer only polls the clock once a second.
class IdleTimer : public QObject
{
    Q_OBJECT

public:
    explicit IdleTimer(const Clock& clock, QObject* parent = nullptr);
    ~IdleTimer() override;

    // Idle time after which idle() is emitted; at least one second.
    void setTimeoutSeconds(qint64 seconds);
    [[nodiscard]] qint64 timeoutSeconds() const { return m_timeoutSeconds; }

    // Counts from now, watches the application's input and polls the clock.
    void start();
    // Stops watching (while the window is locked there is nothing to lock).
    void stop();
    [[nodiscard]] bool isActive() const { return m_active; }

    // Counts as activity, as an input event does.
    void registerActivity();
    // Compares the clock with the last activity; emits idle() once when the timeout has passed.
    // Called by the poll timer; public so tests can step a FixedClock without waiting.
    void check();

    [[nodiscard]] static bool isUserInput(QEvent::Type type);

Q_SIGNALS:
    // Emitted once per idle period: activity (or start()) arms it again.
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    QTimer m_poll;
    QDateTime m_lastActivity;
    qint64 m_timeoutSeconds = 300;
    bool m_active = false;
    bool m_fired = false;
};

} // namespace forlop
