// Sessions against the plan (attended, cancelled by either side, no-shows), which stage each kind belongs to,
// and the rules of ending a treatment.
#include "PathwayFixture.h"
#include "pathway/EndOfTreatment.h"
#include "pathway/OnwardReferral.h"
#include "pathway/SessionLog.h"
#include "pathway/TreatmentPlan.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

Q_DECLARE_METATYPE(forlop::PatientState)

class TestPathwaySessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsAgainstThePlan();
    void kindFitsTheStage_data();
    void kindFitsTheStage();
    void attendanceOnlyOnceBegun();
    void sessionsAreHeldByClinicians();
    void endingRules();

private:
    std::unique_ptr<PathwayClinic> m_clinic;
    std::unique_ptr<PathwayDriver> m_driver;
};

void TestPathwaySessions::initTestCase()
{
    m_clinic = std::make_unique<PathwayClinic>();
    m_driver = std::make_unique<PathwayDriver>(*m_clinic);
}

void TestPathwaySessions::countsAgainstThePlan()
{
    auto patient = m_driver->patientIn(PatientState::Treatment);
    QVERIFY(patient.has_value());
    Clinic& secretary = m_driver->secretary();
    const QDateTime now = m_clinic->clock().now();
    const QList<SessionAttendance> attendance{SessionAttendance::Attended,           SessionAttendance::Attended,
                                              SessionAttendance::CancelledByPatient, SessionAttendance::NoShow,
                                              SessionAttendance::CancelledByClinic,  SessionAttendance::Attended};
    QList<std::int64_t> ids;
    for (int i = 0; i < attendance.size(); ++i) {
        NewSession session;
        session.startsAt = now.addDays(-7 * (attendance.size() - i));
        session.attendance = attendance.at(i);
        session.modality = i % 2 ? SessionModality::Video : SessionModality::InPerson;
        auto id = SessionLog::record(secretary, *patient, session);
        QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().message));
        ids << *id;
    }
    auto counts = SessionLog::counts(secretary, *patient);
    QVERIFY(counts.has_value());
    QCOMPARE(counts->attended, 3);
    QCOMPARE(counts->cancelledByPatient, 1);
    QCOMPARE(counts->cancelledByClinic, 1);
    QCOMPARE(counts->noShow, 1);
    QCOMPARE(counts->planned, std::optional<int>(16));

    // A no-show corrected to attended counts as attended.
    QVERIFY(SessionLog::setAttendance(secretary, ids.at(3), SessionAttendance::Attended));
    counts = SessionLog::counts(secretary, *patient);
    QCOMPARE(counts->attended, 4);
    QCOMPARE(counts->noShow, 0);

    auto sessions = SessionLog::list(secretary, *patient);
    QVERIFY(sessions.has_value());
    QCOMPARE(sessions->size(), 6);
    QCOMPARE(sessions->at(1).modality, SessionModality::Video);
    QCOMPARE(sessions->at(0).clinicianId, m_clinic->userId(QStringLiteral("psykolog1")));
    QCOMPARE(sessions->at(0).durationMinutes, 45);
}

void TestPathwaySessions::kindFitsTheStage_data()
{
    QTest::addColumn<PatientState>("state");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("fits");
    const int eligibility = int(SessionKind::Eligibility);
    const int assessment = int(SessionKind::Assessment);
    const int treatment = int(SessionKind::Treatment);
    const int followUp = int(SessionKind::FollowUp);
    QTest::newRow("eligibility in eligibility") << PatientState::Eligibility << eligibility << true;
    QTest::newRow("treatment in eligibility") << PatientState::Eligibility << treatment << false;
    QTest::newRow("assessment in assessment") << PatientState::Assessment << assessment << true;
    QTest::newRow("treatment in assessment") << PatientState::Assessment << treatment << false;
    QTest::newRow("treatment while waiting") << PatientState::Waiting << treatment << false;
    QTest::newRow("follow-up after the end") << PatientState::Ended << followUp << true;
    QTest::newRow("treatment after the end") << PatientState::Ended << treatment << false;
}

void TestPathwaySessions::kindFitsTheStage()
{
    QFETCH(PatientState, state);
    QFETCH(int, kind);
    QFETCH(bool, fits);
    auto patient = m_driver->patientIn(state);
    QVERIFY(patient.has_value());
    NewSession session;
    session.kind = SessionKind(kind);
    session.startsAt = m_clinic->clock().now().addSecs(-3600);
    auto result = SessionLog::record(m_driver->secretary(), *patient, session);
    QCOMPARE(result.has_value(), fits);
    if (!fits) {
        QCOMPARE(result.error().code, ErrorCode::Conflict);
    }
}

