// The fidelity report on a hand-built clinic (tst_reports_fixture.h): every figure for February 2026, for the
// clinic and per clinician, with the patients behind it; the reasons behind overrides; permissions and audit.
#include "tst_reports_fixture.h"

#include "audit/AuditReview.h"
#include "reports/FidelityBuilder.h"
#include "reports/FidelityReports.h"
#include "reports/OverrideReasons.h"

using namespace forlop;
using namespace forlop::test;

namespace {

using Ids = QList<std::int64_t>;

Ids sorted(Ids ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::int64_t auditRows(Clinic& clinic, const char* action)
{
    auto stmt = clinic.db().prepare("SELECT count(*) FROM audit_log WHERE action = ?1");
    if (!stmt) {
        return -1;
    }
    stmt->bind(1, QString::fromLatin1(action));
    auto row = stmt->step();
    return row && *row ? stmt->int64(0) : -1;
}

} // namespace

class TestReportsFidelity : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportsClinic> m_clinic;
    FidelityReport m_report;

    const FidelityFigures& clinician(std::int64_t id)
    {
        const ClinicianFidelity* found = m_report.clinician(id);
        if (!found) {
            qFatal("no figures for clinician %lld", static_cast<long long>(id));
        }
        return found->figures;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<ReportsClinic>();
        auto report = FidelityReports::compute(*m_clinic->leader, ReportsClinic::february());
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        m_report = *report;
    }

    void cleanupTestCase() { m_clinic.reset(); }

    void packageIntake()
    {
        const ReportsClinic& c = *m_clinic;
        // Packages started in February: P1 (4 of 4), P2 (2 of 4, 1 declined, 1 in progress), P6 (0 of 4).
        const PackageFigure intake = m_report.clinic.package.value(Timepoint::Intake);
        QCOMPARE(intake.instruments.whole.count, 12);
        QCOMPARE(intake.instruments.part.count, 6);
        QCOMPARE(*intake.instruments.percent(), 50.0);
        QCOMPARE(intake.instruments.whole.patients, sorted({c.p1, c.p2, c.p6}));
        QCOMPARE(intake.patientsComplete.part.patients, Ids{c.p1});
        QCOMPARE(intake.declined.count, 1);
        QCOMPARE(intake.declined.patients, Ids{c.p2});
        QCOMPARE(intake.incomplete.patients, sorted({c.p2, c.p6}));

        const PackageFigure a = clinician(c.clinicianA).package.value(Timepoint::Intake);
        QCOMPARE(a.instruments.whole.count, 8);
        QCOMPARE(a.instruments.part.count, 6);
        QCOMPARE(*a.instruments.percent(), 75.0);
        const PackageFigure b = clinician(c.clinicianB).package.value(Timepoint::Intake);
        QCOMPARE(b.instruments.whole.count, 4);
        QCOMPARE(b.instruments.part.count, 0);
        QCOMPARE(b.incomplete.patients, Ids{c.p6});
    }

    void packageEndAndFollowUp()
    {
        const ReportsClinic& c = *m_clinic;
        // Treatments that started and ended in February: P1 (2 of 3 completed, 1 declined), P2 and P7 (none).
        const PackageFigure end = m_report.clinic.package.value(Timepoint::End);
        QCOMPARE(end.instruments.whole.count, 9);
        QCOMPARE(end.instruments.part.count, 2);
        QCOMPARE(end.patientsComplete.whole.patients, sorted({c.p1, c.p2, c.p7}));
        QCOMPARE(end.patientsComplete.part.count, 0);
        QCOMPARE(end.declined.patients, Ids{c.p1});
        // P1 has every end instrument accounted for (completed or declined).
        QCOMPARE(end.incomplete.patients, sorted({c.p2, c.p7}));
        // Follow-up started in February: P1, nothing recorded.
        const PackageFigure followUp = m_report.clinic.package.value(Timepoint::FollowUp);
        QCOMPARE(followUp.instruments.whole.count, 3);
        QCOMPARE(followUp.instruments.part.count, 0);
        QCOMPARE(followUp.incomplete.patients, Ids{c.p1});
    }

