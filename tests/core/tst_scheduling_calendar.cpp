// What the screens read: day and week calendars of several clinicians (labels only, blocked patients unnamed,
// cancelled hidden unless asked for), my day, a patient's appointments and next appointment (audited), the
// caseload's next appointments, and each clinician's delivered sessions and free capacity.
#include "access/PatientAccess.h"
#include "scheduling/Attendance.h"
#include "scheduling/Booking.h"
#include "scheduling/CalendarQuery.h"
#include "scheduling/Cancellation.h"
#include "scheduling/ClinicianLoad.h"
#include "scheduling/PatientAppointments.h"
#include "scheduling/RecurringSeries.h"
#include "scheduling/Room.h"
#include "tst_scheduling_fixture.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

QStringList describe(const QList<CalendarEntry>& entries)
{
    QStringList result;
    for (const CalendarEntry& entry : entries) {
        result << QStringLiteral("%1 %2 %3%4")
                      .arg(ClinicTime::toLocal(entry.time.start).toString(QStringLiteral("ddd HH:mm")),
                           entry.patientLabel.isEmpty() ? QStringLiteral("(blocked)") : entry.patientLabel,
                           AppointmentStatuses::id(entry.status),
                           entry.roomName.isEmpty() ? QString() : QStringLiteral(" ") + entry.roomName);
    }
    return result;
}

QStringList texts(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items) {
        list << QString::fromUtf8(item);
    }
    return list;
}

} // namespace

class TestSchedulingCalendar : public QObject
{
    Q_OBJECT

    std::unique_ptr<SchedulingClinic> m_clinic;
    std::unique_ptr<Clinic> m_desk;
    std::int64_t m_room = 0;
    std::int64_t m_named = 0;
    std::int64_t m_anonymous = 0;
    std::int64_t m_blocked = 0;
    std::int64_t m_cancelled = 0;
    std::int64_t m_series = 0;

    // Expected calendar lines, with the generated pseudonyms filled in.
    QStringList expected(std::initializer_list<const char*> lines)
    {
        QStringList result = texts(lines);
        for (QString& line : result) {
            line.replace(QStringLiteral("{anonymous}"), pseudonymOf(*m_desk, m_anonymous));
            line.replace(QStringLiteral("{blocked}"), pseudonymOf(*m_desk, m_blocked));
        }
        return result;
    }

    std::int64_t book(std::int64_t patient, std::int64_t clinician, const QDateTime& start, int minutes,
                      std::optional<std::int64_t> room = std::nullopt)
    {
        auto booked = Booking::book(*m_desk, {patient, AppointmentType::TreatmentSession,
                                              room ? Modality::InPerson : Modality::Video,
                                              Slot::of(clinician, start, minutes, room)});
        if (!booked) {
            qWarning("%s", qPrintable(booked.error().message));
            return 0;
        }
        return *booked;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<SchedulingClinic>();
        m_desk = m_clinic->open("sekretar");
        QVERIFY(m_desk);
        m_room = *Rooms::add(*m_desk, QStringLiteral("Rom 1"));
        m_named = addPatient(*m_desk, QStringLiteral("treatment"), m_clinic->psykolog1, QDate(2026, 1, 5),
                             QStringLiteral("normal"), QStringLiteral("Kari Testdatter"));
        m_anonymous = addPatient(*m_desk, QStringLiteral("assessment"), m_clinic->psykolog1);
        m_blocked = addPatient(*m_desk, QStringLiteral("treatment"), m_clinic->psykolog2);
        // The week of Monday 9 March.
        QVERIFY(book(m_named, m_clinic->psykolog1, oslo(2026, 3, 9, 8), 45, m_room));
        QVERIFY(book(m_anonymous, m_clinic->psykolog1, oslo(2026, 3, 11, 13), 90));
        QVERIFY(book(m_blocked, m_clinic->psykolog2, oslo(2026, 3, 10, 9), 45, m_room));
        m_cancelled = book(m_anonymous, m_clinic->psykolog2, oslo(2026, 3, 12, 9), 45);
        QVERIFY(Cancellation::cancel(*m_desk, m_cancelled, CancelledBy::Patient, QStringLiteral("Ill")));
        // Late on Sunday, ending as the next week begins.
        QVERIFY(WorkingHours::addException(*m_desk, m_clinic->psykolog2, ExceptionKind::Extra,
                                           {oslo(2026, 3, 15, 22), oslo(2026, 3, 16, 0)}));
        QVERIFY(book(m_anonymous, m_clinic->psykolog2, oslo(2026, 3, 15, 23, 15), 45));
        // Outside the week on both sides.
        QVERIFY(book(m_named, m_clinic->psykolog1, oslo(2026, 3, 6, 15), 30));
        QVERIFY(book(m_named, m_clinic->psykolog1, oslo(2026, 3, 16, 8), 45));
        // A series of psykolog2's with its second session moved.
        SeriesRequest series;
        series.patientId = m_named;
        series.clinicianId = m_clinic->psykolog2;
        series.modality = Modality::Video;
        series.firstStart = oslo(2026, 3, 5, 14);
        series.occurrences = 2;
        auto seriesId = RecurringSeries::create(*m_desk, series);
        QVERIFY(seriesId);
        m_series = *seriesId;
        auto occurrences = RecurringSeries::get(*m_desk, m_series);
        QVERIFY(Booking::move(*m_desk, occurrences->appointments[1].id,
                              Slot::of(m_clinic->psykolog2, oslo(2026, 3, 13, 14), 45)));
        auto leader = m_clinic->open("leder");
        QVERIFY(PatientAccess::block(*leader, m_blocked, m_clinic->sekretar));
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_clinic.reset();
    }