void TestPathwaySessions::attendanceOnlyOnceBegun()
{
    auto patient = m_driver->patientIn(PatientState::Treatment);
    QVERIFY(patient.has_value());
    NewSession future;
    future.startsAt = m_clinic->clock().now().addDays(2);
    QCOMPARE(SessionLog::record(m_driver->secretary(), *patient, future).error().code, ErrorCode::InvalidInput);
    future.attendance = SessionAttendance::NoShow;
    QCOMPARE(SessionLog::record(m_driver->secretary(), *patient, future).error().code, ErrorCode::InvalidInput);
    // A cancellation ahead of time is fine, and cannot be turned into attendance before it begins.
    future.attendance = SessionAttendance::CancelledByPatient;
    auto cancelled = SessionLog::record(m_driver->secretary(), *patient, future);
    QVERIFY(cancelled.has_value());
    QCOMPARE(SessionLog::setAttendance(m_driver->secretary(), *cancelled, SessionAttendance::Attended).error().code,
             ErrorCode::InvalidInput);
    NewSession tooLong;
    tooLong.startsAt = m_clinic->clock().now().addDays(-1);
    tooLong.durationMinutes = 600;
    QCOMPARE(SessionLog::record(m_driver->secretary(), *patient, tooLong).error().code, ErrorCode::InvalidInput);
}

void TestPathwaySessions::sessionsAreHeldByClinicians()
{
    auto patient = m_driver->patientIn(PatientState::Treatment);
    QVERIFY(patient.has_value());
    NewSession session;
    session.startsAt = m_clinic->clock().now().addDays(-1);
    session.clinicianId = m_clinic->userId(QStringLiteral("sekretar"));
    QCOMPARE(SessionLog::record(m_driver->secretary(), *patient, session).error().code, ErrorCode::InvalidInput);
    session.clinicianId = m_clinic->userId(QStringLiteral("psykolog2"));
    QVERIFY(SessionLog::record(m_driver->secretary(), *patient, session));
    QCOMPARE(SessionLog::record(m_driver->admin(), *patient, session).error().code, ErrorCode::PermissionDenied);
}

void TestPathwaySessions::endingRules()
{
    Clinic& clinician = m_driver->clinician();
    const QDate today = m_clinic->clock().today();
    auto assessment = m_driver->patientIn(PatientState::Assessment);
    QVERIFY(assessment.has_value());
    // Completed needs a treatment that started; referred onward needs the onward referral.
    QCOMPARE(EndOfTreatment::end(clinician, *assessment, {EndReason::Completed, today, {}, std::nullopt}).error().code,
             ErrorCode::Conflict);
    QCOMPARE(
        EndOfTreatment::end(clinician, *assessment, {EndReason::ReferredOnward, today, {}, std::nullopt}).error().code,
        ErrorCode::Conflict);
    QVERIFY(OnwardReferrals::create(
        clinician, *assessment,
        {OnwardRecipient::MentalHealth, {}, QStringLiteral("Behov"), today, OnwardStatus::Planned}));
    QVERIFY(EndOfTreatment::end(clinician, *assessment, {EndReason::ReferredOnward, today, {}, std::nullopt}));
    QCOMPARE(EndOfTreatment::get(clinician, *assessment)->sessionsAttended, 0);

    auto treated = m_driver->patientIn(PatientState::Treatment);
    QVERIFY(treated.has_value());
    QCOMPARE(EndOfTreatment::end(clinician, *treated, {EndReason::Completed, today.addDays(1), {}, std::nullopt})
                 .error()
                 .code,
             ErrorCode::InvalidInput);
    QCOMPARE(
        EndOfTreatment::end(clinician, *treated, {EndReason::Completed, today, {}, today.addDays(-1)}).error().code,
        ErrorCode::InvalidInput);
    QCOMPARE(EndOfTreatment::end(m_driver->otherClinician(), *treated, {EndReason::Completed, today, {}, std::nullopt})
                 .error()
                 .code,
             ErrorCode::PermissionDenied);
    QVERIFY(EndOfTreatment::end(clinician, *treated,
                                {EndReason::Completed, today, QStringLiteral("Mål nådd"), today.addMonths(3)}));
    auto end = EndOfTreatment::get(clinician, *treated);
    QVERIFY(end.has_value());
    QCOMPARE(end->reason, EndReason::Completed);
    QCOMPARE(end->narrative, QStringLiteral("Mål nådd"));
    QCOMPARE(end->followUpOn, std::optional<QDate>(today.addMonths(3)));
    // The end record is final.
    QVERIFY(!clinician.db().exec("UPDATE treatment_end SET reason = 'dropped_out'").has_value());
    QCOMPARE(EndOfTreatment::startFollowUp(clinician, *treated, today.addDays(1)).error().code,
             ErrorCode::InvalidInput);
    QVERIFY(EndOfTreatment::startFollowUp(clinician, *treated, today));
}

QTEST_GUILESS_MAIN(TestPathwaySessions)
#include "tst_pathway_sessions.moc"