    void eligibility()
    {
        const ReportsClinic& c = *m_clinic;
        // Decided in February (P1, P2, P4, P6) or begun in February and open (P3, one criterion unanswered).
        const FidelityFigures& clinic = m_report.clinic;
        QCOMPARE(clinic.allCriteriaAnswered.whole.count, 5);
        QCOMPARE(clinic.allCriteriaAnswered.whole.patients, sorted({c.p1, c.p2, c.p3, c.p4, c.p6}));
        QCOMPARE(clinic.allCriteriaAnswered.part.count, 4);
        QCOMPARE(*clinic.allCriteriaAnswered.percent(), 80.0);
        QCOMPARE(clinic.completedAssessments.patients, sorted({c.p1, c.p2, c.p4, c.p6}));
        QCOMPARE(clinic.included.patients, sorted({c.p1, c.p2, c.p6}));
        QCOMPARE(clinic.excluded.patients, Ids{c.p4});
        QCOMPARE(clinic.overrides.patients, Ids{c.p2});

        // By assessor: A assessed P1 and P2, B assessed P3, P4 and P6.
        QCOMPARE(clinician(c.clinicianA).allCriteriaAnswered.whole.patients, sorted({c.p1, c.p2}));
        QCOMPARE(clinician(c.clinicianA).overrides.count, 1);
        QCOMPARE(clinician(c.clinicianB).allCriteriaAnswered.whole.count, 3);
        QCOMPARE(clinician(c.clinicianB).allCriteriaAnswered.part.count, 2);
        QCOMPARE(clinician(c.clinicianB).overrides.count, 0);

        QCOMPARE(m_report.overrides.size(), 1);
        const EligibilityOverride& decision = m_report.overrides.first();
        QCOMPARE(decision.patientId, c.p2);
        QCOMPARE(decision.assessmentId, c.p2AssessmentId);
        QCOMPARE(decision.assessorId, c.clinicianA);
        QCOMPARE(decision.derivedDecision, QStringLiteral("exclude"));
        QCOMPARE(decision.finalDecision, QStringLiteral("include"));
        QCOMPARE(ClinicTime::dateOf(decision.decidedAt), QDate(2026, 2, 4));
    }

    void treatmentLength()
    {
        const ReportsClinic& c = *m_clinic;
        // Ended in February after starting: P1 17 sessions, P2 3, P7 21.
        const FidelityFigures& clinic = m_report.clinic;
        QCOMPARE(clinic.endedTreatments.patients, sorted({c.p1, c.p2, c.p7}));
        QCOMPARE(clinic.sessionsDistribution.keys(), (QList<int>{3, 17, 21}));
        QCOMPARE(clinic.sessionsDistribution.value(17).patients, Ids{c.p1});
        QCOMPARE(clinic.belowRange.patients, Ids{c.p2});
        QCOMPARE(clinic.withinRange.patients, Ids{c.p1});
        QCOMPARE(clinic.aboveRange.patients, Ids{c.p7});
        QCOMPARE(clinic.endReasons.value(QStringLiteral("completed")).patients, sorted({c.p1, c.p7}));
        QCOMPARE(clinic.endReasons.value(QStringLiteral("dropped_out")).patients, Ids{c.p2});
        QCOMPARE(clinician(c.clinicianA).endedTreatments.patients, sorted({c.p1, c.p2}));
        QCOMPARE(clinician(c.clinicianB).aboveRange.patients, Ids{c.p7});

        // Plans made or changed in February: P1 (16), P2 (24), P6 (18); P7's plan of 21 was made in January.
        QCOMPARE(clinic.plansOutsideRange.whole.patients, sorted({c.p1, c.p2, c.p6}));
        QCOMPARE(clinic.plansOutsideRange.part.patients, Ids{c.p2});
        QCOMPARE(clinician(c.clinicianA).plansOutsideRange.whole.count, 2);
        QCOMPARE(clinician(c.clinicianB).plansOutsideRange.part.count, 0);
    }

