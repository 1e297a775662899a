// Duty-to-report records: drafted, complete before signing, signed with the password, immutable and never
// deleted, followed up until closed, and listed for the unit leader while the follow-up is open.
#include "PathwayFixture.h"
#include "pathway/DutyToReport.h"
#include "pathway/Signer.h"
#include "storage/Database.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

class TestPathwayDuties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signingNeedsEveryField_data();
    void signingNeedsEveryField();
    void signedRecordIsImmutable();
    void followUpUntilClosed();
    void onlyClinicalStaffSee();

private:
    DutyReportInput complete() const;
    std::int64_t signedReport(std::int64_t patientId, const DutyReportInput& input);

    std::unique_ptr<PathwayClinic> m_clinic;
    std::unique_ptr<PathwayDriver> m_driver;
    std::int64_t m_patient = 0;
};

void TestPathwayDuties::initTestCase()
{
    m_clinic = std::make_unique<PathwayClinic>();
    m_driver = std::make_unique<PathwayDriver>(*m_clinic);
    auto patient = m_driver->patientIn(PatientState::Treatment);
    QVERIFY(patient.has_value());
    m_patient = *patient;
}

DutyReportInput TestPathwayDuties::complete() const
{
    const QDate today = m_clinic->clock().today();
    DutyReportInput input;
    input.duty = Duty::ChildWelfare;
    input.trigger = QStringLiteral("Pasienten fortalte om et barn i husstanden");
    input.occurredOn = today.addDays(-1);
    input.assessedOn = today;
    input.assessment = QStringLiteral("Grunn til å tro at barnet utsettes for omsorgssvikt");
    input.decision = DutyDecision::Notify;
    input.decisionReason = QStringLiteral("Vilkårene for opplysningsplikt er oppfylt");
    input.consultedUserId = m_clinic->userId(QStringLiteral("leder"));
    input.consultedOn = today;
    input.recipient = DutyRecipient::ChildWelfare;
    input.recipientDetail = QStringLiteral("Barnevernstjenesten i Testby");
    input.channel = NotificationChannel::Phone;
    input.notifiedOn = today;
    input.patientInformed = PatientInformed::Yes;
    input.followUpNeeded = true;
    input.followUpPlan = QStringLiteral("Ringe barnevernet om en uke");
    return input;
}

std::int64_t TestPathwayDuties::signedReport(std::int64_t patientId, const DutyReportInput& input)
{
    Clinic& clinician = m_driver->clinician();
    auto id = DutyReports::createDraft(clinician, patientId, input);
    auto signer = Signer::confirm(clinician, TestClinic::Password);
    if (!id || !signer || !DutyReports::sign(clinician, *id, *signer)) {
        return 0;
    }
    return *id;
}

void TestPathwayDuties::signingNeedsEveryField_data()
{
    QTest::addColumn<QString>("missing");
    QTest::newRow("trigger") << QStringLiteral("trigger");
    QTest::newRow("assessment") << QStringLiteral("assessment");
    QTest::newRow("decision") << QStringLiteral("decision");
    QTest::newRow("decision reason") << QStringLiteral("decisionReason");
    QTest::newRow("consulted") << QStringLiteral("consulted");
    QTest::newRow("consulted when") << QStringLiteral("consultedOn");
    QTest::newRow("recipient") << QStringLiteral("recipient");
    QTest::newRow("channel") << QStringLiteral("channel");
    QTest::newRow("notified when") << QStringLiteral("notifiedOn");
    QTest::newRow("patient told") << QStringLiteral("patientInformed");
    QTest::newRow("follow-up plan") << QStringLiteral("followUpPlan");
    QTest::newRow("nothing") << QString();
    QTest::newRow("not notified: no recipient needed") << QStringLiteral("notNotified");
}

void TestPathwayDuties::signingNeedsEveryField()
{
    QFETCH(QString, missing);
    DutyReportInput input = complete();
    if (missing == QLatin1String("trigger")) {
        input.trigger.clear();
    } else if (missing == QLatin1String("assessment")) {
        input.assessment = QStringLiteral("  ");
    } else if (missing == QLatin1String("decision")) {
        input.decision.reset();
    } else if (missing == QLatin1String("decisionReason")) {
        input.decisionReason.clear();
    } else if (missing == QLatin1String("consulted")) {
        input.consultedUserId.reset();
    } else if (missing == QLatin1String("consultedOn")) {
        input.consultedOn.reset();
    } else if (missing == QLatin1String("recipient")) {
        input.recipient.reset();
    } else if (missing == QLatin1String("channel")) {
        input.channel.reset();
    } else if (missing == QLatin1String("notifiedOn")) {
        input.notifiedOn.reset();
    } else if (missing == QLatin1String("patientInformed")) {
        input.patientInformed.reset();
    } else if (missing == QLatin1String("followUpPlan")) {
        input.followUpPlan.clear();
    } else if (missing == QLatin1String("notNotified")) {
        input.decision = DutyDecision::NotNotify;
        input.recipient.reset();
        input.channel.reset();
        input.notifiedOn.reset();
    }
    Clinic& clinician = m_driver->clinician();
    auto id = DutyReports::createDraft(clinician, m_patient, input);
    QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().message));
    auto signer = Signer::confirm(clinician, TestClinic::Password);
    QVERIFY(signer.has_value());
    auto signedNow = DutyReports::sign(clinician, *id, *signer);
    const bool shouldSign = missing.isEmpty() || missing == QLatin1String("notNotified");
    QCOMPARE(signedNow.has_value(), shouldSign);
    auto report = DutyReports::get(clinician, *id);
    QVERIFY(report.has_value());
    QCOMPARE(report->signedAt.has_value(), shouldSign);
    if (!shouldSign) {
        QCOMPARE(signedNow.error().code, ErrorCode::InvalidInput);
        // The draft can be completed and then signed.
        QVERIFY(DutyReports::updateDraft(clinician, *id, complete()));
        QVERIFY(DutyReports::sign(clinician, *id, *signer));
    } else {
        QCOMPARE(report->content.trigger, input.trigger);
        QCOMPARE(report->content.decision, input.decision);
        QCOMPARE(report->content.recipientDetail, input.recipientDetail);
        QCOMPARE(report->assessorId, m_clinic->userId(QStringLiteral("psykolog1")));
    }
}

