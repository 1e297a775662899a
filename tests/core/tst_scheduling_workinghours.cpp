// Keeping working hours: templates checked before they are stored, a new template replacing one from the same day,
// who may change whose hours, and exceptions added and removed with an audit row each.
#include "scheduling/Availability.h"
#include "tst_scheduling_fixture.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

Q_DECLARE_METATYPE(forlop::WeekTemplate)

class TestSchedulingWorkingHours : public QObject
{
    Q_OBJECT

    std::unique_ptr<SchedulingClinic> m_clinic;
    std::unique_ptr<Clinic> m_desk;

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<SchedulingClinic>();
        m_desk = m_clinic->open("sekretar");
        QVERIFY(m_desk);
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_clinic.reset();
    }

    void invalidTemplates_data()
    {
        QTest::addColumn<WeekTemplate>("week");
        QTest::addColumn<QString>("refusal");
        const QDate from(2026, 5, 1);
        QTest::newRow("no date") << WeekTemplate{QDate(), {}}
                                 << QStringLiteral("Choose the date the working hours apply from.");
        QTest::newRow("no weekday") << WeekTemplate{from, {WorkPeriod{8, QTime(8, 0), QTime(12, 0)}}}
                                    << QStringLiteral("A working period has no valid weekday.");
        QTest::newRow("ends before it starts")
            << WeekTemplate{from, {WorkPeriod{Qt::Tuesday, QTime(12, 0), QTime(8, 0)}}}
            << QStringLiteral("A working period on Tuesday must start before it ends, on whole five minutes.");
        QTest::newRow("off the grid") << WeekTemplate{from, {WorkPeriod{Qt::Friday, QTime(8, 3), QTime(12, 0)}}}
                                      << QStringLiteral("A working period on Friday must start before it ends, on "
                                                        "whole five minutes.");
        QTest::newRow("overlapping periods") << WeekTemplate{from,
                                                             {WorkPeriod{Qt::Monday, QTime(8, 0), QTime(12, 0)},
                                                              WorkPeriod{Qt::Monday, QTime(11, 30), QTime(15, 0)}}}
                                             << QStringLiteral("Two working periods on Monday overlap.");
    }

    void invalidTemplates()
    {
        QFETCH(WeekTemplate, week);
        QFETCH(QString, refusal);
        const std::int64_t before = scalar(*m_desk, "SELECT count(*) FROM work_template");
        auto status = WorkingHours::setWeek(*m_desk, m_clinic->psykolog1, week);
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::InvalidInput);
        QCOMPARE(status.error().message, refusal);
        QCOMPARE(scalar(*m_desk, "SELECT count(*) FROM work_template"), before);
    }

    void templatesOverTime()
    {
        // Touching periods with a lunch break; then the same first day again replaces it.
        WeekTemplate may{
            QDate(2026, 5, 4),
            {WorkPeriod{Qt::Monday, QTime(8, 0), QTime(11, 30)}, WorkPeriod{Qt::Monday, QTime(12, 0), QTime(15, 30)}}};
        QVERIFY(WorkingHours::setWeek(*m_desk, m_clinic->psykolog2, may));
        may.periods = {WorkPeriod{Qt::Tuesday, QTime(9, 0), QTime(14, 0)}};
        QVERIFY(WorkingHours::setWeek(*m_desk, m_clinic->psykolog2, may));
        QCOMPARE(scalar(*m_desk, "SELECT count(*) FROM work_template WHERE clinician_id = ?1", m_clinic->psykolog2), 2);

        auto before = WorkingHours::weekOn(*m_desk, m_clinic->psykolog2, QDate(2026, 5, 3));
        QVERIFY(before && *before);
        QCOMPARE((*before)->validFrom, QDate(2026, 1, 1));
        QCOMPARE((*before)->periods.size(), 5);
        auto after = WorkingHours::weekOn(*m_desk, m_clinic->psykolog2, QDate(2026, 6, 1));
        QVERIFY(after && *after);
        QCOMPARE((*after)->validFrom, QDate(2026, 5, 4));
        QCOMPARE((*after)->periods.size(), 1);
        QCOMPARE((*after)->periods.first().weekday, int(Qt::Tuesday));
        auto none = WorkingHours::weekOn(*m_desk, m_clinic->psykolog2, QDate(2025, 12, 31));
        QVERIFY(none && !*none);
        QVERIFY(scalar(*m_desk, "SELECT count(*) FROM audit_log WHERE action = 'working_hours.set'") >= 2);

        // An empty template: not working from that day on.
        QVERIFY(WorkingHours::setWeek(*m_desk, m_clinic->psykolog2, WeekTemplate{QDate(2026, 7, 1), {}}));
        auto plans = Availability::days(m_desk->db(), m_clinic->psykolog2, QDate(2026, 6, 30), QDate(2026, 7, 1));
        QVERIFY(plans);
        QCOMPARE(plans->at(0).working, QList<TimeRange>{(TimeRange{oslo(2026, 6, 30, 9), oslo(2026, 6, 30, 14)})});
        QVERIFY(plans->at(1).working.isEmpty());
    }

    void whoKeepsWhoseHours()
    {
        const WeekTemplate week = weekdays(QTime(9, 0), QTime(15, 0), QDate(2026, 9, 1));
        auto own = m_clinic->open("psykolog1");
        QVERIFY(own);
        QVERIFY(WorkingHours::setWeek(*own, m_clinic->psykolog1, week));
        auto other = WorkingHours::setWeek(*own, m_clinic->psykolog2, week);
        QVERIFY(!other);
        QCOMPARE(other.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(other.error().message, QStringLiteral("You can change only your own working hours."));
        auto wholeClinic =
            WorkingHours::addException(*own, std::nullopt, ExceptionKind::Holiday,
                                       WorkingHours::wholeDays(QDate(2026, 12, 24), QDate(2026, 12, 24)));
        QCOMPARE(wholeClinic.error().code, ErrorCode::PermissionDenied);
        auto sick = WorkingHours::addException(*own, m_clinic->psykolog1, ExceptionKind::Sick,
                                               WorkingHours::wholeDays(QDate(2026, 9, 7), QDate(2026, 9, 7)));
        QVERIFY(sick);

        auto leader = m_clinic->open("leder");
        QVERIFY(WorkingHours::setWeek(*leader, m_clinic->psykolog2, week));
        auto admin = m_clinic->open("admin");
        QCOMPARE(WorkingHours::setWeek(*admin, m_clinic->psykolog2, week).error().code, ErrorCode::PermissionDenied);
        // Nobody keeps hours for a secretary: she has no calendar of appointments.
        QCOMPARE(WorkingHours::setWeek(*m_desk, m_clinic->sekretar, week).error().code, ErrorCode::InvalidInput);

        // A clinician cannot remove another clinician's exception; the secretary can.
        auto theirs = WorkingHours::addException(*m_desk, m_clinic->psykolog2, ExceptionKind::Course,
                                                 {oslo(2026, 9, 8, 12), oslo(2026, 9, 8, 16)});
        QVERIFY(theirs);
        QCOMPARE(WorkingHours::removeException(*own, theirs->id).error().code, ErrorCode::PermissionDenied);
        QVERIFY(WorkingHours::removeException(*m_desk, theirs->id));
        QCOMPARE(WorkingHours::removeException(*m_desk, theirs->id).error().code, ErrorCode::NotFound);
        QVERIFY(WorkingHours::removeException(*own, sick->id));
    }

    void invalidExceptions()
    {
        auto backwards = WorkingHours::addException(*m_desk, m_clinic->psykolog1, ExceptionKind::Holiday,
                                                    {oslo(2026, 10, 2, 0), oslo(2026, 10, 1, 0)});
        QCOMPARE(backwards.error().code, ErrorCode::InvalidInput);
        auto offGrid = WorkingHours::addException(*m_desk, m_clinic->psykolog1, ExceptionKind::Other,
                                                  {oslo(2026, 10, 1, 9, 2), oslo(2026, 10, 1, 10)});
        QCOMPARE(offGrid.error().code, ErrorCode::InvalidInput);
        auto extraForAll = WorkingHours::addException(*m_desk, std::nullopt, ExceptionKind::Extra,
                                                      {oslo(2026, 10, 3, 10), oslo(2026, 10, 3, 14)});
        QCOMPARE(extraForAll.error().code, ErrorCode::InvalidInput);
        auto holiday = WorkingHours::addException(*m_desk, std::nullopt, ExceptionKind::Holiday,
                                                  WorkingHours::wholeDays(QDate(2026, 12, 24), QDate(2026, 12, 26)));
        QVERIFY(holiday);
        auto seen = WorkingHours::exceptions(*m_desk, m_clinic->psykiater1,
                                             WorkingHours::wholeDays(QDate(2026, 12, 25), QDate(2026, 12, 25)));
        QVERIFY(seen);
        QCOMPARE(seen->size(), 1);
        QVERIFY(!seen->first().clinicianId);
        QCOMPARE(scalar(*m_desk,
                        "SELECT count(*) FROM audit_log WHERE action = 'working_hours.exception_add' "
                        "AND object_id = ?1",
                        holiday->id),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestSchedulingWorkingHours)
#include "tst_scheduling_workinghours.moc"