    void weekOfSeveralClinicians()
    {
        const std::int64_t before = scalar(*m_desk, "SELECT count(*) FROM audit_log WHERE action = 'calendar.view'");
        auto week = CalendarQuery::week(*m_desk, {m_clinic->psykolog1, m_clinic->psykolog2}, QDate(2026, 3, 12));
        QVERIFY2(week, week ? "" : qPrintable(week.error().message));
        QCOMPARE(describe(*week), expected({"Mon 08:00 Kari Testdatter booked Rom 1", "Wed 13:00 {anonymous} booked",
                                            "Tue 09:00 (blocked) booked Rom 1", "Fri 14:00 Kari Testdatter booked",
                                            "Sun 23:15 {anonymous} booked"}));
        QCOMPARE(week->at(0).clinicianId, m_clinic->psykolog1);
        QCOMPARE(week->at(2).clinicianId, m_clinic->psykolog2);
        QCOMPARE(week->at(2).patientId, m_blocked); // the time stays taken, the patient unnamed
        QCOMPARE(week->at(3).seriesId, std::optional<std::int64_t>(m_series));
        QVERIFY(week->at(3).movedInSeries);
        QCOMPARE(scalar(*m_desk, "SELECT count(*) FROM audit_log WHERE action = 'calendar.view'"), before + 1);
        QCOMPARE(scalar(*m_desk, "SELECT count(*) FROM audit_log WHERE action = 'calendar.view' "
                                 "AND patient_id IS NOT NULL"),
                 0);

        auto withCancelled =
            CalendarQuery::week(*m_desk, {m_clinic->psykolog2}, QDate(2026, 3, 9), /*includeCancelled=*/true);
        QVERIFY(withCancelled);
        QCOMPARE(describe(*withCancelled),
                 expected({"Tue 09:00 (blocked) booked Rom 1", "Thu 09:00 {anonymous} cancelled_by_patient",
                           "Fri 14:00 Kari Testdatter booked", "Sun 23:15 {anonymous} booked"}));

        // The next week starts as Sunday's late appointment ends.
        auto next = CalendarQuery::week(*m_desk, {m_clinic->psykolog2, m_clinic->psykolog1}, QDate(2026, 3, 16));
        QVERIFY(next);
        QCOMPARE(describe(*next), expected({"Mon 08:00 Kari Testdatter booked"}));

        // The unit leader, not blocked, sees the name.
        auto leader = m_clinic->open("leder");
        auto leaderDay = CalendarQuery::day(*leader, {m_clinic->psykolog2}, QDate(2026, 3, 10));
        QVERIFY(leaderDay);
        QCOMPARE(describe(*leaderDay), expected({"Tue 09:00 {blocked} booked Rom 1"}));
    }

    void dayAndMyDay()
    {
        auto day = CalendarQuery::day(*m_desk, {m_clinic->psykolog1}, QDate(2026, 3, 11));
        QVERIFY(day);
        QCOMPARE(describe(*day), expected({"Wed 13:00 {anonymous} booked"}));
        m_clinic->clinic.clock().set(oslo(2026, 3, 9, 7).toUTC());
        auto clinician = m_clinic->open("psykolog1");
        QVERIFY(clinician);
        auto mine = CalendarQuery::myDay(*clinician);
        QVERIFY(mine);
        QCOMPARE(describe(*mine), expected({"Mon 08:00 Kari Testdatter booked Rom 1"}));
        m_clinic->clinic.clock().set(oslo(2026, 3, 2, 10).toUTC());

        auto plans = CalendarQuery::workingDays(*m_desk, m_clinic->psykolog2, QDate(2026, 3, 14), QDate(2026, 3, 15));
        QVERIFY(plans);
        QCOMPARE(plans->size(), 2);
        QVERIFY(plans->at(0).working.isEmpty());  // Saturday
        QCOMPARE(plans->at(1).working.size(), 1); // Sunday's extra hours
        QCOMPARE(plans->at(1).working.first(), (TimeRange{oslo(2026, 3, 15, 22), oslo(2026, 3, 16, 0)}));
    }

