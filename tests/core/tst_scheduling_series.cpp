// Weekly series: all occurrences or none, the same local time across summer time, single occurrences moved or
// cancelled without breaking the series, and moves into a conflict refused.
#include "scheduling/AppointmentStore.h"
#include "scheduling/Booking.h"
#include "scheduling/Cancellation.h"
#include "scheduling/RecurringSeries.h"
#include "tst_scheduling_fixture.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

class TestSchedulingSeries : public QObject
{
    Q_OBJECT

    std::unique_ptr<SchedulingClinic> m_clinic;
    std::unique_ptr<Clinic> m_desk;

    SeriesRequest weekly(std::int64_t patient, const QDateTime& first, int count) const
    {
        SeriesRequest request;
        request.patientId = patient;
        request.clinicianId = m_clinic->psykolog1;
        request.type = AppointmentType::TreatmentSession;
        request.modality = Modality::Video;
        request.firstStart = first;
        request.occurrences = count;
        return request;
    }

    std::int64_t count(const char* sql) { return scalar(*m_desk, sql); }

private Q_SLOTS:
    void init()
    {
        m_clinic = std::make_unique<SchedulingClinic>();
        m_desk = m_clinic->open("sekretar");
        QVERIFY(m_desk);
    }

    void cleanup()
    {
        m_desk.reset();
        m_clinic.reset();
    }

    void weeklyAtTheSameLocalTime()
    {
        const std::int64_t patient = addPatient(*m_desk, QStringLiteral("treatment"), m_clinic->psykolog1);
        // Summer time starts on Sunday 29 March 2026: the session stays at 10:00 on the wall clock.
        auto id = RecurringSeries::create(*m_desk, weekly(patient, oslo(2026, 3, 17, 10), 4));
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        auto series = RecurringSeries::get(*m_desk, *id);
        QVERIFY(series);
        QCOMPARE(series->appointments.size(), 4);
        const QList<QDate> dates{QDate(2026, 3, 17), QDate(2026, 3, 24), QDate(2026, 3, 31), QDate(2026, 4, 7)};
        for (int i = 0; i < 4; ++i) {
            const Appointment& each = series->appointments[i];
            QCOMPARE(ClinicTime::dateOf(each.time.start), dates[i]);
            QCOMPARE(ClinicTime::timeOf(each.time.start), QTime(10, 0));
            QCOMPARE(each.time.minutes(), 45);
            QCOMPARE(each.seriesId, std::optional<std::int64_t>(*id));
            QVERIFY(!each.isMovedInSeries());
        }
        QCOMPARE(series->appointments[0].time.start.toUTC().time(), QTime(9, 0));
        QCOMPARE(series->appointments[2].time.start.toUTC().time(), QTime(8, 0));
        QCOMPARE(scalar(*m_desk, "SELECT count(*) FROM audit_log WHERE action = 'appointment.book' AND patient_id = ?1",
                        patient),
                 4);
        QCOMPARE(scalar(*m_desk,
                        "SELECT count(*) FROM audit_log WHERE action = 'appointment_series.view' "
                        "AND patient_id = ?1",
                        patient),
                 1);
    }

    void allOrNothing()
    {
        const std::int64_t patient = addPatient(*m_desk);
        QVERIFY(WorkingHours::addException(*m_desk, m_clinic->psykolog1, ExceptionKind::Holiday,
                                           WorkingHours::wholeDays(QDate(2026, 3, 16), QDate(2026, 3, 20))));
        const SeriesRequest request = weekly(patient, oslo(2026, 3, 3, 10), 4);
        auto preview = RecurringSeries::preview(*m_desk, request);
        QVERIFY(preview);
        QCOMPARE(preview->size(), 4);
        QVERIFY(!(*preview)[0].refusal && !(*preview)[1].refusal && !(*preview)[3].refusal);
        QVERIFY((*preview)[2].refusal);
        QCOMPARE((*preview)[2].refusal->message, QStringLiteral("psykolog1 is on holiday 16.03.2026–20.03.2026."));

        const std::int64_t before = count("SELECT count(*) FROM appointment");
        auto refused = RecurringSeries::create(*m_desk, request);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(refused.error().message, QStringLiteral("Session 3 of 4 cannot be booked. psykolog1 is on holiday "
                                                         "16.03.2026–20.03.2026."));
        QCOMPARE(count("SELECT count(*) FROM appointment"), before);
        QCOMPARE(count("SELECT count(*) FROM appointment_series"), 0);

        SeriesRequest tooMany = request;
        tooMany.occurrences = 61;
        QCOMPARE(RecurringSeries::create(*m_desk, tooMany).error().code, ErrorCode::InvalidInput);
    }

