// Attendance and cancellations feed the treatment plan's counts: every outcome of a pathway appointment is
// written to the pathway's session record (treatment_session), which SessionLog counts against the plan.
#include "pathway/SessionLog.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/Attendance.h"
#include "scheduling/Booking.h"
#include "scheduling/Cancellation.h"
#include "scheduling/RecurringSeries.h"
#include "tst_scheduling_fixture.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

Q_DECLARE_METATYPE(forlop::AppointmentType)

namespace {

// The treatment plan's counts as the pathway gives them: attended, cancelled by patient, cancelled by clinic,
// no-show.
QList<int> planCounts(Clinic& clinic, std::int64_t patientId)
{
    auto tally = SessionLog::counts(clinic, patientId);
    if (!tally) {
        qWarning("%s", qPrintable(tally.error().message));
        return {};
    }
    return {tally->attended, tally->cancelledByPatient, tally->cancelledByClinic, tally->noShow};
}

} // namespace

class TestSchedulingAttendance : public QObject
{
    Q_OBJECT

    std::unique_ptr<SchedulingClinic> m_clinic;
    std::unique_ptr<Clinic> m_desk;

    void setNow(const QDateTime& at) { m_clinic->clinic.clock().set(at.toUTC()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<SchedulingClinic>();
        m_desk = m_clinic->open("sekretar");
        QVERIFY(m_desk);
    }

    void init() { setNow(oslo(2026, 3, 2, 10)); }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_clinic.reset();
    }

    void countsFollowEveryOutcome()
    {
        const std::int64_t patient = addPatient(*m_desk, QStringLiteral("treatment"), m_clinic->psykolog1);
        SeriesRequest request;
        request.patientId = patient;
        request.clinicianId = m_clinic->psykolog1;
        request.modality = Modality::InPerson;
        request.firstStart = oslo(2026, 3, 3, 10);
        request.occurrences = 6;
        auto id = RecurringSeries::create(*m_desk, request);
        QVERIFY(id);
        const QList<Appointment> sessions = RecurringSeries::get(*m_desk, *id)->appointments;

        // Not before it has begun.
        auto early = Attendance::mark(*m_desk, sessions[0].id, Outcome::Attended);
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::Conflict);
        QCOMPARE(scalar(*m_desk, "SELECT count(*) FROM treatment_session"), 0);

        setNow(oslo(2026, 3, 3, 10, 50));
        QVERIFY(Attendance::mark(*m_desk, sessions[0].id, Outcome::Attended));
        setNow(oslo(2026, 3, 10, 11));
        QVERIFY(Attendance::mark(*m_desk, sessions[1].id, Outcome::NoShow));
        QCOMPARE(planCounts(*m_desk, patient), (QList<int>{1, 0, 0, 1}));
        // A mark can be corrected; the session row follows, it is not doubled.
        QVERIFY(Attendance::mark(*m_desk, sessions[1].id, Outcome::Attended));
        QCOMPARE(scalar(*m_desk, "SELECT count(*) FROM treatment_session WHERE appointment_id = ?1", sessions[1].id),
                 1);
        QVERIFY(Cancellation::cancel(*m_desk, sessions[2].id, CancelledBy::Patient, QStringLiteral("Ill")));
        QVERIFY(Cancellation::cancel(*m_desk, sessions[3].id, CancelledBy::Clinic, QStringLiteral("Clinician ill")));
        setNow(oslo(2026, 3, 31, 11));
        QVERIFY(Attendance::mark(*m_desk, sessions[4].id, Outcome::NoShow));

        QCOMPARE(planCounts(*m_desk, patient), (QList<int>{2, 1, 1, 1}));

        // The session rows carry the appointment's time, length, modality and clinician.
        auto row = m_desk->db().prepare("SELECT clinician_id, starts_at, duration_minutes, modality, kind "
                                        "FROM treatment_session WHERE appointment_id = ?1");
        QVERIFY(row);
        row->bind(1, sessions[0].id);
        QVERIFY(*row->step());
        QCOMPARE(row->int64(0), m_clinic->psykolog1);
        QCOMPARE(ClinicTime::fromStored(row->text(1)), oslo(2026, 3, 3, 10));
        QCOMPARE(row->integer(2), 45);
        QCOMPARE(row->text(3), QStringLiteral("in_person"));
        QCOMPARE(row->text(4), QStringLiteral("treatment"));

        // A cancelled appointment cannot be marked, nor can someone without the right.
        QCOMPARE(Attendance::mark(*m_desk, sessions[2].id, Outcome::Attended).error().code, ErrorCode::Conflict);
        auto admin = m_clinic->open("admin");
        QCOMPARE(Attendance::mark(*admin, sessions[5].id, Outcome::Attended).error().code, ErrorCode::PermissionDenied);

        QCOMPARE(scalar(*m_desk,
                        "SELECT count(*) FROM audit_log WHERE action = 'appointment.attended' "
                        "AND patient_id = ?1",
                        patient),
                 2);
        QCOMPARE(scalar(*m_desk,
                        "SELECT count(*) FROM audit_log WHERE action = 'appointment.no_show' "
                        "AND patient_id = ?1",
                        patient),
                 2);
    }

    void sessionKindPerAppointmentType_data()
    {
        QTest::addColumn<AppointmentType>("type");
        QTest::addColumn<QString>("kind"); // empty: no session row
        QTest::addColumn<int>("hour");     // each row books its own time on Wednesday 4 March
        QTest::newRow("first contact") << AppointmentType::FirstContact << QString() << 8;
        QTest::newRow("eligibility assessment") << AppointmentType::EligibilityAssessment << "eligibility" << 9;
        QTest::newRow("assessment") << AppointmentType::Assessment << "assessment" << 10;
        QTest::newRow("treatment session") << AppointmentType::TreatmentSession << "treatment" << 12;
        QTest::newRow("follow-up") << AppointmentType::FollowUp << "follow_up" << 13;
    }

    void sessionKindPerAppointmentType()
    {
        QFETCH(AppointmentType, type);
        QFETCH(QString, kind);
        QFETCH(int, hour);
        const std::int64_t patient = addPatient(*m_desk, QStringLiteral("assessment"), m_clinic->psykolog2);
        auto booked = Booking::book(*m_desk, {patient, type, Modality::Phone,
                                              Slot::forType(m_clinic->psykolog2, oslo(2026, 3, 4, hour), type)});
        QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
        setNow(oslo(2026, 3, 4, hour, 5));
        QVERIFY(Attendance::mark(*m_desk, *booked, Outcome::Attended));
        auto stored = AppointmentStore::find(m_desk->db(), *booked);
        QCOMPARE((*stored)->status, AppointmentStatus::Attended);
        auto stmt = m_desk->db().prepare("SELECT kind, attendance FROM treatment_session WHERE appointment_id = ?1");
        QVERIFY(stmt);
        stmt->bind(1, *booked);
        auto row = stmt->step();
        QVERIFY(row);
        if (kind.isEmpty()) {
            QVERIFY(!*row);
        } else {
            QVERIFY(*row);
            QCOMPARE(stmt->text(0), kind);
            QCOMPARE(stmt->text(1), QStringLiteral("attended"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSchedulingAttendance)
#include "tst_scheduling_attendance.moc"
