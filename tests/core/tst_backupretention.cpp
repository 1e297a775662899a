// The retention rules and the automatic-backup schedule, as pure decisions over times.
#include "backup/BackupRetention.h"
#include "backup/BackupScheduler.h"
#include "util/Clock.h"

#include <QSet>
#include <QTest>

using namespace forlop;

namespace {

using Candidates = QList<BackupRetention::Candidate>;

QDateTime at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::LocalTime).toUTC();
}

// n daily backups at noon, ending on the given day.
Candidates daily(const QDate& last, int n, int perDay = 1)
{
    Candidates list;
    for (int i = 0; i < n; ++i) {
        const QDate day = last.addDays(-i);
        for (int k = 0; k < perDay; ++k) {
            const QDateTime when = QDateTime(day, QTime(8 + k, 0), Qt::LocalTime).toUTC();
            list.append({when.toString(Qt::ISODate), when});
        }
    }
    return list;
}

QSet<QString> kept(const Candidates& all, const QStringList& removed)
{
    QSet<QString> ids;
    for (const auto& candidate : all) {
        if (!removed.contains(candidate.id)) {
            ids.insert(candidate.id);
        }
    }
    return ids;
}

} // namespace

class TestBackupRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEverythingWithinTheRules()
    {
        const Candidates few = daily(QDate(2026, 3, 2), 5);
        QVERIFY(BackupRetention::decide(few, {}).isEmpty());
        QVERIFY(BackupRetention::decide({}, {}).isEmpty());
    }

    void keepsNewestOfEachDay()
    {
        const Candidates all = daily(QDate(2026, 3, 2), 3, 4);
        const QStringList removed = BackupRetention::decide(all, {});
        QCOMPARE(removed.size(), 3 * 3);
        // The newest of each day (11:00) stays.
        for (const QString& id : kept(all, removed)) {
            QCOMPARE(QDateTime::fromString(id, Qt::ISODate).toLocalTime().time().hour(), 11);
        }
    }

    void defaultPolicyOverAYear()
    {
        // One backup a day for 400 days: 7 days + older weeks + older months, never more than 7 + 4 + 12.
        const QDate last(2026, 3, 2);
        const Candidates all = daily(last, 400);
        const QStringList removed = BackupRetention::decide(all, {});
        const QSet<QString> keep = kept(all, removed);
        QVERIFY2(keep.size() >= 12 && keep.size() <= 7 + 4 + 12, qPrintable(QString::number(keep.size())));
        // The last seven days are all kept.
        for (int i = 0; i < 7; ++i) {
            const QDateTime when = QDateTime(last.addDays(-i), QTime(8, 0), Qt::LocalTime).toUTC();
            QVERIFY(keep.contains(when.toString(Qt::ISODate)));
        }
        // Twelve distinct months are represented, the oldest about a year back.
        QSet<int> months;
        QDate oldest = last;
        for (const QString& id : keep) {
            const QDate day = QDateTime::fromString(id, Qt::ISODate).toLocalTime().date();
            months.insert(day.year() * 100 + day.month());
            oldest = std::min(oldest, day);
        }
        QCOMPARE(months.size(), 12);
        QCOMPARE(oldest.year() * 12 + oldest.month(), last.year() * 12 + last.month() - 11);
    }

    void weeksFollowIsoWeeks()
    {
        // Backups only on Sundays and Mondays: 0 daily, 4 weekly keeps the newest of each of 4 ISO weeks.
        Candidates all;
        for (int week = 0; week < 8; ++week) {
            const QDate monday = QDate(2026, 3, 2).addDays(-7 * week); // 2026-03-02 is a Monday
            for (const QDate& day : {monday, monday.addDays(-1)}) {
                all.append({day.toString(Qt::ISODate), at(day.year(), day.month(), day.day())});
            }
        }
        const QStringList removed = BackupRetention::decide(all, {0, 4, 0});
        const QSet<QString> keep = kept(all, removed);
        QCOMPARE(keep.size(), 4);
        // Sunday ends an ISO week, so the newest of each week is a Sunday except the current week's Monday.
        QVERIFY(keep.contains(QStringLiteral("2026-03-02")));
        QVERIFY(keep.contains(QStringLiteral("2026-03-01")));
        QVERIFY(keep.contains(QStringLiteral("2026-02-22")));
        QVERIFY(keep.contains(QStringLiteral("2026-02-15")));
    }

    void neverDeletesTheOnlyBackup()
    {
        const Candidates one = daily(QDate(2020, 1, 1), 1);
        QVERIFY(BackupRetention::decide(one, {0, 0, 0}).isEmpty());
        const Candidates many = daily(QDate(2020, 1, 1), 30);
        const QStringList removed = BackupRetention::decide(many, {0, 0, 0});
        QCOMPARE(removed.size(), 29);
        QVERIFY(!removed.contains(many.first().id)); // the newest
    }

    void schedulerIsDueAfterTheInterval()
    {
        FixedClock clock(at(2026, 3, 2, 9));
        BackupScheduler scheduler(clock, 24);
        QVERIFY(scheduler.isDue(std::nullopt));
        const QDateTime last = clock.now().addSecs(-3600);
        QVERIFY(!scheduler.isDue(last));
        QCOMPARE(scheduler.nextDue(last), last.addSecs(24 * 3600));
        clock.advanceSeconds(23 * 3600);
        QVERIFY(scheduler.isDue(last));
        // A backup stamped in the future (a clock set back) does not postpone the next one.
        QVERIFY(scheduler.isDue(clock.now().addDays(30)));
    }

    void schedulerWaitsAfterAFailure()
    {
        FixedClock clock(at(2026, 3, 2, 9));
        BackupScheduler scheduler(clock, 24);
        scheduler.recordFailure();
        QVERIFY(!scheduler.isDue(std::nullopt));
        clock.advanceSeconds(BackupScheduler::RetryAfterMinutes * 60);
        QVERIFY(scheduler.isDue(std::nullopt));
        scheduler.recordFailure();
        scheduler.recordSuccess();
        QVERIFY(scheduler.isDue(std::nullopt));
    }

    void schedulerAtExit()
    {
        FixedClock clock(at(2026, 3, 2, 17));
        BackupScheduler scheduler(clock);
        QVERIFY(scheduler.isDueAtExit(std::nullopt));
        QVERIFY(!scheduler.isDueAtExit(clock.now().addSecs(-10 * 60)));
        QVERIFY(scheduler.isDueAtExit(clock.now().addSecs(-2 * 3600)));
        QCOMPARE(BackupScheduler(clock, 0).intervalHours(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupRetention)
#include "tst_backupretention.moc"
