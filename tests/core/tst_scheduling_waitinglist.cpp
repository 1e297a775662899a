// The waiting list: who is on it, urgent first then the longest waiting, days waited by the clinic's calendar on a
// fixed clock; booking takes a patient off and records the waiting time, a cancelled first appointment puts them
// back; waiting-time figures for reports.
#include "access/PatientAccess.h"
#include "scheduling/Booking.h"
#include "scheduling/Cancellation.h"
#include "scheduling/WaitingList.h"
#include "scheduling/WaitingTimes.h"
#include "tst_scheduling_fixture.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

QStringList labels(const QList<WaitingEntry>& entries)
{
    QStringList result;
    for (const WaitingEntry& entry : entries) {
        result << entry.patientLabel;
    }
    return result;
}

QList<int> days(const QList<WaitingEntry>& entries)
{
    QList<int> result;
    for (const WaitingEntry& entry : entries) {
        result << entry.daysWaited;
    }
    return result;
}

} // namespace

class TestSchedulingWaitingList : public QObject
{
    Q_OBJECT

    std::unique_ptr<SchedulingClinic> m_clinic;
    std::unique_ptr<Clinic> m_desk;
    QHash<QString, std::int64_t> m_patients;

    void add(const char* key, const char* state, const QDate& received, const char* urgency = "normal",
             const char* name = "")
    {
        m_patients.insert(QString::fromLatin1(key),
                          addPatient(*m_desk, QString::fromLatin1(state), std::nullopt, received,
                                     QString::fromLatin1(urgency), QString::fromUtf8(name)));
    }

    // What the list shows for each patient: the name when registered with one, else the generated pseudonym.
    QStringList expected(std::initializer_list<const char*> keys)
    {
        QStringList result;
        for (const char* key : keys) {
            const std::int64_t id = m_patients.value(QString::fromLatin1(key));
            result << (qstrcmp(key, "E") == 0 ? QStringLiteral("Ola Testesen") : pseudonymOf(*m_desk, id));
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<SchedulingClinic>();
        m_desk = m_clinic->open("sekretar");
        QVERIFY(m_desk);
        add("A", "waiting", QDate(2026, 1, 10));
        add("B", "referred", QDate(2026, 2, 20), "urgent");
        add("C", "waiting", QDate(2026, 1, 5));
        add("D", "waiting", QDate(2026, 2, 25), "urgent");
        add("E", "waiting", QDate(2026, 1, 5), "normal", "Ola Testesen");
        add("F", "treatment", QDate(2026, 1, 1));
        add("G", "waiting", QDate(2026, 1, 2));
        add("H", "waiting", QDate(2026, 1, 3));
        add("I", "excluded", QDate(2026, 1, 4));
        // G has a first appointment booked; H had one, but the clinic cancelled it.
        QVERIFY(Booking::book(*m_desk, {m_patients[QStringLiteral("G")], AppointmentType::FirstContact, Modality::Phone,
                                        Slot::of(m_clinic->psykolog1, oslo(2026, 3, 3, 9), 45)}));
        auto cancelled =
            Booking::book(*m_desk, {m_patients[QStringLiteral("H")], AppointmentType::FirstContact, Modality::Phone,
                                    Slot::of(m_clinic->psykolog1, oslo(2026, 3, 3, 10), 45)});
        QVERIFY(cancelled);
        QVERIFY(Cancellation::cancel(*m_desk, *cancelled, CancelledBy::Clinic, QStringLiteral("Clinician ill")));
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_clinic.reset();
    }

    void orderAndDaysWaited_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QList<int>>("daysWaited");
        // Order: urgent by received date (B, D), then the others by received date (H, C, E, A; C and E arrived the
        // same day and keep the order they were registered in).
        QTest::newRow("monday 2 march") << oslo(2026, 3, 2, 10) << QList<int>{10, 5, 58, 56, 56, 51};
        QTest::newRow("a week later") << oslo(2026, 3, 9, 10) << QList<int>{17, 12, 65, 63, 63, 58};
        // 23:30 UTC on 2 March is already 3 March in Oslo.
        QTest::newRow("just after midnight in oslo")
            << QDateTime(QDate(2026, 3, 2), QTime(23, 30), Qt::UTC) << QList<int>{11, 6, 59, 57, 57, 52};
        QTest::newRow("summer time") << oslo(2026, 3, 30, 0, 30) << QList<int>{38, 33, 86, 84, 84, 79};
    }

    void orderAndDaysWaited()
    {
        QFETCH(QDateTime, now);
        QFETCH(QList<int>, daysWaited);
        m_clinic->clinic.clock().set(now.toUTC());
        auto entries = WaitingList::entries(*m_desk);
        QVERIFY(entries);
        QCOMPARE(labels(*entries), expected({"B", "D", "H", "C", "E", "A"}));
        QCOMPARE(days(*entries), daysWaited);
        QVERIFY(entries->at(0).urgent && entries->at(1).urgent && !entries->at(2).urgent);
        QCOMPARE(entries->at(0).state, PatientStates::id(PatientState::Referred));
        QCOMPARE(entries->at(2).state, PatientStates::id(PatientState::Waiting));
        QCOMPARE(entries->at(0).channel, ReferralCodes::id(ReferralChannel::Phone));
        // H's cancelled first appointment still counts as the first offer.
        QCOMPARE(entries->at(2).firstOfferedOn, std::optional<QDate>(QDate(2026, 3, 3)));
        QVERIFY(!entries->at(3).firstOfferedOn);
        m_clinic->clinic.clock().set(oslo(2026, 3, 2, 10).toUTC());
    }

