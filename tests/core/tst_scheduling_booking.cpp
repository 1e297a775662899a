// The booking rules: conflicts for clinician, room and patient (overlapping and touching), working hours with
// templates and exceptions, the past, moving and cancelling, permissions, audit and the first-offered date.
#include "access/PatientAccess.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/Booking.h"
#include "scheduling/Cancellation.h"
#include "scheduling/Room.h"
#include "tst_scheduling_fixture.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

std::int64_t countRows(Clinic& clinic, const char* sql, std::int64_t bound = 0)
{
    return scalar(clinic, sql, bound);
}

} // namespace

class TestSchedulingBooking : public QObject
{
    Q_OBJECT

    std::unique_ptr<SchedulingClinic> m_clinic;
    std::unique_ptr<Clinic> m_desk;
    std::int64_t m_roomA = 0;
    std::int64_t m_roomB = 0;
    std::int64_t m_p1 = 0;
    std::int64_t m_p2 = 0;
    std::int64_t m_existing = 0;

    std::int64_t clinicianNamed(const QString& name) const
    {
        return name == QLatin1String("psykolog1") ? m_clinic->psykolog1 : m_clinic->psykolog2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<SchedulingClinic>();
        m_desk = m_clinic->open("sekretar");
        QVERIFY(m_desk);
        auto roomA = Rooms::add(*m_desk, QStringLiteral("Rom 1"));
        auto roomB = Rooms::add(*m_desk, QStringLiteral("Rom 2"));
        QVERIFY(roomA && roomB);
        m_roomA = *roomA;
        m_roomB = *roomB;
        m_p1 = addPatient(*m_desk);
        m_p2 = addPatient(*m_desk);
        QVERIFY(m_p1 && m_p2);
        // psykolog1 sees P-2026-0001 in Rom 1 on Tuesday 3 March 10:00–10:45.
        auto booked = Booking::book(*m_desk, {m_p1, AppointmentType::TreatmentSession, Modality::InPerson,
                                              Slot::of(m_clinic->psykolog1, oslo(2026, 3, 3, 10), 45, m_roomA)});
        QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
        m_existing = *booked;

        WorkingHours::addException(*m_desk, m_clinic->psykolog1, ExceptionKind::Course,
                                   {oslo(2026, 3, 4, 12), oslo(2026, 3, 4, 16)})
            .value();
        WorkingHours::addException(*m_desk, m_clinic->psykolog1, ExceptionKind::Sick,
                                   WorkingHours::wholeDays(QDate(2026, 3, 5), QDate(2026, 3, 5)))
            .value();
        WorkingHours::addException(*m_desk, m_clinic->psykolog1, ExceptionKind::Holiday,
                                   WorkingHours::wholeDays(QDate(2026, 3, 9), QDate(2026, 3, 13)))
            .value();
        WorkingHours::addException(*m_desk, m_clinic->psykolog1, ExceptionKind::Extra,
                                   {oslo(2026, 3, 7, 10), oslo(2026, 3, 7, 14)})
            .value();
        // Maundy Thursday: the whole clinic is closed.
        WorkingHours::addException(*m_desk, std::nullopt, ExceptionKind::Holiday,
                                   WorkingHours::wholeDays(QDate(2026, 4, 2), QDate(2026, 4, 2)))
            .value();
        // From April psykolog1 works Monday to Thursday 09:00–16:00.
        WeekTemplate april{QDate(2026, 4, 1), {}};
        for (int day = Qt::Monday; day <= Qt::Thursday; ++day) {
            april.periods.append(WorkPeriod{day, QTime(9, 0), QTime(16, 0)});
        }
        QVERIFY(WorkingHours::setWeek(*m_desk, m_clinic->psykolog1, april));
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_clinic.reset();
    }

