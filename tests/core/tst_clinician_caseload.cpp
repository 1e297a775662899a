// The clinician's own caseload query ("My patients"): what each row counts, filters, sorting, paging, blocks,
// permissions, the audit row, and a query plan that reads index ranges only.
#include "PathwayFixture.h"
#include "access/PatientAccess.h"
#include "pathway/AssessmentPackage.h"
#include "pathway/ClinicalNote.h"
#include "pathway/DutyToReport.h"
#include "pathway/PatientRegistry.h"
#include "pathway/SessionLog.h"
#include "pathway/Signer.h"
#include "pathway/TreatmentPlan.h"
#include "scheduling/Booking.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/ClinicianCaseload.h"
#include "scheduling/WorkingHours.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

QList<std::int64_t> ids(const QList<CaseloadRow>& rows)
{
    QList<std::int64_t> result;
    for (const CaseloadRow& row : rows) {
        result << row.patientId;
    }
    return result;
}

const CaseloadRow* rowOf(const QList<CaseloadRow>& rows, std::int64_t patientId)
{
    for (const CaseloadRow& row : rows) {
        if (row.patientId == patientId) {
            return &row;
        }
    }
    return nullptr;
}

DutyReportInput completeDuty(const QDate& today)
{
    DutyReportInput input;
    input.duty = Duty::ChildWelfare;
    input.trigger = QStringLiteral("Syntetisk utløsende forhold");
    input.occurredOn = today.addDays(-1);
    input.assessedOn = today;
    input.assessment = QStringLiteral("Syntetisk vurdering");
    input.decision = DutyDecision::NotNotify;
    input.decisionReason = QStringLiteral("Syntetisk begrunnelse");
    input.consultedOther = QStringLiteral("Fagleder");
    input.consultedOn = today;
    input.patientInformed = PatientInformed::Yes;
    input.followUpNeeded = true;
    input.followUpPlan = QStringLiteral("Følges opp neste time");
    return input;
}

} // namespace

