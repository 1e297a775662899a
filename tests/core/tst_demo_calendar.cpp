// The demo clinic's calendar: working weeks, rooms and the coming weeks' appointments, booked through the real
// booking rules, so a demo's calendar, My day and caseloads show a working clinic.
#include "clinic/Clinic.h"
#include "pathway/DemoClinicGenerator.h"
#include "scheduling/CalendarQuery.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/ClinicianCaseload.h"
#include "scheduling/Room.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace forlop;

namespace {

const QDate Today(2026, 3, 4); // a Wednesday

} // namespace

class TestDemoCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.forlop"));
        DemoOptions demo;
        demo.databasePath = m_path;
        demo.patients = 40;
        demo.seed = 3;
        demo.today = Today;
        demo.kdf = KdfParams::fastForTests();
        auto made = DemoClinicGenerator::generate(demo);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    }

    void everyClinicianHasAWeekOfAppointmentsInTheirWorkingHours()
    {
        FixedClock clock(QDateTime(Today, QTime(6, 0), Qt::UTC));
        auto secretary = Clinic::open(m_path, QStringLiteral("sekretar"), DemoClinicGenerator::Password, clock);
        QVERIFY(secretary);
        auto rooms = Rooms::list(**secretary);
        QVERIFY(rooms && !rooms->isEmpty());

        QList<std::int64_t> clinicianIds;
        for (int i = 1; i <= 2; ++i) {
            auto clinician = Clinic::open(m_path, QStringLiteral("psykolog%1").arg(i), DemoClinicGenerator::Password,
                                          clock);
            QVERIFY(clinician);
            clinicianIds << (*clinician)->session().userId;
        }
        auto week = CalendarQuery::week(**secretary, clinicianIds, Today);
        QVERIFY(week);
        QVERIFY2(week->size() >= 4, qPrintable(QString::number(week->size())));
        for (const CalendarEntry& entry : std::as_const(*week)) {
            QVERIFY(!entry.patientLabel.isEmpty());
            QVERIFY(entry.time.start >= clock.now()); // nothing booked in the past
            const QTime start = ClinicTime::timeOf(entry.time.start);
            QVERIFY2(start >= QTime(8, 0) && start < QTime(15, 30), qPrintable(start.toString()));
            const int weekday = ClinicTime::dateOf(entry.time.start).dayOfWeek();
            QVERIFY(weekday >= Qt::Monday && weekday <= Qt::Friday);
            QCOMPARE(entry.roomId.has_value(), entry.modality == Modality::InPerson);
        }
        auto plan = CalendarQuery::workingDays(**secretary, clinicianIds.first(), Today, Today.addDays(6));
        QVERIFY(plan && plan->size() == 7);
    }

    void patientsInTreatmentHaveTheirNextSessionBooked()
    {
        FixedClock clock(QDateTime(Today, QTime(17, 0), Qt::UTC));
        int inTreatment = 0;
        for (int i = 1; i <= 2; ++i) {
            auto clinician = Clinic::open(m_path, QStringLiteral("psykolog%1").arg(i), DemoClinicGenerator::Password,
                                          clock);
            QVERIFY(clinician);
            auto rows = ClinicianCaseload::page(**clinician, CaseloadFilter{}, 0, 200);
            QVERIFY(rows);
            for (const CaseloadRow& row : std::as_const(*rows)) {
                if (row.state != PatientState::Treatment) {
                    continue;
                }
                ++inTreatment;
                QVERIFY2(row.nextAppointment, qPrintable(row.pseudonym));
                QCOMPARE(row.nextAppointmentType, AppointmentType::TreatmentSession);
                QVERIFY(*row.nextAppointment < clock.now().addDays(8));
            }
        }
        QVERIFY(inTreatment > 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestDemoCalendar)
#include "tst_demo_calendar.moc"