    void movedOccurrenceKeepsTheSeries()
    {
        const std::int64_t patient = addPatient(*m_desk, QStringLiteral("treatment"), m_clinic->psykolog1);
        const std::int64_t other = addPatient(*m_desk);
        auto id = RecurringSeries::create(*m_desk, weekly(patient, oslo(2026, 3, 3, 10), 4));
        QVERIFY(id);
        auto otherBooking = Booking::book(*m_desk, {other, AppointmentType::Assessment, Modality::InPerson,
                                                    Slot::of(m_clinic->psykolog1, oslo(2026, 3, 19, 14), 90)});
        QVERIFY(otherBooking);
        auto series = RecurringSeries::get(*m_desk, *id);
        QVERIFY(series);
        const QList<Appointment> original = series->appointments;

        // Week 2 moves from Tuesday to Thursday afternoon.
        QVERIFY(Booking::move(*m_desk, original[1].id, Slot::of(m_clinic->psykolog1, oslo(2026, 3, 12, 13), 45)));
        // Week 3 cannot move into the other patient's assessment, nor onto week 4's session.
        auto intoOther =
            Booking::move(*m_desk, original[2].id, Slot::of(m_clinic->psykolog1, oslo(2026, 3, 19, 14, 30), 45));
        QVERIFY(!intoOther);
        QCOMPARE(intoOther.error().message,
                 QStringLiteral("psykolog1 already has an appointment on 19.03.2026, 14:00–15:30."));
        auto ontoWeekFour =
            Booking::move(*m_desk, original[2].id, Slot::of(m_clinic->psykolog1, oslo(2026, 3, 24, 10, 30), 45));
        QVERIFY(!ontoWeekFour);
        QCOMPARE(ontoWeekFour.error().message,
                 QStringLiteral("psykolog1 already has an appointment on 24.03.2026, 10:00–10:45."));

        series = RecurringSeries::get(*m_desk, *id);
        QVERIFY(series);
        QCOMPARE(series->appointments.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const Appointment& now = series->appointments[i];
            QCOMPARE(now.id, original[i].id);
            QCOMPARE(now.seriesSlot, original[i].time.start);
            QCOMPARE(now.status, AppointmentStatus::Booked);
            if (i == 1) {
                QVERIFY(now.isMovedInSeries());
                QCOMPARE(now.time, TimeRange::ofMinutes(oslo(2026, 3, 12, 13), 45));
            } else {
                QVERIFY(!now.isMovedInSeries());
                QCOMPARE(now.time, original[i].time);
            }
        }
        // The Tuesday of week 2 is free again.
        auto freed = Booking::book(*m_desk, {other, AppointmentType::Assessment, Modality::Video,
                                             Slot::of(m_clinic->psykolog1, oslo(2026, 3, 10, 10), 45)});
        QVERIFY2(freed, freed ? "" : qPrintable(freed.error().message));

        // Cancelling one occurrence leaves the rest booked.
        QVERIFY(Cancellation::cancel(*m_desk, original[3].id, CancelledBy::Patient, QStringLiteral("Away")));
        series = RecurringSeries::get(*m_desk, *id);
        QCOMPARE(series->appointments[3].status, AppointmentStatus::CancelledByPatient);
        QCOMPARE(series->appointments[0].status, AppointmentStatus::Booked);
        QCOMPARE(series->appointments[2].status, AppointmentStatus::Booked);
    }

    void cancelTheRest()
    {
        const std::int64_t patient = addPatient(*m_desk, QStringLiteral("treatment"), m_clinic->psykolog1);
        auto id = RecurringSeries::create(*m_desk, weekly(patient, oslo(2026, 3, 4, 9), 6));
        QVERIFY(id);
        auto series = RecurringSeries::get(*m_desk, *id);
        QVERIFY(
            Cancellation::cancel(*m_desk, series->appointments[4].id, CancelledBy::Patient, QStringLiteral("Away")));
        QCOMPARE(
            RecurringSeries::cancelFrom(*m_desk, *id, oslo(2026, 3, 18, 0), CancelledBy::Clinic, QStringLiteral(""))
                .error()
                .code,
            ErrorCode::InvalidInput);
        auto cancelled = RecurringSeries::cancelFrom(*m_desk, *id, oslo(2026, 3, 18, 0), CancelledBy::Clinic,
                                                     QStringLiteral("Treatment ended"));
        QVERIFY(cancelled);
        // 18.03, 25.03 and 08.04; 01.04 was already cancelled by the patient.
        QCOMPARE(*cancelled, 3);
        series = RecurringSeries::get(*m_desk, *id);
        QCOMPARE(series->appointments[0].status, AppointmentStatus::Booked);
        QCOMPARE(series->appointments[1].status, AppointmentStatus::Booked);
        QCOMPARE(series->appointments[2].status, AppointmentStatus::CancelledByClinic);
        QCOMPARE(series->appointments[4].status, AppointmentStatus::CancelledByPatient);
        QCOMPARE(series->appointments[5].status, AppointmentStatus::CancelledByClinic);
    }

    void administratorsDoNotBook()
    {
        const std::int64_t patient = addPatient(*m_desk);
        auto admin = m_clinic->open("admin");
        QVERIFY(admin);
        auto refused = RecurringSeries::create(*admin, weekly(patient, oslo(2026, 3, 3, 10), 2));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(RecurringSeries::preview(*admin, weekly(patient, oslo(2026, 3, 3, 10), 2)).error().code,
                 ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestSchedulingSeries)
#include "tst_scheduling_series.moc"