    void onwardReferral()
    {
        const ReportsClinic& c = *m_clinic;
        const FidelityFigures& clinic = m_report.clinic;
        QCOMPARE(clinic.unmetNeeds.patients, sorted({c.p2, c.p3, c.p4}));
        QCOMPARE(clinic.needsReferred.patients, Ids{c.p4});
        QCOMPARE(clinic.needsReasonRecorded.patients, Ids{c.p3});
        QCOMPARE(clinic.needsOpen.patients, Ids{c.p2});
        QCOMPARE(clinician(c.clinicianA).needsOpen.count, 1);
        QCOMPARE(clinician(c.clinicianB).needsOpen.count, 0);
        QCOMPARE(clinician(c.clinicianB).unmetNeeds.count, 2);
    }

    void referralsAndWaiting()
    {
        const ReportsClinic& c = *m_clinic;
        const FidelityFigures& clinic = m_report.clinic;
        // Received in February: P1, P2, P3, P5, P6 and the five phone referrals.
        QCOMPARE(clinic.referrals.count, 10);
        QCOMPARE(clinic.referralsByChannel.value(QStringLiteral("gp")).patients, sorted({c.p1, c.p6}));
        QCOMPARE(clinic.referralsByChannel.value(QStringLiteral("chat")).patients, Ids{c.p2});
        QCOMPARE(clinic.referralsByChannel.value(QStringLiteral("phone")).count, 6);
        QCOMPARE(clinic.referralsByChannel.value(QStringLiteral("police")).patients, Ids{c.p5});
        QVERIFY(!clinic.referralsByChannel.contains(QStringLiteral("self")));
        QCOMPARE(clinic.referralsByUrgency.value(QStringLiteral("urgent")).patients, Ids{c.p2});
        QCOMPARE(clinic.referralsByUrgency.value(QStringLiteral("normal")).count, 9);
        QCOMPARE(m_report.clinician(FidelityBuilder::Unallocated)->figures.referrals.count, 6);

        // First offers in February: P3 1 day, P1 7, P6 9, P2 10 → median 8, 90th percentile (nearest rank) 10.
        QCOMPARE(clinic.waiting.patients.patients, sorted({c.p1, c.p2, c.p3, c.p6}));
        QCOMPARE(*clinic.waiting.medianDays, 8.0);
        QCOMPARE(*clinic.waiting.percentile90Days, 10);
        QCOMPARE(*clinician(c.clinicianA).waiting.medianDays, 8.5);
        QCOMPARE(*clinician(c.clinicianB).waiting.medianDays, 5.0);
        QCOMPARE(*clinician(c.clinicianB).waiting.percentile90Days, 9);

        QCOMPARE(m_report.waitingByMonth.size(), 1);
        QCOMPARE(m_report.waitingByMonth.first().month, QDate(2026, 2, 1));
        QCOMPARE(m_report.waitingByMonth.first().waiting.patients.count, 4);
    }

    void waitingByMonthCoversEveryMonth()
    {
        // January to March: P7 and P4 first offered in January (1 and 2 days), February as above, March none.
        auto report = FidelityReports::compute(*m_clinic->leader, ReportPeriod{QDate(2026, 1, 1), QDate(2026, 4, 1)});
        QVERIFY(report);
        QCOMPARE(report->waitingByMonth.size(), 3);
        const WaitingFigure january = report->waitingByMonth.at(0).waiting;
        QCOMPARE(january.patients.patients, sorted({m_clinic->p4, m_clinic->p7}));
        QCOMPARE(*january.medianDays, 1.5);
        QVERIFY(!report->waitingByMonth.at(2).waiting.medianDays);
        QCOMPARE(report->waitingByMonth.at(2).waiting.patients.count, 0);
    }

