#include "session/IdleTimer.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace forlop;

class TestIdleTimer : public QObject
{
    Q_OBJECT

private:
    static QDateTime start() { return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); }

    // Delivers an event through the application, as the event loop would, so the filter sees it.
    static void deliver(QObject* target, QEvent::Type type)
    {
        QEvent event(type);
        QCoreApplication::sendEvent(target, &event);
    }

private Q_SLOTS:
    void firesOnceAfterTheTimeout()
    {
        FixedClock clock(start());
        IdleTimer timer(clock);
        timer.setTimeoutSeconds(300);
        QSignalSpy idle(&timer, &IdleTimer::idle);
        timer.start();

        clock.advanceSeconds(299);
        timer.check();
        QCOMPARE(idle.count(), 0);

        clock.advanceSeconds(1);
        timer.check();
        QCOMPARE(idle.count(), 1);

        clock.advanceSeconds(600);
        timer.check();
        timer.check();
        QCOMPARE(idle.count(), 1);
    }

    void inputEventsRestartTheCount()
    {
        FixedClock clock(start());
        IdleTimer timer(clock);
        timer.setTimeoutSeconds(60);
        QSignalSpy idle(&timer, &IdleTimer::idle);
        timer.start();
        QObject target;

        clock.advanceSeconds(50);
        deliver(&target, QEvent::KeyPress);
        clock.advanceSeconds(50);
        timer.check();
        QCOMPARE(idle.count(), 0); // 100 s since start, but only 50 s since the key press

        deliver(&target, QEvent::MouseButtonPress);
        clock.advanceSeconds(59);
        timer.check();
        QCOMPARE(idle.count(), 0);
        clock.advanceSeconds(1);
        timer.check();
        QCOMPARE(idle.count(), 1);
    }

    void activityArmsItAgainAfterFiring()
    {
        FixedClock clock(start());
        IdleTimer timer(clock);
        timer.setTimeoutSeconds(10);
        QSignalSpy idle(&timer, &IdleTimer::idle);
        timer.start();
        QObject target;

        clock.advanceSeconds(10);
        timer.check();
        QCOMPARE(idle.count(), 1);

        deliver(&target, QEvent::Wheel);
        clock.advanceSeconds(10);
        timer.check();
        QCOMPARE(idle.count(), 2);
    }

    void otherEventsAreNotActivity()
    {
        FixedClock clock(start());
        IdleTimer timer(clock);
        timer.setTimeoutSeconds(10);
        QSignalSpy idle(&timer, &IdleTimer::idle);
        timer.start();
        QObject target;

        clock.advanceSeconds(9);
        for (QEvent::Type type : {QEvent::Timer, QEvent::Paint, QEvent::UpdateRequest, QEvent::FocusIn}) {
            deliver(&target, type);
        }
        clock.advanceSeconds(1);
        timer.check();
        QCOMPARE(idle.count(), 1);
    }

    void stoppedTimerIgnoresEverything()
    {
        FixedClock clock(start());
        IdleTimer timer(clock);
        timer.setTimeoutSeconds(10);
        QSignalSpy idle(&timer, &IdleTimer::idle);
        QVERIFY(!timer.isActive());
        clock.advanceSeconds(100);
        timer.check();
        QCOMPARE(idle.count(), 0);

        timer.start();
        QVERIFY(timer.isActive());
        timer.stop();
        QVERIFY(!timer.isActive());
        clock.advanceSeconds(100);
        timer.check();
        QCOMPARE(idle.count(), 0);

        // Restarting counts from the restart, not from the old activity.
        timer.start();
        clock.advanceSeconds(9);
        timer.check();
        QCOMPARE(idle.count(), 0);
    }

    void clockSetBackDoesNotPostponeForever()
    {
        FixedClock clock(start());
        IdleTimer timer(clock);
        timer.setTimeoutSeconds(10);
        QSignalSpy idle(&timer, &IdleTimer::idle);
        timer.start();

        clock.advanceSeconds(-3600);
        timer.check();
        QCOMPARE(idle.count(), 0);
        clock.advanceSeconds(10);
        timer.check();
        QCOMPARE(idle.count(), 1);
    }

    void pollsTheClockOnItsOwn()
    {
        FixedClock clock(start());
        IdleTimer timer(clock);
        timer.setTimeoutSeconds(60);
        QSignalSpy idle(&timer, &IdleTimer::idle);
        timer.start();
        clock.advanceSeconds(61);
        // The poll runs once a second in the event loop; no explicit check() here.
        QVERIFY(idle.wait(3000));
        QCOMPARE(idle.count(), 1);
    }

    void timeoutHasAFloorOfOneSecond()
    {
        FixedClock clock(start());
        IdleTimer timer(clock);
        timer.setTimeoutSeconds(0);
        QCOMPARE(timer.timeoutSeconds(), 1);
        timer.setTimeoutSeconds(-5);
        QCOMPARE(timer.timeoutSeconds(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIdleTimer)
#include "tst_idletimer.moc"