void TestPathwayDuties::signedRecordIsImmutable()
{
    Clinic& clinician = m_driver->clinician();
    const std::int64_t id = signedReport(m_patient, complete());
    QVERIFY(id > 0);
    QCOMPARE(DutyReports::updateDraft(clinician, id, complete()).error().code, ErrorCode::Conflict);
    auto signer = Signer::confirm(clinician, TestClinic::Password);
    QCOMPARE(DutyReports::sign(clinician, id, *signer).error().code, ErrorCode::Conflict);
    const QByteArray idText = QByteArray::number(qint64(id));
    for (const QByteArray& sql :
         {QByteArray("UPDATE duty_report SET decision = 'not_notify' WHERE id = " + idText),
          QByteArray("UPDATE duty_report SET assessment = X'00' WHERE id = " + idText),
          QByteArray("UPDATE duty_report SET signed_at = NULL WHERE id = " + idText),
          QByteArray("DELETE FROM duty_report WHERE id = " + idText),
          QByteArray("UPDATE duty_report SET follow_up_closed_at = 'x', patient_informed = 'no' WHERE id = " +
                     idText)}) {
        auto result = clinician.db().exec(sql.constData());
        QVERIFY2(!result.has_value(), sql.constData());
        QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
    }
    // Even a draft is never deleted.
    auto draft = DutyReports::createDraft(clinician, m_patient, DutyReportInput{});
    QVERIFY(draft.has_value());
    QVERIFY(!clinician.db().exec(
        QByteArray("DELETE FROM duty_report WHERE id = " + QByteArray::number(qint64(*draft))).constData()));
    QCOMPARE(DutyReports::get(clinician, id)->content.decision, std::optional(DutyDecision::Notify));
    // Only the assessing clinician changes the draft.
    QCOMPARE(DutyReports::updateDraft(m_driver->leader(), *draft, complete()).error().code,
             ErrorCode::PermissionDenied);
}

void TestPathwayDuties::followUpUntilClosed()
{
    Clinic& clinician = m_driver->clinician();
    Clinic& leader = m_driver->leader();
    auto otherPatient = m_driver->patientIn(PatientState::Treatment);
    QVERIFY(otherPatient.has_value());
    const std::int64_t id = signedReport(*otherPatient, complete());
    QVERIFY(id > 0);
    auto isOpen = [&](Clinic& who) {
        auto open = DutyReports::openFollowUps(who);
        return open &&
               std::any_of(open->cbegin(), open->cend(), [&](const OpenDutyFollowUp& f) { return f.reportId == id; });
    };
    QVERIFY(isOpen(leader));
    QVERIFY(isOpen(clinician));
    QVERIFY(!isOpen(m_driver->otherClinician()));
    QCOMPARE(DutyReports::openFollowUps(m_driver->secretary()).error().code, ErrorCode::PermissionDenied);

    QCOMPARE(DutyReports::addFollowUp(clinician, id, QString(), false).error().code, ErrorCode::InvalidInput);
    QVERIFY(DutyReports::addFollowUp(clinician, id, QStringLiteral("Ringte barnevernet"), false));
    QVERIFY(isOpen(leader));
    QVERIFY(DutyReports::addFollowUp(clinician, id, QStringLiteral("Saken er fulgt opp"), true));
    QVERIFY(!isOpen(leader));
    QCOMPARE(DutyReports::addFollowUp(clinician, id, QStringLiteral("mer"), false).error().code, ErrorCode::Conflict);

    auto report = DutyReports::get(leader, id);
    QVERIFY(report.has_value());
    QVERIFY(report->followUpClosedAt.has_value());
    QVERIFY(!report->followUpOpen());
    QCOMPARE(report->followUps.size(), 2);
    QCOMPARE(report->followUps.at(0).text, QStringLiteral("Ringte barnevernet"));
    QVERIFY(report->followUps.at(1).closes);
    QVERIFY(!clinician.db().exec("DELETE FROM duty_report_follow_up").has_value());

    // A record that needs no follow-up has nothing to close and is never listed.
    DutyReportInput noFollowUp = complete();
    noFollowUp.followUpNeeded = false;
    const std::int64_t quiet = signedReport(*otherPatient, noFollowUp);
    QVERIFY(quiet > 0);
    QCOMPARE(DutyReports::addFollowUp(clinician, quiet, QStringLiteral("x"), true).error().code,
             ErrorCode::InvalidInput);
    auto forPatient = DutyReports::forPatient(clinician, *otherPatient);
    QVERIFY(forPatient.has_value());
    QCOMPARE(forPatient->size(), 2);
    QVERIFY(!DutyReports::reminder(Duty::Avert).isEmpty());
}

void TestPathwayDuties::onlyClinicalStaffSee()
{
    QCOMPARE(DutyReports::forPatient(m_driver->secretary(), m_patient).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(DutyReports::createDraft(m_driver->secretary(), m_patient, complete()).error().code,
             ErrorCode::PermissionDenied);
    QVERIFY(!m_driver->secretary().db().prepare("SELECT assessment FROM duty_report").has_value());
    QCOMPARE(DutyReports::forPatient(m_driver->otherClinician(), m_patient).error().code, ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestPathwayDuties)
#include "tst_pathway_duties.moc"