    void conflicts_data()
    {
        QTest::addColumn<bool>("samePatient");
        QTest::addColumn<QString>("clinician");
        QTest::addColumn<QString>("room");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("refusal"); // empty: allowed

        const QString clinicianBusy =
            QStringLiteral("psykolog1 already has an appointment on 03.03.2026, 10:00–10:45.");
        const QString roomBusy = QStringLiteral("The room “Rom 1” is already booked on 03.03.2026, 10:00–10:45.");
        const QString patientBusy =
            QStringLiteral("The patient already has an appointment on 03.03.2026, 10:00–10:45.");
        QTest::newRow("clinician: touching after") << false << "psykolog1"
                                                   << "B" << QTime(10, 45) << 45 << QString();
        QTest::newRow("clinician: touching before") << false << "psykolog1"
                                                    << "B" << QTime(9, 15) << 45 << QString();
        QTest::newRow("clinician: overlaps the end") << false << "psykolog1"
                                                     << "B" << QTime(10, 30) << 45 << clinicianBusy;
        QTest::newRow("clinician: overlaps the start") << false << "psykolog1"
                                                       << "" << QTime(9, 30) << 45 << clinicianBusy;
        QTest::newRow("clinician: inside") << false << "psykolog1"
                                           << "" << QTime(10, 10) << 15 << clinicianBusy;
        QTest::newRow("clinician: covering") << false << "psykolog1"
                                             << "" << QTime(9, 0) << 120 << clinicianBusy;
        QTest::newRow("clinician: same time") << false << "psykolog1"
                                              << "B" << QTime(10, 0) << 45 << clinicianBusy;
        QTest::newRow("room: free for another clinician") << false << "psykolog2"
                                                          << "B" << QTime(10, 0) << 45 << QString();
        QTest::newRow("room: overlapping") << false << "psykolog2"
                                           << "A" << QTime(10, 30) << 45 << roomBusy;
        QTest::newRow("room: inside") << false << "psykolog2"
                                      << "A" << QTime(10, 15) << 15 << roomBusy;
        QTest::newRow("room: touching after") << false << "psykolog2"
                                              << "A" << QTime(10, 45) << 45 << QString();
        QTest::newRow("room: touching before") << false << "psykolog2"
                                               << "A" << QTime(9, 15) << 45 << QString();
        QTest::newRow("patient: with another clinician") << true << "psykolog2"
                                                         << "B" << QTime(10, 30) << 45 << patientBusy;
        QTest::newRow("patient: by video, no room") << true << "psykolog2"
                                                    << "" << QTime(9, 45) << 30 << patientBusy;
        QTest::newRow("patient: touching") << true << "psykolog2"
                                           << "" << QTime(10, 45) << 30 << QString();
    }

    void conflicts()
    {
        QFETCH(bool, samePatient);
        QFETCH(QString, clinician);
        QFETCH(QString, room);
        QFETCH(QTime, start);
        QFETCH(int, minutes);
        QFETCH(QString, refusal);

        std::optional<std::int64_t> roomId;
        if (room == QLatin1String("A")) {
            roomId = m_roomA;
        } else if (room == QLatin1String("B")) {
            roomId = m_roomB;
        }
        const std::int64_t before = countRows(*m_desk, "SELECT count(*) FROM appointment");
        const BookingRequest request{
            samePatient ? m_p1 : m_p2, AppointmentType::TreatmentSession, roomId ? Modality::InPerson : Modality::Video,
            Slot::of(clinicianNamed(clinician), ClinicTime::at(QDate(2026, 3, 3), start), minutes, roomId)};
        auto booked = Booking::book(*m_desk, request);
        if (refusal.isEmpty()) {
            QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
            // Leave the calendar as it was for the next row: cancelling frees the time.
            QVERIFY(Cancellation::cancel(*m_desk, *booked, CancelledBy::Clinic, QStringLiteral("test row")));
            QCOMPARE(countRows(*m_desk, "SELECT count(*) FROM appointment"), before + 1);
        } else {
            QVERIFY(!booked);
            QCOMPARE(booked.error().code, ErrorCode::Conflict);
            QCOMPARE(booked.error().message, refusal);
            QCOMPARE(countRows(*m_desk, "SELECT count(*) FROM appointment"), before);
        }
    }

