// The patients behind a report figure, as the unit leader's drill-down lists them: pseudonym, state, referral,
// last session and next appointment, in the order asked; for unit leaders only; each page audited once.
#include "reports/ReportPatients.h"
#include "scheduling/Booking.h"
#include "scheduling/WorkingHours.h"
#include "tst_reports_fixture.h"

using namespace forlop;
using namespace forlop::test;

namespace {

std::int64_t auditRows(Clinic& clinic)
{
    auto stmt = clinic.db().prepare(
        "SELECT count(*) FROM audit_log WHERE action = 'report.view' AND object_type = 'report_patients'");
    auto row = stmt->step();
    return row && *row ? stmt->int64(0) : -1;
}

} // namespace

class TestReportsPatients : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportsClinic> m_clinic;
    std::int64_t m_treated = 0; // A, in treatment, sessions on 10–11 February, an appointment on 3 March
    std::int64_t m_waiting = 0; // unallocated, referred 20 February

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<ReportsClinic>(ReportsClinic::Empty);
        ReportsClinic& c = *m_clinic;
        WeekTemplate week{QDate(2026, 1, 1), {}};
        for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
            week.periods.append(WorkPeriod{day, QTime(8, 0), QTime(15, 30)});
        }
        must(WorkingHours::setWeek(*c.desk, c.clinicianA, week), "working hours");
        m_treated = c.refer(QDate(2026, 1, 5), ReferralChannel::Gp);
        c.allocate(m_treated, c.clinicianA);
        c.assess(m_treated, c.clinicianA, QDate(2026, 1, 6), false);
        c.decide(m_treated, c.clinicianA, QDate(2026, 1, 6), EligibilityDecision::Include);
        c.startPackage(m_treated, c.clinicianA, QDate(2026, 1, 7));
        c.plan(m_treated, c.clinicianA, QDate(2026, 1, 7), 16);
        c.startTreatment(m_treated, c.clinicianA, QDate(2026, 1, 8));
        c.sessions(m_treated, c.clinicianA, QDate(2026, 2, 10), 2, QDate(2026, 3, 2));
        c.sessions(m_treated, c.clinicianA, QDate(2026, 2, 16), 1, QDate(2026, 3, 2), SessionAttendance::NoShow);
        must(Booking::book(*c.desk, {m_treated, AppointmentType::TreatmentSession, Modality::InPerson,
                                     Slot::of(c.clinicianA, ClinicTime::at(QDate(2026, 3, 3), QTime(10, 0)), 45)}),
             "booking");
        m_waiting = c.refer(QDate(2026, 2, 20), ReferralChannel::Phone);
        c.at(QDate(2026, 3, 2));
    }

    void cleanupTestCase() { m_clinic.reset(); }

    void listsThePatientsInTheOrderAsked()
    {
        Clinic& leader = *m_clinic->leader;
        const std::int64_t before = auditRows(leader);
        auto patients = ReportPatients::list(leader, {m_waiting, 999999, m_treated});
        QVERIFY2(patients, patients ? "" : qPrintable(patients.error().message));
        QCOMPARE(patients->size(), 2); // 999999 is no patient
        QCOMPARE(auditRows(leader), before + 1);

        const ReportPatient& waiting = patients->at(0);
        QCOMPARE(waiting.patientId, m_waiting);
        QVERIFY(waiting.pseudonym.startsWith(QStringLiteral("P-")));
        QCOMPARE(waiting.state, PatientState::Referred);
        QVERIFY(!waiting.clinicianId);
        QCOMPARE(waiting.referredOn, std::optional<QDate>(QDate(2026, 2, 20)));
        QVERIFY(!waiting.lastSession);
        QVERIFY(!waiting.nextAppointment);

        const ReportPatient& treated = patients->at(1);
        QCOMPARE(treated.patientId, m_treated);
        QCOMPARE(treated.state, PatientState::Treatment);
        QCOMPARE(treated.clinicianId, std::optional<std::int64_t>(m_clinic->clinicianA));
        QCOMPARE(treated.referredOn, std::optional<QDate>(QDate(2026, 1, 5)));
        // 11 February was the last attended; the no-show on 16 February does not count.
        QVERIFY(treated.lastSession);
        QCOMPARE(*treated.lastSession, ClinicTime::at(QDate(2026, 2, 11), QTime(12, 0)));
        QVERIFY(treated.nextAppointment);
        QCOMPARE(*treated.nextAppointment, ClinicTime::at(QDate(2026, 3, 3), QTime(10, 0)));
    }

    void emptyAndOversizedPages()
    {
        Clinic& leader = *m_clinic->leader;
        const std::int64_t before = auditRows(leader);
        auto none = ReportPatients::list(leader, {});
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        QList<std::int64_t> tooMany(ReportPatients::MaxPageSize + 1, m_treated);
        auto refused = ReportPatients::list(leader, tooMany);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(auditRows(leader), before); // nothing was read
    }

    void onlyUnitLeaders()
    {
        for (Clinic* session : {m_clinic->a.get(), m_clinic->desk.get()}) {
            auto refused = ReportPatients::list(*session, {m_treated});
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        }
    }
};

QTEST_GUILESS_MAIN(TestReportsPatients)
#include "tst_reports_patients.moc"