    void clinicIsTheSumOfItsClinicians()
    {
        std::int64_t referrals = 0;
        std::int64_t needs = 0;
        std::int64_t instruments = 0;
        for (const ClinicianFidelity& each : m_report.clinicians) {
            referrals += each.figures.referrals.count;
            needs += each.figures.unmetNeeds.count;
            instruments += each.figures.package.value(Timepoint::Intake).instruments.whole.count;
        }
        QCOMPARE(referrals, m_report.clinic.referrals.count);
        QCOMPARE(needs, m_report.clinic.unmetNeeds.count);
        QCOMPARE(instruments, m_report.clinic.package.value(Timepoint::Intake).instruments.whole.count);
        // The unallocated group comes last.
        QCOMPARE(m_report.clinicians.last().clinicianId, FidelityBuilder::Unallocated);
    }

    void emptyPeriodHasNoFigures()
    {
        auto report = FidelityReports::compute(*m_clinic->leader, ReportPeriod{QDate(2025, 1, 1), QDate(2025, 2, 1)});
        QVERIFY(report);
        QCOMPARE(report->clinic.referrals.count, 0);
        QVERIFY(!report->clinic.package.value(Timepoint::Intake).instruments.percent());
        QVERIFY(!report->clinic.waiting.medianDays);
        QVERIFY(report->clinicians.isEmpty());
    }

    void overrideReasonsNeedTheClinicalKeyAndAreAudited()
    {
        const std::int64_t before = auditRows(*m_clinic->leader, "eligibility_override.view");
        auto reasons = OverrideReasons::read(*m_clinic->leader, m_report.overrides);
        QVERIFY2(reasons, reasons ? "" : qPrintable(reasons.error().message));
        QCOMPARE(reasons->size(), 1);
        QCOMPARE(reasons->first().reason, QStringLiteral("Syntetisk: klinisk skjønn"));
        QVERIFY(!reasons->first().withheld);
        QCOMPARE(auditRows(*m_clinic->leader, "eligibility_override.view"), before + 1);

        // A clinician may not read reports at all; a secretary neither.
        auto denied = OverrideReasons::read(*m_clinic->a, m_report.overrides);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    }

    void permissionsAndAudit()
    {
        for (Clinic* session : {m_clinic->a.get(), m_clinic->desk.get()}) {
            auto denied = FidelityReports::compute(*session, ReportsClinic::february());
            QVERIFY(!denied);
            QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        }
        const std::int64_t before = auditRows(*m_clinic->leader, "report.view");
        QVERIFY(FidelityReports::compute(*m_clinic->leader, ReportsClinic::february()));
        QCOMPARE(auditRows(*m_clinic->leader, "report.view"), before + 1);
    }

    void periods_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one day") << QDate(2026, 2, 1) << QDate(2026, 2, 1) << true;
        QTest::newRow("a year") << QDate(2026, 1, 1) << QDate(2026, 12, 31) << true;
        QTest::newRow("backwards") << QDate(2026, 2, 2) << QDate(2026, 2, 1) << false;
        QTest::newRow("invalid") << QDate() << QDate(2026, 2, 1) << false;
        QTest::newRow("eleven years") << QDate(2015, 1, 1) << QDate(2025, 12, 31) << false;
    }

    void periods()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(bool, valid);
        auto period = ReportPeriod::days(first, last);
        QCOMPARE(period.has_value(), valid);
        if (valid) {
            QCOMPARE(period->from, first);
            QCOMPARE(period->last(), last);
        } else {
            QCOMPARE(period.error().code, ErrorCode::InvalidInput);
        }
    }
};

QTEST_GUILESS_MAIN(TestReportsFidelity)
#include "tst_reports_fidelity.moc"
