#include "session/IdleTimer.h"

#include "util/Clock.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace forlop {

IdleTimer::IdleTimer(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &IdleTimer::check);
}

IdleTimer::~IdleTimer()
{
    stop();
}

void IdleTimer::setTimeoutSeconds(qint64 seconds)
{
    m_timeoutSeconds = std::max<qint64>(1, seconds);
}

void IdleTimer::start()
{
    if (!m_active) {
        if (auto* app = QCoreApplication::instance()) {
            app->installEventFilter(this);
        }
        m_active = true;
    }
    registerActivity();
    m_poll.start();
}

void IdleTimer::stop()
{
    if (m_active) {
        if (auto* app = QCoreApplication::instance()) {
            app->removeEventFilter(this);
        }
        m_active = false;
    }
    m_poll.stop();
}

void IdleTimer::registerActivity()
{
    m_lastActivity = m_clock.now();
    m_fired = false;
}

void IdleTimer::check()
{
    if (!m_active || m_fired) {
        return;
    }
    const QDateTime now = m_clock.now();
    if (now < m_lastActivity) {
        // The system clock was set back: count from the new time rather than waiting out the difference.
        m_lastActivity = now;
        return;
    }
    if (m_lastActivity.secsTo(now) >= m_timeoutSeconds) {
        m_fired = true;
        Q_EMIT idle();
    }
}

bool IdleTimer::isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
        return true;
    default:
        return false;
    }
}

bool IdleTimer::eventFilter(QObject* watched, QEvent* event)
{
    if (isUserInput(event->type())) {
        registerActivity();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace forlop