class TestClinicianCaseload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<PathwayClinic>();
        m_driver = std::make_unique<PathwayDriver>(*m_clinic);
        PathwayDriver& d = *m_driver;
        const QDate today = m_clinic->clock().today();

        m_treated = d.patientIn(PatientState::Treatment).value_or(0);
        m_waiting = d.patientIn(PatientState::Waiting).value_or(0);
        m_ended = d.patientIn(PatientState::Ended).value_or(0);
        m_colleagues = d.patientIn(PatientState::Assessment).value_or(0);
        m_assessing = d.patientIn(PatientState::Assessment).value_or(0);
        QVERIFY(m_treated && m_waiting && m_ended && m_colleagues && m_assessing);
        QVERIFY(PatientRegistry::allocate(d.leader(), m_colleagues, m_clinic->userId(QStringLiteral("psykolog2"))));

        Clinic& me = d.clinician();
        QVERIFY(TreatmentPlans::set(me, m_treated, PlanInput{18, {}, {}}));
        for (int i = 0; i < 3; ++i) {
            NewSession session;
            session.startsAt = m_clinic->clock().now().addDays(-7 * (i + 1));
            session.attendance = i == 2 ? SessionAttendance::NoShow : SessionAttendance::Attended;
            QVERIFY(SessionLog::record(me, m_treated, session));
        }
        InstrumentEntry triage;
        triage.instrumentId = 1;
        triage.status = InstrumentStatus::Completed;
        triage.completedOn = today;
        QVERIFY(AssessmentPackages::record(me, m_assessing, triage));
        QVERIFY(ClinicalNotes::createDraft(me, m_treated, std::nullopt, QStringLiteral("Utkast")));
        QVERIFY(ClinicalNotes::createDraft(me, m_treated, std::nullopt, QStringLiteral("Utkast 2")));
        auto duty = DutyReports::createDraft(me, m_treated, completeDuty(today));
        QVERIFY(duty);
        auto signer = Signer::confirm(me, "test");
        QVERIFY(signer);
        QVERIFY(DutyReports::sign(me, *duty, *signer));
        // A second record, still a draft, does not count as an open follow-up.
        QVERIFY(DutyReports::createDraft(me, m_treated, completeDuty(today)));

        const std::int64_t psykolog1 = m_clinic->userId(QStringLiteral("psykolog1"));
        WeekTemplate week{QDate(2026, 1, 1), {}};
        for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
            week.periods.append(WorkPeriod{day, QTime(8, 0), QTime(16, 0)});
        }
        QVERIFY(WorkingHours::setWeek(d.secretary(), psykolog1, week));
        auto booked = Booking::book(
            d.secretary(), BookingRequest{m_waiting, AppointmentType::EligibilityAssessment, Modality::InPerson,
                                          Slot::forType(psykolog1, ClinicTime::at(today.addDays(1), QTime(10, 0)),
                                                        AppointmentType::EligibilityAssessment)});
        QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
    }

    void rowsCountWhatTheClinicianNeeds()
    {
        auto rows = ClinicianCaseload::page(m_driver->clinician(), CaseloadFilter{}, 0, 50);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        // Active care only, own patients only; the one with an appointment first.
        QCOMPARE(ids(*rows), (QList<std::int64_t>{m_waiting, m_treated, m_assessing}));

        const CaseloadRow* treated = rowOf(*rows, m_treated);
        QCOMPARE(treated->state, PatientState::Treatment);
        QCOMPARE(treated->sessionsAttended, 2);
        QCOMPARE(treated->plannedSessions, std::optional<int>(18));
        QCOMPARE(treated->unsignedNotes, 2);
        QCOMPARE(treated->openDutyFollowUps, 1);
        QCOMPARE(treated->packagePercent, std::optional<int>(100)); // the driver completes the intake package
        QCOMPARE(rowOf(*rows, m_assessing)->packagePercent, std::optional<int>(25)); // 1 of the 4 intake instruments
        QVERIFY(!treated->nextAppointment);
        QVERIFY(treated->name.startsWith(QStringLiteral("Testperson")));
        QCOMPARE(treated->displayName(), treated->name);

        const CaseloadRow* waiting = rowOf(*rows, m_waiting);
        QCOMPARE(waiting->state, PatientState::Waiting);
        QVERIFY(!waiting->plannedSessions);
        QVERIFY(!waiting->packagePercent);
        QCOMPARE(waiting->unsignedNotes, 0);
        QVERIFY(waiting->nextAppointment);
        QCOMPARE(waiting->nextAppointment->toLocalTime().time(), QTime(10, 0));
        QCOMPARE(waiting->nextAppointmentType, std::optional(AppointmentType::EligibilityAssessment));

        auto all = ClinicianCaseload::page(m_driver->clinician(), CaseloadFilter{{}, false}, 0, 50);
        QVERIFY(all);
        QCOMPARE(all->size(), 4);
        QVERIFY(rowOf(*all, m_ended));
        QVERIFY(!rowOf(*all, m_colleagues));
    }

    void filtersSortsAndPages()
    {
        Clinic& me = m_driver->clinician();
        auto treated = PatientRegistry::get(me, m_treated);
        QVERIFY(treated);
        CaseloadFilter filter;
        filter.text = treated->pseudonym.toLower();
        auto found = ClinicianCaseload::page(me, filter, 0, 50);
        QVERIFY(found);
        QCOMPARE(ids(*found), QList<std::int64_t>{m_treated});
        // LIKE wildcards in the text are taken literally.
        filter.text = QStringLiteral("%");
        found = ClinicianCaseload::page(me, filter, 0, 50);
        QVERIFY(found);
        QVERIFY(found->isEmpty());

        CaseloadFilter bySessions{{}, true, CaseloadSort::Sessions, true};
        auto sorted = ClinicianCaseload::page(me, bySessions, 0, 50);
        QVERIFY(sorted);
        QCOMPARE(ids(*sorted), (QList<std::int64_t>{m_treated, m_waiting, m_assessing}));
        bySessions.descending = false;
        sorted = ClinicianCaseload::page(me, bySessions, 0, 50);
        QCOMPARE(ids(*sorted), (QList<std::int64_t>{m_waiting, m_assessing, m_treated}));
        for (CaseloadSort sort : {CaseloadSort::Patient, CaseloadSort::State, CaseloadSort::UnsignedNotes,
                                  CaseloadSort::Package, CaseloadSort::DutyFollowUps}) {
            auto rows = ClinicianCaseload::page(me, CaseloadFilter{{}, false, sort, true}, 0, 50);
            QVERIFY(rows);
            QCOMPARE(rows->size(), 4);
        }
        CaseloadFilter byState{{}, false, CaseloadSort::State, false};
        auto states = ClinicianCaseload::page(me, byState, 0, 50);
        QCOMPARE(ids(*states), (QList<std::int64_t>{m_waiting, m_assessing, m_treated, m_ended}));

        auto first = ClinicianCaseload::page(me, byState, 0, 2);
        auto second = ClinicianCaseload::page(me, byState, 2, 2);
        QVERIFY(first && second);
        QCOMPARE(ids(*first) + ids(*second), ids(*states));
        QVERIFY(!ClinicianCaseload::page(me, byState, 0, 0));
        QVERIFY(!ClinicianCaseload::page(me, byState, -1, 5));
    }

    void onlyForClinicians_andAudited()
    {
        auto refused = ClinicianCaseload::page(m_driver->secretary(), CaseloadFilter{}, 0, 50);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);

        Clinic& me = m_driver->clinician();
        auto before = me.db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'caseload.view'");
        QVERIFY(ClinicianCaseload::page(me, CaseloadFilter{}, 0, 50));
        auto after = me.db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'caseload.view'");
        QCOMPARE(*after, *before + 1);
    }

    void blockedPatientsAreLeftOut()
    {
        QVERIFY(PatientAccess::block(m_driver->leader(), m_waiting, m_clinic->userId(QStringLiteral("psykolog1"))));
        auto rows = ClinicianCaseload::page(m_driver->clinician(), CaseloadFilter{}, 0, 50);
        QVERIFY(rows);
        QCOMPARE(ids(*rows), (QList<std::int64_t>{m_treated, m_assessing}));
        QVERIFY(PatientAccess::unblock(m_driver->leader(), m_waiting, m_clinic->userId(QStringLiteral("psykolog1"))));
    }

    void readsIndexRangesOnly()
    {
        for (CaseloadSort sort : {CaseloadSort::NextAppointment, CaseloadSort::Patient, CaseloadSort::Package}) {
            const QByteArray sql = ClinicianCaseload::sql(CaseloadFilter{QStringLiteral("x"), true, sort, false});
            auto stmt = m_driver->clinician().db().prepare(("EXPLAIN QUERY PLAN " + sql).constData());
            QVERIFY(stmt);
            stmt->bindAll(std::int64_t(1), QStringLiteral("2026"), QStringLiteral("%x%"), std::int64_t(50),
                          std::int64_t(0));
            QStringList lines;
            while (true) {
                auto row = stmt->step();
                QVERIFY(row);
                if (!*row) {
                    break;
                }
                lines << stmt->text(3);
            }
            const QString plan = lines.join(QLatin1Char('\n'));
            QVERIFY2(plan.contains(QStringLiteral("patient_clinician")), qPrintable(plan));
            // Every table is searched by an index, except the catalogue's few instruments per version.
            for (const QString& line : std::as_const(lines)) {
                if (line.startsWith(QLatin1String("SCAN "))) {
                    QVERIFY2(line.contains(QLatin1String("USING")) || line.contains(QLatin1String("SCAN m")) ||
                                 line.contains(QLatin1String("SCAN rows")) ||
                                 line.contains(QLatin1String("TEMP B-TREE")),
                             qPrintable(plan));
                }
            }
        }
    }

private:
    std::unique_ptr<PathwayClinic> m_clinic;
    std::unique_ptr<PathwayDriver> m_driver;
    std::int64_t m_treated = 0;
    std::int64_t m_waiting = 0;
    std::int64_t m_ended = 0;
    std::int64_t m_colleagues = 0;
    std::int64_t m_assessing = 0;
};

QTEST_GUILESS_MAIN(TestClinicianCaseload)
#include "tst_clinician_caseload.moc"