    void refusals()
    {
        auto admin = m_clinic->open("admin");
        QCOMPARE(CalendarQuery::week(*admin, {m_clinic->psykolog1}, QDate(2026, 3, 9)).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(CalendarQuery::range(*m_desk, {m_clinic->psykolog1}, {oslo(2026, 3, 1, 0), oslo(2026, 6, 1, 0)})
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
    }

    void patientsAppointmentsAreAudited()
    {
        const auto viewsOf = [&](std::int64_t patient) {
            return scalar(*m_desk,
                          "SELECT count(*) FROM audit_log WHERE action = 'appointment.view' "
                          "AND patient_id = ?1",
                          patient);
        };
        const std::int64_t before = viewsOf(m_anonymous);
        auto all = PatientAppointments::list(*m_desk, m_anonymous);
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(1).status, AppointmentStatus::CancelledByPatient);
        auto next = PatientAppointments::next(*m_desk, m_anonymous);
        QVERIFY(next && *next);
        QCOMPARE((*next)->time.start, oslo(2026, 3, 11, 13));
        QCOMPARE(viewsOf(m_anonymous), before + 2);
        auto one = PatientAppointments::get(*m_desk, all->at(0).id);
        QVERIFY(one);
        QCOMPARE(one->time, all->at(0).time);
        QCOMPARE(scalar(*m_desk,
                        "SELECT count(*) FROM audit_log WHERE action = 'appointment.view' "
                        "AND object_id IS NOT NULL AND patient_id = ?1",
                        m_anonymous),
                 1);
        QCOMPARE(viewsOf(m_anonymous), before + 3);
        // Blocked: refused, and the refusal is on record.
        auto blocked = PatientAppointments::list(*m_desk, m_blocked);
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(viewsOf(m_blocked), 0);

        auto caseload = PatientAppointments::nextForCaseload(*m_desk, m_clinic->psykolog1);
        QVERIFY(caseload);
        QCOMPARE(caseload->size(), 2);
        QCOMPARE(caseload->value(m_named).time.start, oslo(2026, 3, 5, 14)); // the series with psykolog2
        QCOMPARE(caseload->value(m_anonymous).time.start, oslo(2026, 3, 11, 13));
    }

    void clinicianLoad()
    {
        // psykolog3 keeps 08:00–15:30 on weekdays; the clock stands at Monday 2 March 10:00.
        const std::int64_t psykolog3 = addStaff(m_clinic->clinic, QStringLiteral("psykolog3"), Role::Clinician);
        QVERIFY(psykolog3);
        QVERIFY(WorkingHours::setWeek(*m_desk, psykolog3, weekdays(QTime(8, 0), QTime(15, 30))));
        const std::int64_t x = addPatient(*m_desk, QStringLiteral("treatment"), psykolog3);
        const std::int64_t y = addPatient(*m_desk, QStringLiteral("assessment"), psykolog3);
        addPatient(*m_desk, QStringLiteral("ended"), psykolog3);
        const std::int64_t first = book(x, psykolog3, oslo(2026, 3, 2, 10), 45);
        const std::int64_t second = book(x, psykolog3, oslo(2026, 3, 3, 9), 45);
        const std::int64_t missed = book(x, psykolog3, oslo(2026, 3, 5, 9), 45);
        QVERIFY(first && second && missed);

        // 02.03 10:00–15:30, nineteen whole weekdays, 30.03 08:00–10:00: 330 + 19 × 450 + 120 minutes.
        auto load = ClinicianLoads::forClinician(*m_desk, psykolog3);
        QVERIFY2(load, load ? "" : qPrintable(load.error().message));
        QCOMPARE(load->workingMinutes, 9000);
        QCOMPARE(load->bookedMinutes, 135);
        QCOMPARE(load->freeMinutes, 8865);
        QCOMPARE(load->sessionsDelivered, 0);
        QCOMPARE(load->patientsWithoutAppointment, QList<std::int64_t>{y});
        // A sick day takes a day's capacity.
        QVERIFY(WorkingHours::addException(*m_desk, psykolog3, ExceptionKind::Sick,
                                           WorkingHours::wholeDays(QDate(2026, 3, 4), QDate(2026, 3, 4))));
        QCOMPARE(ClinicianLoads::forClinician(*m_desk, psykolog3)->workingMinutes, 8550);

        m_clinic->clinic.clock().set(oslo(2026, 3, 16, 10).toUTC());
        QVERIFY(Attendance::mark(*m_desk, first, Outcome::Attended));
        QVERIFY(Attendance::mark(*m_desk, second, Outcome::Attended));
        QVERIFY(Attendance::mark(*m_desk, missed, Outcome::NoShow));
        load = ClinicianLoads::forClinician(*m_desk, psykolog3);
        QCOMPARE(load->sessionsDelivered, 2);
        QCOMPARE(load->patientsWithoutAppointment, (QList<std::int64_t>{x, y}));
        auto all = ClinicianLoads::all(*m_desk);
        QVERIFY(all);
        QCOMPARE(all->size(), 4);
        m_clinic->clinic.clock().set(oslo(2026, 3, 2, 10).toUTC());
    }
};

QTEST_GUILESS_MAIN(TestSchedulingCalendar)
#include "tst_scheduling_calendar.moc"
