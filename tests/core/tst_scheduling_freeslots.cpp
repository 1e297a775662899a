// Free-slot search: working hours, appointments, rooms, the patient's own appointments, the clock, and the
// caller's preferences (weekdays, time of day), for one clinician or any clinician of a kind.
#include "scheduling/Booking.h"
#include "scheduling/FreeSlotSearch.h"
#include "scheduling/Room.h"
#include "tst_scheduling_fixture.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

Q_DECLARE_METATYPE(forlop::SlotSearch)

namespace {

QStringList texts(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items) {
        list << QString::fromUtf8(item);
    }
    return list;
}

} // namespace

class TestSchedulingFreeSlots : public QObject
{
    Q_OBJECT

    std::unique_ptr<SchedulingClinic> m_clinic;
    std::unique_ptr<Clinic> m_desk;
    std::int64_t m_room = 0;
    std::int64_t m_patient = 0;

    // "Mon 02.03 12:00 psykolog1 Rom 1": what a row expects, readable in a failure message.
    QString describe(const Slot& slot)
    {
        QString text = ClinicTime::toLocal(slot.time.start).toString(QStringLiteral("ddd dd.MM HH:mm"));
        text += slot.clinicianId == m_clinic->psykolog1   ? QStringLiteral(" psykolog1")
                : slot.clinicianId == m_clinic->psykolog2 ? QStringLiteral(" psykolog2")
                                                          : QStringLiteral(" psykiater1");
        if (slot.roomId) {
            text += QStringLiteral(" room");
        }
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<SchedulingClinic>();
        m_desk = m_clinic->open("sekretar");
        QVERIFY(m_desk);
        auto room = Rooms::add(*m_desk, QStringLiteral("Rom 1"));
        QVERIFY(room);
        m_room = *room;
        m_patient = addPatient(*m_desk);
        const std::int64_t other = addPatient(*m_desk);
        // Monday 2 March, the clock at 10:00: psykolog1 is busy until 12:00; Rom 1 is taken 12:00–13:00 by
        // psykolog2; the patient sees psykolog2 at 14:00–14:45.
        QVERIFY(Booking::book(*m_desk, {other, AppointmentType::Assessment, Modality::Video,
                                        Slot::of(m_clinic->psykolog1, oslo(2026, 3, 2, 10), 120)}));
        QVERIFY(Booking::book(*m_desk, {other, AppointmentType::Assessment, Modality::InPerson,
                                        Slot::of(m_clinic->psykolog2, oslo(2026, 3, 2, 12), 60, m_room)}));
        QVERIFY(Booking::book(*m_desk, {m_patient, AppointmentType::FirstContact, Modality::Phone,
                                        Slot::of(m_clinic->psykolog2, oslo(2026, 3, 2, 14), 45)}));
        // psykolog1 is on a course all Thursday 5 March.
        QVERIFY(WorkingHours::addException(*m_desk, m_clinic->psykolog1, ExceptionKind::Course,
                                           WorkingHours::wholeDays(QDate(2026, 3, 5), QDate(2026, 3, 5))));
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_clinic.reset();
    }

    void search_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<SlotSearch>("search");
        QTest::addColumn<QStringList>("expected");

        const QDateTime ten = oslo(2026, 3, 2, 10);
        SlotSearch one;
        one.clinicianIds = {m_clinic->psykolog1};
        one.type = AppointmentType::FirstContact;
        one.maxSlots = 3;
        QTest::newRow("after the busy morning")
            << ten << one
            << texts({"Mon 02.03 12:00 psykolog1", "Mon 02.03 12:45 psykolog1", "Mon 02.03 13:30 psykolog1"});

        SlotSearch endOfDay = one;
        QTest::newRow("the rest of the day, then tomorrow")
            << oslo(2026, 3, 2, 14, 7) << endOfDay
            << texts({"Mon 02.03 14:15 psykolog1", "Tue 03.03 08:00 psykolog1", "Tue 03.03 08:45 psykolog1"});

        SlotSearch thursdayAfternoon = one;
        thursdayAfternoon.preferences.weekdays = {Qt::Thursday};
        thursdayAfternoon.preferences.earliestStart = QTime(13, 0);
        thursdayAfternoon.preferences.latestEnd = QTime(15, 30);
        QTest::newRow("thursday afternoons, not during the course")
            << ten << thursdayAfternoon
            << texts({"Thu 12.03 13:00 psykolog1", "Thu 12.03 13:45 psykolog1", "Thu 12.03 14:30 psykolog1"});

