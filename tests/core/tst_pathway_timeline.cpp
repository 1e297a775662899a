// The patient timeline: every event of the record in order, clinical events only for clinical staff, and no
// clinical text in any title.
#include "PathwayFixture.h"
#include "pathway/ClinicalNote.h"
#include "pathway/DutyToReport.h"
#include "pathway/EndOfTreatment.h"
#include "pathway/OnwardReferral.h"
#include "pathway/PatientTimeline.h"
#include "pathway/RegistryConsent.h"
#include "pathway/SessionLog.h"
#include "pathway/Signer.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

class TestPathwayTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholePathwayInOrder();
};

void TestPathwayTimeline::wholePathwayInOrder()
{
    PathwayClinic clinic;
    PathwayDriver driver(clinic);
    FixedClock& clock = clinic.clock();
    auto patient = driver.patientIn(PatientState::Treatment);
    QVERIFY(patient.has_value());
    const std::int64_t id = *patient;
    Clinic& clinician = driver.clinician();

    clock.advanceSeconds(3600);
    NewSession session;
    session.startsAt = clock.now().addSecs(-1800);
    auto sessionId = SessionLog::record(driver.secretary(), id, session);
    QVERIFY(sessionId.has_value());
    clock.advanceSeconds(60);
    auto note = ClinicalNotes::createDraft(clinician, id, *sessionId, QStringLiteral("HEMMELIG-NOTAT"));
    auto signer = Signer::confirm(clinician, TestClinic::Password);
    QVERIFY(note && signer);
    QVERIFY(ClinicalNotes::sign(clinician, *note, *signer));
    clock.advanceSeconds(60);
    auto addendum = ClinicalNotes::addAddendum(clinician, *note, QStringLiteral("HEMMELIG-TILLEGG"));
    QVERIFY(ClinicalNotes::sign(clinician, *addendum, *signer));
    clock.advanceSeconds(60);
    QVERIFY(RegistryConsent::record(clinician, id, RegistryStatus::Informed, clock.today()));
    clock.advanceSeconds(60);
    DutyReportInput duty;
    duty.duty = Duty::Avert;
    duty.trigger = QStringLiteral("HEMMELIG-GRUNN");
    duty.assessment = QStringLiteral("HEMMELIG-VURDERING");
    duty.decision = DutyDecision::NotNotify;
    duty.decisionReason = QStringLiteral("HEMMELIG-BEGRUNNELSE");
    duty.consultedOther = QStringLiteral("Kollega");
    duty.consultedOn = clock.today();
    duty.patientInformed = PatientInformed::NotYet;
    auto report = DutyReports::createDraft(clinician, id, duty);
    QVERIFY(report.has_value());
    QVERIFY(DutyReports::sign(clinician, *report, *signer));
    clock.advanceSeconds(60);
    QVERIFY(OnwardReferrals::create(
        clinician, id,
        {OnwardRecipient::Gp, {}, QStringLiteral("HEMMELIG-HENVISNING"), clock.today(), OnwardStatus::Sent}));
    clock.advanceSeconds(60);
    QVERIFY(EndOfTreatment::end(clinician, id,
                                {EndReason::ReferredOnward, clock.today(), QStringLiteral("HEMMELIG"), std::nullopt}));
    clock.advanceSeconds(60);
    QVERIFY(EndOfTreatment::startFollowUp(clinician, id, clock.today()));

    auto timeline = PatientTimeline::load(clinician, id);
    QVERIFY2(timeline.has_value(), qPrintable(timeline ? QString() : timeline.error().message));
    QList<TimelineKind> kinds;
    for (int i = 0; i < timeline->size(); ++i) {
        const TimelineEvent& event = timeline->at(i);
        kinds << event.kind;
        QVERIFY(!event.title.isEmpty());
        QVERIFY2(!event.title.contains(QStringLiteral("HEMMELIG")), qPrintable(event.title));
        if (i > 0) {
            QVERIFY(timeline->at(i - 1).at <= event.at);
        }
    }
    const QList<TimelineKind> expectedOrder{
        TimelineKind::Referral,   TimelineKind::Allocation,     TimelineKind::Eligibility,
        TimelineKind::Package,    TimelineKind::Plan,           TimelineKind::Session,
        TimelineKind::Note,       TimelineKind::Addendum,       TimelineKind::RegistryConsent,
        TimelineKind::DutyReport, TimelineKind::OnwardReferral, TimelineKind::TreatmentEnd,
        TimelineKind::FollowUp,
    };
    // Each expected kind appears, in this order relative to the others.
    int position = -1;
    for (TimelineKind kind : expectedOrder) {
        const int found = int(kinds.indexOf(kind, position + 1));
        QVERIFY2(found > position, qPrintable(QStringLiteral("kind %1 out of order").arg(int(kind))));
        position = found;
    }
    // Every state the patient passed through is there.
    // referred, waiting, eligibility, included, assessment, treatment, ended, follow-up
    QCOMPARE(int(kinds.count(TimelineKind::StateChange)), 8);
    QCOMPARE(timeline->last().kind, TimelineKind::StateChange);
    QCOMPARE(timeline->last().title, QStringLiteral("Moved to Follow-up"));

    // The secretary sees the administrative events only.
    auto administrative = PatientTimeline::loadAdministrative(driver.secretary(), id);
    QVERIFY(administrative.has_value());
    QVERIFY(!administrative->isEmpty());
    for (const TimelineEvent& event : std::as_const(*administrative)) {
        QVERIFY(event.administrative);
        QVERIFY(event.kind != TimelineKind::Note && event.kind != TimelineKind::DutyReport);
    }
    QCOMPARE(PatientTimeline::load(driver.secretary(), id).error().code, ErrorCode::PermissionDenied);

    // Reading the timeline is audited against the patient.
    auto audited =
        clinician.db().prepare("SELECT count(*) FROM audit_log WHERE action = 'timeline.view' AND patient_id = ?1");
    audited->bind(1, id);
    QVERIFY(audited->step().value_or(false));
    QCOMPARE(audited->int64(0), std::int64_t(2));
}

QTEST_GUILESS_MAIN(TestPathwayTimeline)
#include "tst_pathway_timeline.moc"
