// The unit leader's caseload view and the waiting list for allocation, on a small clinic built through the
// pathway and scheduling services, at Monday 2 March 2026 10:00 (Oslo).
#include "tst_reports_fixture.h"

#include "pathway/ClinicalNote.h"
#include "pathway/DutyToReport.h"
#include "pathway/Signer.h"
#include "reports/AllocationBoard.h"
#include "reports/Caseloads.h"
#include "scheduling/Booking.h"
#include "scheduling/WorkingHours.h"

using namespace forlop;
using namespace forlop::test;

namespace {

using Ids = QList<std::int64_t>;

std::int64_t auditRows(Clinic& clinic, const char* action, const char* objectType)
{
    auto stmt = clinic.db().prepare("SELECT count(*) FROM audit_log WHERE action = ?1 AND object_type = ?2");
    stmt->bindAll(QString::fromLatin1(action), QString::fromLatin1(objectType));
    auto row = stmt->step();
    return row && *row ? stmt->int64(0) : -1;
}

} // namespace

class TestReportsCaseloads : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportsClinic> m_clinic;
    std::int64_t m_q1 = 0; // A, in treatment, sessions delivered, an appointment next week
    std::int64_t m_q2 = 0; // A, in assessment, nothing booked, an old draft note
    std::int64_t m_q3 = 0; // B, waiting, nothing booked, an open duty-to-report follow-up
    std::int64_t m_q4 = 0; // B, ended
    std::int64_t m_q5 = 0; // urgent, not allocated
    std::int64_t m_q6 = 0; // normal, not allocated, waited longest

    const Caseload& of(const CaseloadView& view, std::int64_t clinicianId)
    {
        for (const Caseload& caseload : view.clinicians) {
            if (caseload.clinicianId == clinicianId) {
                return caseload;
            }
        }
        qFatal("no caseload for %lld", static_cast<long long>(clinicianId));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<ReportsClinic>(ReportsClinic::Empty);
        ReportsClinic& c = *m_clinic;
        const QDate today(2026, 3, 2);
        for (std::int64_t clinician : {c.clinicianA, c.clinicianB}) {
            WeekTemplate week{QDate(2026, 1, 1), {}};
            for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
                week.periods.append(WorkPeriod{day, QTime(8, 0), QTime(15, 30)});
            }
            must(WorkingHours::setWeek(*c.desk, clinician, week), "working hours");
        }

        m_q1 = c.refer(QDate(2026, 1, 5), ReferralChannel::Gp);
        c.allocate(m_q1, c.clinicianA);
        c.assess(m_q1, c.clinicianA, QDate(2026, 1, 6), false);
        c.decide(m_q1, c.clinicianA, QDate(2026, 1, 6), EligibilityDecision::Include);
        c.startPackage(m_q1, c.clinicianA, QDate(2026, 1, 7));
        c.plan(m_q1, c.clinicianA, QDate(2026, 1, 7), 16);
        c.startTreatment(m_q1, c.clinicianA, QDate(2026, 1, 8));
        c.sessions(m_q1, c.clinicianA, QDate(2026, 1, 20), 1, today);      // before the four weeks
        c.sessions(m_q1, c.clinicianA, QDate(2026, 2, 10), 3, today);      // inside them
        c.sessions(m_q1, c.clinicianA, QDate(2026, 2, 16), 1, today, SessionAttendance::NoShow);
        c.at(today);
        must(Booking::book(*c.desk, {m_q1, AppointmentType::TreatmentSession, Modality::InPerson,
                                     Slot::of(c.clinicianA, ClinicTime::at(QDate(2026, 3, 3), QTime(10, 0)), 45)}),
             "booking");

        m_q2 = c.refer(QDate(2026, 2, 2), ReferralChannel::Phone);
        c.allocate(m_q2, c.clinicianA);
        c.assess(m_q2, c.clinicianA, QDate(2026, 2, 3), false);
        c.decide(m_q2, c.clinicianA, QDate(2026, 2, 3), EligibilityDecision::Include);
        c.startPackage(m_q2, c.clinicianA, QDate(2026, 2, 4));
        c.at(QDate(2026, 2, 25)); // five days ago: overdue for signing
        must(ClinicalNotes::createDraft(*c.a, m_q2, std::nullopt, QStringLiteral("Syntetisk utkast")), "old draft");
        c.at(QDate(2026, 3, 1)); // yesterday: not yet
        must(ClinicalNotes::createDraft(*c.a, m_q2, std::nullopt, QStringLiteral("Syntetisk utkast 2")), "new draft");

        m_q3 = c.refer(QDate(2026, 2, 10), ReferralChannel::Chat);
        c.allocate(m_q3, c.clinicianB);
        c.at(QDate(2026, 2, 11));
        must(Referrals::placeOnWaitingList(*c.desk, m_q3), "waiting");
        DutyReportInput duty;
        duty.duty = Duty::ChildWelfare;
        duty.trigger = QStringLiteral("Syntetisk");
        duty.occurredOn = QDate(2026, 2, 11);
        duty.assessedOn = QDate(2026, 2, 11);
        duty.assessment = QStringLiteral("Syntetisk vurdering");
        duty.decision = DutyDecision::NotNotify;
        duty.decisionReason = QStringLiteral("Syntetisk grunn");
        duty.consultedOther = QStringLiteral("Fagleder");
        duty.consultedOn = QDate(2026, 2, 11);
        duty.patientInformed = PatientInformed::Yes;
        duty.followUpNeeded = true;
        duty.followUpPlan = QStringLiteral("Syntetisk oppfølging");
        const std::int64_t report = must(DutyReports::createDraft(*c.b, m_q3, duty), "duty draft");
        must(DutyReports::sign(*c.b, report, must(Signer::confirm(*c.b, "test"), "signer")), "duty sign");

        m_q4 = c.refer(QDate(2026, 1, 12), ReferralChannel::Gp);
        c.allocate(m_q4, c.clinicianB);
        c.assess(m_q4, c.clinicianB, QDate(2026, 1, 13), false);
        c.decide(m_q4, c.clinicianB, QDate(2026, 1, 13), EligibilityDecision::Include);
        c.at(QDate(2026, 1, 14));
        must(EndOfTreatment::end(*c.b, m_q4, EndInput{EndReason::Moved, QDate(2026, 1, 14), {}, std::nullopt}), "end");

        m_q6 = c.refer(QDate(2026, 2, 1), ReferralChannel::Police);
        m_q5 = c.refer(QDate(2026, 2, 20), ReferralChannel::Lawyer, Urgency::Urgent);
        c.at(today);
    }

    void cleanupTestCase() { m_clinic.reset(); }

    void caseloadsPerClinician()
    {
        const ReportsClinic& c = *m_clinic;
        auto view = Caseloads::view(*m_clinic->leader);
        QVERIFY2(view, view ? "" : qPrintable(view.error().message));
        QCOMPARE(view->weeks, 4);
        QCOMPARE(view->clinicians.size(), 2);

        const Caseload& a = of(*view, c.clinicianA);
        QCOMPARE(a.active.patients, (Ids{m_q1, m_q2}));
        QCOMPARE(a.activeByState.value(PatientState::Treatment).patients, Ids{m_q1});
        QCOMPARE(a.activeByState.value(PatientState::Assessment).patients, Ids{m_q2});
        // 10, 11 and 12 February attended; 20 January is older than four weeks; 16 February was missed.
        QCOMPARE(a.sessionsDelivered.count, 3);
        QCOMPARE(a.sessionsDelivered.patients, Ids{m_q1});
        QCOMPARE(a.unsignedNotes.count, 1);
        QCOMPARE(a.unsignedNotes.patients, Ids{m_q2});
        QCOMPARE(a.withoutAppointment.patients, Ids{m_q2});
        QCOMPARE(a.openDutyFollowUps.count, 0);
        // Monday 10:00 to Monday 10:00 four weeks on, 08:00–15:30 on weekdays: 330 + 19 × 450 + 120 minutes
        // (summer time starts on 29 March without changing the working day), less the 45 booked.
        QCOMPARE(a.workingMinutes, 9000);
        QCOMPARE(a.bookedMinutes, 45);
        QCOMPARE(a.freeMinutes, 8955);

        const Caseload& b = of(*view, c.clinicianB);
        QCOMPARE(b.active.patients, Ids{m_q3}); // m_q4 has ended
        QCOMPARE(b.openDutyFollowUps.patients, Ids{m_q3});
        QCOMPARE(b.withoutAppointment.patients, Ids{m_q3});
        QCOMPARE(b.sessionsDelivered.count, 0);
        QCOMPARE(b.freeMinutes, 9000);
    }

    void caseloadsAreForUnitLeadersAndAudited()
    {
        for (Clinic* session : {m_clinic->a.get(), m_clinic->desk.get()}) {
            auto refused = Caseloads::view(*session);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        }
        const std::int64_t before = auditRows(*m_clinic->leader, "report.view", "caseloads");
        QVERIFY(Caseloads::view(*m_clinic->leader));
        QCOMPARE(auditRows(*m_clinic->leader, "report.view", "caseloads"), before + 1);
        auto badWeeks = Caseloads::view(*m_clinic->leader, 0);
        QVERIFY(!badWeeks);
        QCOMPARE(badWeeks.error().code, ErrorCode::InvalidInput);
    }

    void waitingListForAllocation()
    {
        const ReportsClinic& c = *m_clinic;
        auto view = AllocationBoard::view(*m_clinic->leader);
        QVERIFY2(view, view ? "" : qPrintable(view.error().message));
        // Urgent first, then the longest waiting.
        QCOMPARE(view->referrals.size(), 2);
        QCOMPARE(view->referrals.at(0).patientId, m_q5);
        QCOMPARE(view->referrals.at(0).urgency, Urgency::Urgent);
        QCOMPARE(view->referrals.at(0).daysWaited, 10);
        QCOMPARE(view->referrals.at(0).channel, QStringLiteral("lawyer"));
        QCOMPARE(view->referrals.at(1).patientId, m_q6);
        QCOMPARE(view->referrals.at(1).daysWaited, 29);
        QVERIFY(view->referrals.at(1).pseudonym.startsWith(QStringLiteral("P-")));

        QCOMPARE(view->clinicians.size(), 2);
        for (const ClinicianLoadSummary& load : view->clinicians) {
            if (load.clinicianId == c.clinicianA) {
                QCOMPARE(load.activePatients, 2);
                QCOMPARE(load.freeMinutes, 8955);
                QCOMPARE(load.withoutAppointment, 1);
            } else {
                QCOMPARE(load.activePatients, 1);
            }
        }
    }

    void allocatingTakesAReferralOffTheList()
    {
        const ReportsClinic& c = *m_clinic;
        QVERIFY(AllocationBoard::allocate(*m_clinic->leader, m_q5, c.clinicianB));
        auto view = AllocationBoard::view(*m_clinic->leader);
        QVERIFY(view);
        QCOMPARE(view->referrals.size(), 1);
        QCOMPARE(view->referrals.first().patientId, m_q6);
        for (const ClinicianLoadSummary& load : view->clinicians) {
            if (load.clinicianId == c.clinicianB) {
                QCOMPARE(load.activePatients, 2);
            }
        }
        // Only a unit leader allocates, and only to an active clinician.
        auto refused = AllocationBoard::allocate(*m_clinic->desk, m_q6, c.clinicianA);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        auto notClinician = AllocationBoard::allocate(*m_clinic->leader, m_q6, c.secretaryId);
        QVERIFY(!notClinician);
        QCOMPARE(notClinician.error().code, ErrorCode::InvalidInput);
        auto refusedView = AllocationBoard::view(*m_clinic->a);
        QVERIFY(!refusedView);
        QCOMPARE(refusedView.error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestReportsCaseloads)
#include "tst_reports_caseloads.moc"