    void workingHours_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("refusal");

        QTest::newRow("first minutes of the day") << oslo(2026, 3, 3, 8) << 45 << QString();
        QTest::newRow("ends as the day ends") << oslo(2026, 3, 3, 14, 45) << 45 << QString();
        QTest::newRow("runs past the end of the day")
            << oslo(2026, 3, 3, 15) << 45
            << QStringLiteral("psykolog1 works 08:00–15:30 on Tuesday 03.03.2026; 15:00–15:45 is outside those hours.");
        QTest::newRow("starts before the day starts")
            << oslo(2026, 3, 3, 7, 30) << 45
            << QStringLiteral("psykolog1 works 08:00–15:30 on Tuesday 03.03.2026; 07:30–08:15 is outside those hours.");
        QTest::newRow("sunday") << oslo(2026, 3, 8, 10) << 45
                                << QStringLiteral("psykolog1 does not work on Sunday 08.03.2026.");
        QTest::newRow("saturday with extra hours") << oslo(2026, 3, 7, 10) << 45 << QString();
        QTest::newRow("past the extra hours")
            << oslo(2026, 3, 7, 13, 30) << 45
            << QStringLiteral(
                   "psykolog1 works 10:00–14:00 on Saturday 07.03.2026; 13:30–14:15 is outside those hours.");
        QTest::newRow("before the course") << oslo(2026, 3, 4, 11) << 60 << QString();
        QTest::newRow("into the course") << oslo(2026, 3, 4, 11, 30) << 45
                                         << QStringLiteral("psykolog1 is on a course 04.03.2026, 12:00–16:00.");
        QTest::newRow("sick day") << oslo(2026, 3, 5, 10) << 45 << QStringLiteral("psykolog1 is off sick 05.03.2026.");
        QTest::newRow("holiday week") << oslo(2026, 3, 11, 10) << 45
                                      << QStringLiteral("psykolog1 is on holiday 09.03.2026–13.03.2026.");
        QTest::newRow("the week after the holiday") << oslo(2026, 3, 16, 10) << 45 << QString();
        QTest::newRow("clinic-wide holiday")
            << oslo(2026, 4, 2, 10) << 45 << QStringLiteral("psykolog1 is on holiday 02.04.2026.");
        QTest::newRow("old template on the last day") << oslo(2026, 3, 31, 15, 15) << 45
                                                      << QStringLiteral("psykolog1 works 08:00–15:30 on Tuesday "
                                                                        "31.03.2026; 15:15–16:00 is outside those "
                                                                        "hours.");
        QTest::newRow("new template") << oslo(2026, 4, 1, 15, 15) << 45 << QString();
        QTest::newRow("new template: no fridays")
            << oslo(2026, 4, 10, 10) << 45 << QStringLiteral("psykolog1 does not work on Friday 10.04.2026.");
        QTest::newRow("summer time: new template still 09:00 local") << oslo(2026, 4, 6, 9) << 45 << QString();
        QTest::newRow("summer time: 08:15 local is before the day")
            << oslo(2026, 4, 6, 8, 15) << 45
            << QStringLiteral("psykolog1 works 09:00–16:00 on Monday 06.04.2026; 08:15–09:00 is outside those hours.");
    }

    void workingHours()
    {
        QFETCH(QDateTime, start);
        QFETCH(int, minutes);
        QFETCH(QString, refusal);
        auto booked = Booking::book(*m_desk, {m_p2, AppointmentType::TreatmentSession, Modality::Video,
                                              Slot::of(m_clinic->psykolog1, start, minutes)});
        if (refusal.isEmpty()) {
            QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
            QVERIFY(Cancellation::cancel(*m_desk, *booked, CancelledBy::Clinic, QStringLiteral("test row")));
        } else {
            QVERIFY(!booked);
            QCOMPARE(booked.error().code, ErrorCode::Conflict);
            QCOMPARE(booked.error().message, refusal);
        }
    }

    void removedExceptionFreesTheDay()
    {
        const QDateTime start = oslo(2026, 3, 5, 10);
        auto exceptions = WorkingHours::exceptions(*m_desk, m_clinic->psykolog1,
                                                   WorkingHours::wholeDays(QDate(2026, 3, 5), QDate(2026, 3, 5)));
        QVERIFY(exceptions);
        QCOMPARE(exceptions->size(), 1);
        QCOMPARE(exceptions->first().kind, ExceptionKind::Sick);
        const BookingRequest request{m_p2, AppointmentType::TreatmentSession, Modality::Phone,
                                     Slot::of(m_clinic->psykolog1, start, 30)};
        QVERIFY(!Booking::book(*m_desk, request));
        QVERIFY(WorkingHours::removeException(*m_desk, exceptions->first().id));
        auto booked = Booking::book(*m_desk, request);
        QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
        // A new sick day over a booked appointment is recorded, and names the appointment that needs moving.
        auto sick = WorkingHours::addException(*m_desk, m_clinic->psykolog1, ExceptionKind::Sick,
                                               WorkingHours::wholeDays(QDate(2026, 3, 5), QDate(2026, 3, 5)));
        QVERIFY(sick);
        QCOMPARE(sick->affectedAppointments, QList<std::int64_t>{*booked});
        QVERIFY(Cancellation::cancel(*m_desk, *booked, CancelledBy::Clinic, QStringLiteral("clinician sick")));
    }

    void past_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QString>("refusal");
        // The clock stands at Monday 02.03.2026 10:00 in Oslo.
        QTest::newRow("an hour ago") << oslo(2026, 3, 2, 9)
                                     << QStringLiteral("02.03.2026 at 09:00 has already passed. Choose a time that "
                                                       "is still ahead.");
        QTest::newRow("last week") << oslo(2026, 2, 24, 10)
                                   << QStringLiteral("24.02.2026 at 10:00 has already passed. Choose a time that is "
                                                     "still ahead.");
        QTest::newRow("now") << oslo(2026, 3, 2, 10) << QString();
        QTest::newRow("in five minutes") << oslo(2026, 3, 2, 10, 5) << QString();
    }

    void past()
    {
        QFETCH(QDateTime, start);
        QFETCH(QString, refusal);
        auto booked = Booking::book(
            *m_desk, {m_p2, AppointmentType::FirstContact, Modality::Phone, Slot::of(m_clinic->psykolog2, start, 30)});
        if (refusal.isEmpty()) {
            QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
            QVERIFY(Cancellation::cancel(*m_desk, *booked, CancelledBy::Clinic, QStringLiteral("test row")));
        } else {
            QVERIFY(!booked);
            QCOMPARE(booked.error().code, ErrorCode::Conflict);
            QCOMPARE(booked.error().message, refusal);
        }
    }

    void shapeOfTheTime_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("end");
        QTest::addColumn<QString>("refusal");
        const QDateTime ten = oslo(2026, 3, 3, 10);
        QTest::newRow("end before start") << ten << ten.addSecs(-600)
                                          << QStringLiteral("Choose a start and an end time; the end must come after "
                                                            "the start.");
        QTest::newRow("three minutes") << ten << ten.addSecs(180)
                                       << QStringLiteral("An appointment lasts from 5 minutes to 8 hours.");
        QTest::newRow("nine hours") << ten << ten.addSecs(9 * 3600)
                                    << QStringLiteral("An appointment lasts from 5 minutes to 8 hours.");
        QTest::newRow("off the five-minute grid") << ten.addSecs(7 * 60) << ten.addSecs(52 * 60)
                                                  << QStringLiteral("Appointments start and end on whole five "
                                                                    "minutes.");
    }

    void shapeOfTheTime()
    {
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, end);
        QFETCH(QString, refusal);
        auto booked = Booking::book(*m_desk, {m_p2, AppointmentType::Assessment, Modality::Video,
                                              Slot{m_clinic->psykolog2, std::nullopt, {start, end}}});
        QVERIFY(!booked);
        QCOMPARE(booked.error().code, ErrorCode::InvalidInput);
        QCOMPARE(booked.error().message, refusal);
    }

    void inactiveRoomAndClinician()
    {
        auto room = Rooms::add(*m_desk, QStringLiteral("Rom 3"));
        QVERIFY(room);
        QCOMPARE(Rooms::add(*m_desk, QStringLiteral("rom 3")).error().code, ErrorCode::Conflict);
        QVERIFY(Rooms::setActive(*m_desk, *room, false));
        auto booked = Booking::book(*m_desk, {m_p2, AppointmentType::TreatmentSession, Modality::InPerson,
                                              Slot::of(m_clinic->psykolog2, oslo(2026, 3, 3, 13), 45, *room)});
        QVERIFY(!booked);
        QCOMPARE(booked.error().message, QStringLiteral("The room “Rom 3” is no longer in use."));
        // A secretary is no clinician: nobody can be booked with her.
        auto withSecretary = Booking::book(*m_desk, {m_p2, AppointmentType::TreatmentSession, Modality::Video,
                                                     Slot::of(m_clinic->sekretar, oslo(2026, 3, 3, 13), 45)});
        QVERIFY(!withSecretary);
        QCOMPARE(withSecretary.error().code, ErrorCode::InvalidInput);
    }

    void patientStateLimitsBookings()
    {
        const std::int64_t excluded = addPatient(*m_desk, QStringLiteral("excluded"));
        const std::int64_t ended = addPatient(*m_desk, QStringLiteral("ended"));
        const Slot slot = Slot::of(m_clinic->psykolog2, oslo(2026, 3, 3, 14), 45);
        auto refused = Booking::book(*m_desk, {excluded, AppointmentType::FirstContact, Modality::Phone, slot});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        auto session = Booking::book(*m_desk, {ended, AppointmentType::TreatmentSession, Modality::Phone, slot});
        QVERIFY(!session);
        QCOMPARE(session.error().code, ErrorCode::Conflict);
        auto followUp = Booking::book(*m_desk, {ended, AppointmentType::FollowUp, Modality::Phone, slot});
        QVERIFY2(followUp, followUp ? "" : qPrintable(followUp.error().message));
        QVERIFY(Cancellation::cancel(*m_desk, *followUp, CancelledBy::Clinic, QStringLiteral("test")));
        auto unknown = Booking::book(*m_desk, {999999, AppointmentType::FirstContact, Modality::Phone, slot});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }

    void whoMayBook()
    {
        const BookingRequest request{m_p2, AppointmentType::TreatmentSession, Modality::Video,
                                     Slot::of(m_clinic->psykolog2, oslo(2026, 3, 6, 9), 45)};
        const std::int64_t before = countRows(*m_desk, "SELECT count(*) FROM appointment");
        {
            auto admin = m_clinic->open("admin");
            QVERIFY(admin);
            auto booked = Booking::book(*admin, request);
            QVERIFY(!booked);
            QCOMPARE(booked.error().code, ErrorCode::PermissionDenied);
            QCOMPARE(countRows(*m_desk, "SELECT count(*) FROM appointment"), before);
        }
        for (const char* user : {"psykolog1", "leder"}) {
            auto session = m_clinic->open(user);
            QVERIFY(session);
            auto booked = Booking::book(*session, request);
            QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
            QVERIFY(Cancellation::cancel(*session, *booked, CancelledBy::Patient, QStringLiteral("test")));
        }
        // A staff member blocked from a patient cannot book for them either.
        {
            auto leader = m_clinic->open("leder");
            QVERIFY(leader);
            QVERIFY(PatientAccess::block(*leader, m_p2, m_clinic->sekretar));
            auto booked = Booking::book(*m_desk, request);
            QVERIFY(!booked);
            QCOMPARE(booked.error().code, ErrorCode::PermissionDenied);
            QVERIFY(PatientAccess::unblock(*leader, m_p2, m_clinic->sekretar));
        }
    }

    void bookingIsAuditedAndRecordsTheFirstOffer()
    {
        const std::int64_t patient = addPatient(*m_desk);
        QCOMPARE(countRows(*m_desk, "SELECT count(*) FROM referral WHERE patient_id = ?1 AND first_offered_on IS NULL",
                           patient),
                 1);
        auto first = Booking::book(*m_desk, {patient, AppointmentType::FirstContact, Modality::Phone,
                                             Slot::of(m_clinic->psykolog2, oslo(2026, 3, 10, 9), 45)});
        QVERIFY(first);
        auto offered = m_desk->db().queryText("SELECT first_offered_on FROM referral WHERE patient_id = "
                                              "(SELECT max(id) FROM patient)");
        QVERIFY(offered);
        QCOMPARE(*offered, QStringLiteral("2026-03-10"));
        QCOMPARE(countRows(*m_desk,
                           "SELECT count(*) FROM audit_log WHERE action = 'appointment.book' "
                           "AND patient_id = ?1 AND object_type = 'appointment'",
                           patient),
                 1);
        QCOMPARE(countRows(*m_desk,
                           "SELECT count(*) FROM audit_log WHERE action = 'referral.first_offered' "
                           "AND patient_id = ?1",
                           patient),
                 1);
        // Only the first offer counts: a later booking leaves it, and is audited on its own.
        auto second = Booking::book(*m_desk, {patient, AppointmentType::EligibilityAssessment, Modality::InPerson,
                                              Slot::of(m_clinic->psykolog2, oslo(2026, 3, 17, 9), 60, m_roomB)});
        QVERIFY(second);
        QCOMPARE(*m_desk->db().queryText("SELECT first_offered_on FROM referral WHERE patient_id = "
                                         "(SELECT max(id) FROM patient)"),
                 QStringLiteral("2026-03-10"));
        QCOMPARE(countRows(*m_desk,
                           "SELECT count(*) FROM audit_log WHERE action = 'appointment.book' "
                           "AND patient_id = ?1",
                           patient),
                 2);
    }

    void moving()
    {
        const std::int64_t patient = addPatient(*m_desk);
        auto booked = Booking::book(*m_desk, {patient, AppointmentType::TreatmentSession, Modality::InPerson,
                                              Slot::of(m_clinic->psykolog2, oslo(2026, 3, 19, 9), 45, m_roomB)});
        QVERIFY(booked);
        auto other = Booking::book(*m_desk, {m_p1, AppointmentType::TreatmentSession, Modality::InPerson,
                                             Slot::of(m_clinic->psykolog2, oslo(2026, 3, 19, 11), 45, m_roomA)});
        QVERIFY(other);
        // Overlapping its own old time is no conflict.
        QVERIFY(Booking::move(*m_desk, *booked, Slot::of(m_clinic->psykolog2, oslo(2026, 3, 19, 9, 15), 45, m_roomB)));
        // Into the other appointment: refused, naming it, and nothing moves. Dragging there says so first.
        const Slot ontoOther = Slot::of(m_clinic->psykolog2, oslo(2026, 3, 19, 11, 30), 45, m_roomB);
        auto preview = Booking::checkMove(*m_desk, *booked, ontoOther);
        QVERIFY(!preview);
        QCOMPARE(preview.error().message,
                 QStringLiteral("psykolog2 already has an appointment on 19.03.2026, 11:00–11:45."));
        QVERIFY(Booking::checkMove(*m_desk, *booked, Slot::of(m_clinic->psykolog2, oslo(2026, 3, 19, 10), 45)));
        auto refused =
            Booking::move(*m_desk, *booked, Slot::of(m_clinic->psykolog2, oslo(2026, 3, 19, 11, 30), 45, m_roomB));
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("psykolog2 already has an appointment on 19.03.2026, 11:00–11:45."));
        auto stored = AppointmentStore::find(m_desk->db(), *booked);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->time.start, oslo(2026, 3, 19, 9, 15));
        // To another clinician and room.
        QVERIFY(Booking::move(*m_desk, *booked, Slot::of(m_clinic->psykolog1, oslo(2026, 3, 19, 11), 45, m_roomB)));
        stored = AppointmentStore::find(m_desk->db(), *booked);
        QCOMPARE((*stored)->clinicianId, m_clinic->psykolog1);
        QCOMPARE((*stored)->time, TimeRange::ofMinutes(oslo(2026, 3, 19, 11), 45));
        QCOMPARE(countRows(*m_desk,
                           "SELECT count(*) FROM audit_log WHERE action = 'appointment.move' "
                           "AND patient_id = ?1",
                           patient),
                 2);
        // Into the past: refused.
        QVERIFY(!Booking::move(*m_desk, *booked, Slot::of(m_clinic->psykolog1, oslo(2026, 3, 2, 9), 45)));
        // A cancelled appointment stays where it was.
        QVERIFY(Cancellation::cancel(*m_desk, *booked, CancelledBy::Patient, QStringLiteral("Travelling")));
        auto afterCancel = Booking::move(*m_desk, *booked, Slot::of(m_clinic->psykolog1, oslo(2026, 3, 20, 9), 45));
        QVERIFY(!afterCancel);
        QCOMPARE(afterCancel.error().code, ErrorCode::Conflict);
        QVERIFY(!Booking::move(*m_desk, 987654, Slot::of(m_clinic->psykolog1, oslo(2026, 3, 20, 9), 45)));
    }

    void cancelling()
    {
        const std::int64_t patient = addPatient(*m_desk);
        const Slot slot = Slot::of(m_clinic->psykolog2, oslo(2026, 3, 24, 9), 45, m_roomA);
        auto booked = Booking::book(*m_desk, {patient, AppointmentType::TreatmentSession, Modality::InPerson, slot});
        QVERIFY(booked);
        auto noReason = Cancellation::cancel(*m_desk, *booked, CancelledBy::Patient, QStringLiteral("   "));
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().code, ErrorCode::InvalidInput);
        QVERIFY(Cancellation::cancel(*m_desk, *booked, CancelledBy::Patient, QStringLiteral("  Ill  ")));
        auto stored = AppointmentStore::find(m_desk->db(), *booked);
        QCOMPARE((*stored)->status, AppointmentStatus::CancelledByPatient);
        QCOMPARE((*stored)->cancelReason, QStringLiteral("Ill"));
        QCOMPARE(Cancellation::cancel(*m_desk, *booked, CancelledBy::Clinic, QStringLiteral("again")).error().code,
                 ErrorCode::Conflict);
        // The time is free again, for the clinician and the room.
        auto rebooked = Booking::book(*m_desk, {m_p2, AppointmentType::TreatmentSession, Modality::InPerson, slot});
        QVERIFY2(rebooked, rebooked ? "" : qPrintable(rebooked.error().message));
        QCOMPARE(countRows(*m_desk,
                           "SELECT count(*) FROM audit_log WHERE action = 'appointment.cancel_by_patient' "
                           "AND patient_id = ?1",
                           patient),
                 1);
        // Appointments are never deleted, even by SQL on the open database.
        QVERIFY(!m_desk->db().exec("DELETE FROM appointment"));
    }
};

QTEST_GUILESS_MAIN(TestSchedulingBooking)
#include "tst_scheduling_booking.moc"