        SlotSearch mornings = one;
        mornings.preferences.weekdays = {Qt::Tuesday, Qt::Wednesday};
        mornings.preferences.latestEnd = QTime(9, 0);
        mornings.minutes = 60;
        QTest::newRow("an hour before nine, tuesday or wednesday")
            << ten << mornings
            << texts({"Tue 03.03 08:00 psykolog1", "Wed 04.03 08:00 psykolog1", "Tue 10.03 08:00 psykolog1"});

        SlotSearch psychiatrist;
        psychiatrist.profession = Profession::Psychiatrist;
        psychiatrist.type = AppointmentType::Assessment;
        psychiatrist.maxSlots = 2;
        QTest::newRow("any psychiatrist")
            << ten << psychiatrist << texts({"Mon 02.03 10:00 psykiater1", "Mon 02.03 11:30 psykiater1"});

        SlotSearch anyone;
        anyone.maxSlots = 4;
        QTest::newRow("any clinician, earliest first")
            << ten << anyone
            << texts({"Mon 02.03 10:00 psykolog2", "Mon 02.03 10:00 psykiater1", "Mon 02.03 10:45 psykolog2",
                      "Mon 02.03 10:45 psykiater1"});

        SlotSearch withRoom;
        withRoom.clinicianIds = {m_clinic->psykolog1};
        withRoom.needsRoom = true;
        withRoom.maxSlots = 2;
        QTest::newRow("with a room: not while the room is taken")
            << oslo(2026, 3, 2, 11) << withRoom
            << texts({"Mon 02.03 13:00 psykolog1 room", "Mon 02.03 13:45 psykolog1 room"});

        SlotSearch forPatient;
        forPatient.clinicianIds = {m_clinic->psykolog1};
        forPatient.patientId = m_patient;
        forPatient.preferences.earliestStart = QTime(13, 0);
        forPatient.preferences.weekdays = {Qt::Monday};
        forPatient.maxSlots = 2;
        QTest::newRow("not while the patient is busy")
            << ten << forPatient << texts({"Mon 02.03 13:00 psykolog1", "Mon 02.03 14:45 psykolog1"});

        SlotSearch later = one;
        later.from = oslo(2026, 3, 16, 0);
        later.maxSlots = 1;
        QTest::newRow("from a later date") << ten << later << texts({"Mon 16.03 08:00 psykolog1"});

        SlotSearch nothing = one;
        nothing.preferences.weekdays = {Qt::Sunday};
        QTest::newRow("nobody works sundays") << ten << nothing << texts({});
    }

    void search()
    {
        QFETCH(QDateTime, now);
        QFETCH(SlotSearch, search);
        QFETCH(QStringList, expected);
        m_clinic->clinic.clock().set(now.toUTC());
        auto slots = FreeSlotSearch::find(*m_desk, search);
        QVERIFY2(slots, slots ? "" : qPrintable(slots.error().message));
        QStringList found;
        for (const Slot& slot : *slots) {
            found << describe(slot);
        }
        QCOMPARE(found, expected);
        // Every slot offered is one the booking rules accept.
        if (!slots->isEmpty()) {
            const std::int64_t patient = search.patientId.value_or(addPatient(*m_desk));
            auto booked = Booking::book(*m_desk, {patient, search.type, Modality::InPerson, slots->first()});
            QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
            QVERIFY(m_desk->db().exec("UPDATE appointment SET status = 'cancelled_by_clinic', cancel_reason = 'test' "
                                      "WHERE id = (SELECT max(id) FROM appointment)"));
        }
    }

    void refusesNonsense()
    {
        SlotSearch tooShort;
        tooShort.minutes = 3;
        QCOMPARE(FreeSlotSearch::find(*m_desk, tooShort).error().code, ErrorCode::InvalidInput);
        SlotSearch narrow;
        narrow.preferences.earliestStart = QTime(9, 0);
        narrow.preferences.latestEnd = QTime(9, 30);
        QCOMPARE(FreeSlotSearch::find(*m_desk, narrow).error().code, ErrorCode::InvalidInput);
        SlotSearch secretary;
        secretary.clinicianIds = {m_clinic->sekretar};
        QCOMPARE(FreeSlotSearch::find(*m_desk, secretary).error().code, ErrorCode::InvalidInput);
        auto admin = m_clinic->open("admin");
        QCOMPARE(FreeSlotSearch::find(*admin, SlotSearch{}).error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestSchedulingFreeSlots)
#include "tst_scheduling_freeslots.moc"