    void bookingTakesThePatientOff()
    {
        const std::int64_t c = m_patients[QStringLiteral("C")];
        auto entries = WaitingList::entries(*m_desk);
        QVERIFY(entries);
        const WaitingEntry entry = entries->at(3);
        QCOMPARE(entry.patientId, c);
        // "Find slot" from the list offers a time the patient can be booked into.
        auto slots = FreeSlotSearch::find(*m_desk, WaitingList::slotSearchFor(entry));
        QVERIFY(slots && !slots->isEmpty());
        QCOMPARE(WaitingList::slotSearchFor(entry).type, AppointmentType::EligibilityAssessment);
        auto booked =
            Booking::book(*m_desk, {c, AppointmentType::EligibilityAssessment, Modality::InPerson, slots->first()});
        QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
        entries = WaitingList::entries(*m_desk);
        QCOMPARE(labels(*entries), expected({"B", "D", "H", "E", "A"}));
        // The waiting time is stored on the referral.
        auto leader = m_clinic->open("leder");
        QVERIFY(leader);
        auto times = WaitingTimes::offeredBetween(*leader, QDate(2026, 3, 1), QDate(2026, 3, 31));
        QVERIFY(times);
        QCOMPARE(times->size(), 3); // G and H on 3 March, C today
        const WaitingTime& forC = times->first();
        QCOMPARE(forC.patientId, c);
        QCOMPARE(forC.receivedOn, QDate(2026, 1, 5));
        QCOMPARE(forC.firstOfferedOn, ClinicTime::dateOf(slots->first().time.start));
        QCOMPARE(forC.days, int(QDate(2026, 1, 5).daysTo(forC.firstOfferedOn)));
        // A cancelled first appointment puts the patient back on the list.
        QVERIFY(Cancellation::cancel(*m_desk, *booked, CancelledBy::Patient, QStringLiteral("Cannot come")));
        entries = WaitingList::entries(*m_desk);
        QCOMPARE(labels(*entries), expected({"B", "D", "H", "C", "E", "A"}));
    }

    void blockedAndForbidden()
    {
        auto leader = m_clinic->open("leder");
        QVERIFY(leader);
        const std::int64_t e = m_patients[QStringLiteral("E")];
        QVERIFY(PatientAccess::block(*leader, e, m_clinic->sekretar));
        auto entries = WaitingList::entries(*m_desk);
        QVERIFY(entries);
        QVERIFY(!labels(*entries).contains(QStringLiteral("Ola Testesen")));
        QCOMPARE(labels(*WaitingList::entries(*leader)).count(QStringLiteral("Ola Testesen")), 1);
        QVERIFY(PatientAccess::unblock(*leader, e, m_clinic->sekretar));

        auto admin = m_clinic->open("admin");
        QCOMPARE(WaitingList::entries(*admin).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(WaitingTimes::offeredBetween(*m_desk, QDate(2026, 3, 1), QDate(2026, 3, 31)).error().code,
                 ErrorCode::PermissionDenied);
        QVERIFY(scalar(*m_desk, "SELECT count(*) FROM audit_log WHERE action = 'waiting_list.view' AND user_id = ?1",
                       m_clinic->sekretar) >= 1);
    }

    void summary_data()
    {
        QTest::addColumn<QList<int>>("waits");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("median");
        QTest::addColumn<int>("percentile90");
        QTest::newRow("none") << QList<int>{} << 0 << 0.0 << 0;
        QTest::newRow("one") << QList<int>{12} << 1 << 12.0 << 12;
        QTest::newRow("even count") << QList<int>{40, 10, 30, 20} << 4 << 25.0 << 40;
        QTest::newRow("ten") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 10 << 5.5 << 9;
        QTest::newRow("eleven") << QList<int>{5, 1, 9, 3, 7, 11, 2, 8, 4, 6, 10} << 11 << 6.0 << 10;
    }

    void summary()
    {
        QFETCH(QList<int>, waits);
        QFETCH(int, count);
        QFETCH(double, median);
        QFETCH(int, percentile90);
        QList<WaitingTime> times;
        for (int wait : waits) {
            WaitingTime time;
            time.days = wait;
            times << time;
        }
        const WaitingSummary summary = WaitingTimes::summarise(times);
        QCOMPARE(summary.count, count);
        QCOMPARE(summary.medianDays, median);
        QCOMPARE(summary.percentile90Days, percentile90);
    }
};

QTEST_GUILESS_MAIN(TestSchedulingWaitingList)
#include "tst_scheduling_waitinglist.moc"
