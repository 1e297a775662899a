// The queries a large clinic repeats all day read index ranges, not tables: the plans are checked here so a
// change that loses an index fails a test long before the benchmark notices.
#include "tst_scheduling_fixture.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

QString planOf(Clinic& clinic, const QByteArray& sql)
{
    auto stmt = clinic.db().prepare(("EXPLAIN QUERY PLAN " + sql).constData());
    if (!stmt) {
        return stmt.error().message;
    }
    QStringList lines;
    while (auto row = stmt->step()) {
        if (!*row) {
            break;
        }
        lines << stmt->text(3);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSchedulingIndexes : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestClinic> m_clinic;
    std::unique_ptr<Clinic> m_leader;

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<TestClinic>();
        m_leader = m_clinic->open(QStringLiteral("leder"));
        QVERIFY(m_leader);
        QVERIFY(m_leader->db().exec("ANALYZE"));
    }

    void cleanupTestCase()
    {
        m_leader.reset();
        m_clinic.reset();
    }

    void plans_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        // The overlap test every conflict check, calendar and free-slot search uses.
        const QByteArray overlap = "SELECT id FROM appointment WHERE %1 = ?1 AND starts_at > ?2 AND starts_at < ?3 "
                                   "AND ends_at > ?4 AND status NOT IN ('cancelled_by_patient', 'cancelled_by_clinic')";
        QTest::newRow("clinician's calendar") << QByteArray(overlap).replace("%1", "clinician_id")
                                              << "INDEX appointment_clinician (clinician_id=? AND starts_at>? "
                                                 "AND starts_at<?)";
        QTest::newRow("room's calendar") << QByteArray(overlap).replace("%1", "room_id")
                                         << "INDEX appointment_room (room_id=? AND starts_at>? AND starts_at<?)";
        QTest::newRow("patient's appointments") << QByteArray(overlap).replace("%1", "patient_id")
                                                << "INDEX appointment_patient (patient_id=? AND starts_at>? "
                                                   "AND starts_at<?)";
        QTest::newRow("patient's next appointment")
            << QByteArray("SELECT id FROM appointment WHERE patient_id = ?1 AND starts_at >= ?2 AND status = 'booked' "
                          "ORDER BY starts_at LIMIT 1")
            << "INDEX appointment_patient (patient_id=? AND starts_at>?)";
        QTest::newRow("series") << QByteArray("SELECT id FROM appointment WHERE series_id = ?1 ORDER BY series_slot")
                                << "INDEX appointment_series_slot (series_id=?)";
        QTest::newRow("waiting times") << QByteArray("SELECT patient_id FROM referral WHERE first_offered_on "
                                                     "BETWEEN ?1 AND ?2")
                                       << "INDEX referral_first_offered (first_offered_on>? AND "
                                          "first_offered_on<?)";
    }

    void plans()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        const QString plan = planOf(*m_leader, sql);
        QVERIFY2(plan.contains(expected), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("SCAN appointment")), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestSchedulingIndexes)
#include "tst_scheduling_indexes.moc"
