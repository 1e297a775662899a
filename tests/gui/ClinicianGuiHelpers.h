#pragma once
// Shared by tst_clinician_gui.cpp and tst_note_drafts.cpp: a pathway clinic where psykolog1 has a patient in
// treatment with an appointment today that has taken place (so it has a session), and psykolog2 has a patient
// of their own; plus small helpers to drive the clinician's desk in the real main window.
#include "GuiTestHelpers.h"
#include "PathwayFixture.h"
#include "clinician/ClinicianDayPage.h"
#include "clinician/NoteEditor.h"
#include "clinician/PatientRecordPage.h"
#include "clinician/PatientRecordView.h"
#include "pathway/PatientRegistry.h"
#include "scheduling/Attendance.h"
#include "scheduling/Booking.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/WorkingHours.h"
#include "shell/NavigationFrame.h"

#include <QAbstractButton>
#include <QPlainTextEdit>
#include <QTest>

namespace forlop::test {

constexpr int GuiTimeout = 20000;

struct ClinicianFixture
{
    PathwayClinic clinic;
    std::int64_t treated = 0;     // psykolog1's patient in treatment
    std::int64_t colleagues = 0;  // psykolog2's patient
    std::int64_t appointment = 0; // today 10:00–10:45 Oslo, attended
    QString treatedPseudonym;
    QString colleaguesPseudonym;

    // Brings the patients there with the real services; the clock ends at 11:00 Oslo on Monday 2 March 2026.
    bool setUp()
    {
        PathwayDriver driver(clinic);
        treated = driver.patientIn(PatientState::Treatment).value_or(0);
        colleagues = driver.patientIn(PatientState::Assessment).value_or(0);
        if (!treated || !colleagues) {
            return false;
        }
        if (!PatientRegistry::allocate(driver.leader(), colleagues, clinic.userId(QStringLiteral("psykolog2")))) {
            return false;
        }
        treatedPseudonym = PatientRegistry::get(driver.leader(), treated).value_or(Patient{}).pseudonym;
        colleaguesPseudonym = PatientRegistry::get(driver.leader(), colleagues).value_or(Patient{}).pseudonym;
        const std::int64_t psykolog1 = clinic.userId(QStringLiteral("psykolog1"));
        WeekTemplate week{QDate(2026, 1, 1), {}};
        for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
            week.periods.append(WorkPeriod{day, QTime(8, 0), QTime(16, 0)});
        }
        if (!WorkingHours::setWeek(driver.secretary(), psykolog1, week)) {
            return false;
        }
        clinic.clock().set(ClinicTime::at(QDate(2026, 3, 2), QTime(9, 0)));
        auto booked = Booking::book(
            driver.secretary(), BookingRequest{treated, AppointmentType::TreatmentSession, Modality::InPerson,
                                               Slot::forType(psykolog1, ClinicTime::at(QDate(2026, 3, 2), QTime(10, 0)),
                                                             AppointmentType::TreatmentSession)});
        if (!booked) {
            qWarning("booking: %s", qPrintable(booked.error().message));
            return false;
        }
        appointment = *booked;
        clinic.clock().set(ClinicTime::at(QDate(2026, 3, 2), QTime(11, 0)));
        if (auto marked = Attendance::mark(driver.secretary(), appointment, Outcome::Attended); !marked) {
            qWarning("attendance: %s", qPrintable(marked.error().message));
            return false;
        }
        return true;
    }
};

inline bool signInAs(MainWindow& window, const QString& user)
{
    submitLogin(window, user, QString::fromLatin1(TestClinic::Password));
    QElapsedTimer timer;
    timer.start();
    while (window.isLocked() && timer.elapsed() < GuiTimeout) {
        QTest::qWait(20);
    }
    return !window.isLocked();
}

inline ClinicianDayPage* showDay(MainWindow& window)
{
    if (!window.workspace() || !window.workspace()->showPage(QLatin1String(ClinicianDayPage::PageId))) {
        return nullptr;
    }
    return qobject_cast<ClinicianDayPage*>(window.workspace()->page(QLatin1String(ClinicianDayPage::PageId)));
}

inline PatientRecordPage* recordPage(MainWindow& window)
{
    return window.workspace()
               ? qobject_cast<PatientRecordPage*>(window.workspace()->page(QLatin1String(PatientRecordPage::PageId)))
               : nullptr;
}

// Every visible note editor, oldest first.
inline QList<NoteEditor*> noteEditors()
{
    QList<NoteEditor*> editors;
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (auto* editor = qobject_cast<NoteEditor*>(window); editor && editor->isVisible()) {
            editors << editor;
        }
    }
    return editors;
}

inline void clickButton(QAbstractButton* button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(button->objectName()));
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

inline void typeInto(QPlainTextEdit* edit, const QString& text)
{
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

} // namespace forlop::test
