// The secretary's desk, driven through the real main window as a secretary: a phone intake opened by its shortcut
// and completed with the keyboard alone (an anonymous caller registered, the next free slot booked), the booking
// seen in the week calendar, the letter printed to PDF with nothing that reveals the service, moves by keyboard and
// by dragging under core's rules, the waiting list's "Find slot", and no clinical widget or text anywhere the
// secretary can go. Screenshots of the intake, the week calendar with several clinicians and the waiting list in all
// three languages when FORLOP_SCREENSHOTS is set.
#include "GuiTestHelpers.h"
#include "Screenshots.h"
#include "TestClinic.h"
#include "TestStaff.h"
#include "access/Policy.h"
#include "accounts/UserAdmin.h"
#include "pathway/Referrals.h"
#include "scheduling/AppointmentLetters.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/Attendance.h"
#include "scheduling/Booking.h"
#include "scheduling/Cancellation.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/DiscreetText.h"
#include "scheduling/WorkingHours.h"
#include "secretary/booking/BookedSummary.h"
#include "secretary/booking/SlotBookingDialog.h"
#include "secretary/booking/SlotPicker.h"
#include "secretary/calendar/CalendarPage.h"
#include "secretary/calendar/CalendarView.h"
#include "secretary/common/MessageBar.h"
#include "secretary/intake/PhoneIntakeDialog.h"
#include "secretary/letters/LetterDialog.h"
#include "secretary/search/PatientSearchModel.h"
#include "secretary/search/PatientSearchPage.h"
#include "secretary/waiting/WaitingListModel.h"
#include "secretary/waiting/WaitingListPage.h"
#include "shell/NavigationFrame.h"
#include "util/Language.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

using namespace forlop;
using namespace forlop::test;

namespace {

constexpr int Timeout = 20000;
const QString SecretReason = QStringLiteral("Ringer om tanker han er redd for (hemmelig grunn 7731)");

// Whatever would tell a reader that this is clinical content, in the three languages.
const QStringList ClinicalMarkers{
    QStringLiteral("journalnotat"),
    QStringLiteral("clinical note"),
    QStringLiteral("diagnos"),
    QStringLiteral("utredningspakke"),
    QStringLiteral("assessment package"),
    QStringLiteral("behandlingsplan"),
    QStringLiteral("treatment plan"),
    QStringLiteral("opplysningsplikt"),
    QStringLiteral("avvergeplikt"),
    QStringLiteral("duty to report"),
    QStringLiteral("kvaso"),
    QStringLiteral("hemmelig grunn"),
};

QDateTime oslo(int month, int day, int hour, int minute = 0)
{
    return ClinicTime::at(QDate(2026, month, day), QTime(hour, minute));
}

// Every text a widget and its children show or hold: labels, buttons, fields, lists, tables, menus and tooltips.
QStringList textsUnder(QWidget* root)
{
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        texts << w->toolTip() << w->windowTitle() << w->accessibleName() << w->accessibleDescription();
        if (auto* label = qobject_cast<QLabel*>(w)) {
            texts << label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            texts << button->text();
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            texts << edit->text() << edit->placeholderText();
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            texts << plain->toPlainText() << plain->placeholderText();
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            texts << box->title();
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                texts << combo->itemText(i);
            }
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                texts << model->headerData(c, Qt::Horizontal).toString();
                for (int r = 0; r < model->rowCount(); ++r) {
                    texts << model->index(r, c).data().toString()
                          << model->index(r, c).data(Qt::ToolTipRole).toString();
                }
            }
        } else if (auto* calendar = qobject_cast<CalendarView*>(w)) {
            for (const PlacedEntry& placed : calendar->entries()) {
                texts << CalendarPainter::title(placed.entry) << CalendarPainter::describe(placed.entry);
            }
        }
        for (QAction* action : w->actions()) {
            texts << action->text() << action->toolTip();
        }
    }
    texts.removeAll(QString());
    return texts;
}

QStringList clinicalTextIn(const QStringList& texts)
{
    QStringList found;
    for (const QString& text : texts) {
        for (const QString& marker : ClinicalMarkers) {
            if (text.contains(marker, Qt::CaseInsensitive)) {
                found << text;
            }
        }
    }
    return found;
}

} // namespace

class TestSecretaryGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestClinic> m_clinic;
    QList<std::int64_t> m_clinicians;
    QHash<QString, std::int64_t> m_appointments;
    std::int64_t m_urgentPatient = 0;

    std::int64_t addPerson(Clinic& admin, const QString& name, const QString& fullName, Roles roles)
    {
        NewUser user;
        user.name = name;
        user.fullName = fullName;
        user.roles = roles;
        user.profession = roles.testFlag(Role::Clinician) ? Profession::Psychologist : Profession::None;
        user.initialPassword = TestClinic::Password;
        auto id = UserAdmin::add(admin, user);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return 0;
        }
        return *id;
    }

    std::int64_t refer(Clinic& desk, const QString& name, const QDate& received, Urgency urgency,
                       ReferralChannel channel = ReferralChannel::Gp)
    {
        NewReferral referral;
        referral.receivedOn = received;
        referral.channel = channel;
        referral.urgency = urgency;
        referral.reason = SecretReason;
        referral.identity.name = name;
        auto registered = Referrals::registerReferral(desk, referral);
        return registered ? registered->patientId : 0;
    }

    std::int64_t book(Clinic& desk, std::int64_t patient, int clinician, const QDateTime& start, AppointmentType type,
                      Modality modality = Modality::InPerson)
    {
        BookingRequest request{patient, type, modality, Slot::forType(m_clinicians.at(clinician), start, type)};
        auto id = Booking::book(desk, request);
        if (!id) {
            qWarning("booking: %s", qPrintable(id.error().message));
            return 0;
        }
        return *id;
    }

    std::unique_ptr<MainWindow> signedInWindow(const QString& user = QStringLiteral("sekretar"))
    {
        auto window = std::make_unique<MainWindow>(AppOptions{m_clinic->path(), false}, m_clinic->clock());
        window->resize(1366, 768);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            return nullptr;
        }
        window->start();
        submitLogin(*window, user, QString::fromLatin1(TestClinic::Password));
        if (!QTest::qWaitFor([&] { return !window->isLocked(); }, Timeout)) {
            return nullptr;
        }
        window->activateWindow();
        (void)QTest::qWaitForWindowActive(window.get());
        return window;
    }

    static void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        QVERIFY(target);
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    // Alt and the button's underlined letter, whatever the language made of it.
    static void altMnemonic(QAbstractButton* button)
    {
        const QString text = button->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        key(QKeySequence::fromString(text.mid(amp + 1, 1))[0].key(), Qt::AltModifier);
    }

    static void type(const QString& text)
    {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareGuiTest();
        Language::install(QStringLiteral("nb"));
        m_clinic = std::make_unique<TestClinic>();
        // Friday 27 February: the week's first appointments are booked ahead, some are then in the past on Monday.
        m_clinic->clock().set(oslo(2, 27, 12));
        auto admin = m_clinic->open(QStringLiteral("admin"));
        QVERIFY(admin);
        for (const auto& [name, full] : {std::pair{"psykolog1", "Ingrid Berg"}, std::pair{"psykolog2", "Jonas Lie"},
                                         std::pair{"psykolog3", "Marte Dahl"}}) {
            m_clinicians << addPerson(*admin, QString::fromLatin1(name), QString::fromUtf8(full), Role::Clinician);
            QVERIFY(m_clinicians.last());
        }
        QVERIFY(addPerson(*admin, QStringLiteral("sekretar"), QStringLiteral("Siri Sekretær"), Role::Secretary));
        // Signed in after the accounts exist, so the leader's key file knows them.
        auto leader = m_clinic->open(QStringLiteral("leder"));
        QVERIFY(leader);
        for (const char* name : {"psykolog1", "psykolog2", "psykolog3"}) {
            QVERIFY(UserAdmin::grantClinicalKey(*leader, QString::fromLatin1(name)));
        }
        QVERIFY(AppointmentLetters::saveSettings(*admin, QString(),
                                                 QStringLiteral("Helsehuset Sentrum\nPostboks 1\n0101 Oslo")));
        auto desk = m_clinic->open(QStringLiteral("sekretar"));
        QVERIFY(desk);
        WeekTemplate week{QDate(2026, 1, 1), {}};
        for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
            week.periods.append(WorkPeriod{day, QTime(8, 0), QTime(15, 30)});
        }
        for (std::int64_t id : m_clinicians) {
            QVERIFY(WorkingHours::setWeek(*desk, id, week));
        }
        QVERIFY(WorkingHours::addException(*desk, m_clinicians.at(2), ExceptionKind::Course,
                                           TimeRange{oslo(3, 4, 8), oslo(3, 4, 15, 30)}));

        // A week that looks like a working clinic: every type, one attended, one missed, one cancelled.
        const auto a = refer(*desk, QStringLiteral("Ola Nordmann"), QDate(2026, 1, 12), Urgency::Normal);
        const auto b = refer(*desk, QString(), QDate(2026, 1, 20), Urgency::Normal, ReferralChannel::Chat);
        const auto c = refer(*desk, QStringLiteral("Per Hansen"), QDate(2026, 2, 3), Urgency::Normal);
        const auto d = refer(*desk, QStringLiteral("Lars Eide"), QDate(2026, 2, 9), Urgency::Normal);
        const auto e = refer(*desk, QString(), QDate(2026, 2, 16), Urgency::Normal, ReferralChannel::Phone);
        QVERIFY(a && b && c && d && e);
        m_appointments.insert(QStringLiteral("attended"),
                              book(*desk, a, 0, oslo(3, 2, 8), AppointmentType::EligibilityAssessment));
        m_appointments.insert(QStringLiteral("noshow"),
                              book(*desk, b, 1, oslo(3, 2, 8, 30), AppointmentType::FirstContact));
        m_appointments.insert(QStringLiteral("treatment"),
                              book(*desk, c, 0, oslo(3, 3, 9), AppointmentType::TreatmentSession));
        m_appointments.insert(QStringLiteral("assessment"),
                              book(*desk, d, 1, oslo(3, 3, 12), AppointmentType::Assessment, Modality::Video));
        m_appointments.insert(QStringLiteral("followup"),
                              book(*desk, e, 2, oslo(3, 5, 10), AppointmentType::FollowUp, Modality::Phone));
        m_appointments.insert(QStringLiteral("cancelled"),
                              book(*desk, c, 2, oslo(3, 6, 13), AppointmentType::TreatmentSession));
        for (std::int64_t id : m_appointments) {
            QVERIFY(id);
        }
        QVERIFY(Cancellation::cancel(*desk, m_appointments.value(QStringLiteral("cancelled")), CancelledBy::Patient,
                                     QStringLiteral("Bortreist")));

        // Monday 2 March, 10:00: the clock the rest of the test runs on.
        m_clinic->clock().set(oslo(3, 2, 10));
        QVERIFY(Attendance::mark(*desk, m_appointments.value(QStringLiteral("attended")), Outcome::Attended));
        QVERIFY(Attendance::mark(*desk, m_appointments.value(QStringLiteral("noshow")), Outcome::NoShow));

        // The waiting list: urgent ones received last, the others by date, one who missed a first appointment.
        QVERIFY(refer(*desk, QStringLiteral("Nils Berg"), QDate(2026, 1, 5), Urgency::Normal, ReferralChannel::Police));
        QVERIFY(refer(*desk, QString(), QDate(2026, 1, 14), Urgency::Normal, ReferralChannel::Chat));
        QVERIFY(refer(*desk, QStringLiteral("Geir Moen"), QDate(2026, 1, 28), Urgency::Normal,
                      ReferralChannel::Specialist));
        QVERIFY(refer(*desk, QString(), QDate(2026, 2, 20), Urgency::Normal, ReferralChannel::SelfReferral));
        QVERIFY(refer(*desk, QStringLiteral("Even Strand"), QDate(2026, 2, 24), Urgency::Urgent,
                      ReferralChannel::Correctional));
        m_urgentPatient = refer(*desk, QStringLiteral("Tor Lund"), QDate(2026, 2, 16), Urgency::Urgent);
        QVERIFY(m_urgentPatient);
    }

    void cleanupTestCase() { m_clinic.reset(); }

    void phoneIntakeByKeyboardToABookedAppointmentAndItsLetter()
    {
        auto window = signedInWindow();
        QVERIFY(window);
        const QList<std::int64_t> waitingBefore = [&] {
            QList<std::int64_t> ids;
            const auto entries = WaitingList::entries(*window->clinic());
            for (const WaitingEntry& e : entries.value_or(QList<WaitingEntry>())) {
                ids << e.patientId;
            }
            return ids;
        }();

        // One shortcut from anywhere in the window.
        window->workspace()->showPage(QStringLiteral("waiting-list"));
        key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        PhoneIntakeDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleWindow<PhoneIntakeDialog>()) != nullptr, Timeout);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->step(), PhoneIntakeDialog::Step::Details);
        auto* pseudonym = child<QLabel>(dialog, "pseudonymLabel");
        QVERIFY(pseudonym->text().startsWith(QLatin1String("P-2026-")));
        QTRY_COMPARE(QApplication::focusWidget(), child(dialog, "nameEdit"));
        QVERIFY(child<QLabel>(dialog, "reasonSealedLabel")->text().size() > 20);

        // An anonymous caller: no name, no phone. Tab through, say when to call, write the reason, Alt and the
        // save button's letter saves.
        key(Qt::Key_Tab); // name → phone
        key(Qt::Key_Tab); // phone → best time (the messages box is off without a phone)
        QCOMPARE(QApplication::focusWidget(), child(dialog, "contactTimesEdit"));
        type(QStringLiteral("Etter kl. 16"));
        key(Qt::Key_Tab); // → channel (phone already)
        key(Qt::Key_Tab); // → referrer
        key(Qt::Key_Tab); // → urgent
        key(Qt::Key_Tab); // → reason
        QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(dialog, "reasonEdit"));
        type(SecretReason);
        altMnemonic(child<QPushButton>(dialog, "intakePrimaryButton"));
        QTRY_VERIFY2(dialog->step() == PhoneIntakeDialog::Step::Slot,
                     qPrintable(child<QLabel>(dialog, "intakeErrorLabel")->text()));
        QVERIFY(dialog->patientId() > 0);
        QCOMPARE(dialog->pseudonym(), pseudonym->text());
        // Written, sealed: the secretary cannot read it back, and it is gone from the screen.
        auto reason = Referrals::reason(*window->clinic(), dialog->patientId());
        QVERIFY(!reason);
        QCOMPARE(reason.error().code, ErrorCode::PermissionDenied);
        QVERIFY(child<QPlainTextEdit>(dialog, "reasonEdit")->toPlainText().isEmpty());

        // The next free slots for a first contact, the first one chosen; Enter books it.
        SlotPicker* picker = dialog->picker();
        QVERIFY(picker->slotCount() > 0);
        QCOMPARE(QApplication::focusWidget(), picker->slotList());
        const Slot first = *picker->selectedSlot();
        QVERIFY(first.time.start >= m_clinic->clock().now());
        QVERIFY(saveScreenshot(dialog, QStringLiteral("secretary-intake-slots")));
        key(Qt::Key_Return);
        QTRY_COMPARE(dialog->step(), PhoneIntakeDialog::Step::Booked);
        const std::int64_t appointmentId = dialog->appointmentId();
        auto stored = AppointmentStore::find(window->clinic()->db(), appointmentId);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->time, first.time);
        QCOMPARE((*stored)->type, AppointmentType::FirstContact);
        // The time to read out, in full.
        const QString summary = dialog->summary()->text();
        QVERIFY(summary.contains(ClinicTime::dateText(ClinicTime::dateOf(first.time.start))));
        QVERIFY(summary.contains(ClinicTime::rangeText(first.time.start, first.time.end)));
        QVERIFY(summary.contains(dialog->pseudonym()));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("secretary-intake-booked")));
        QVERIFY(!waitingBefore.contains(dialog->patientId()));

        // The letter by its Alt key, saved as PDF.
        altMnemonic(child<QPushButton>(dialog, "intakeLetterButton"));
        LetterDialog* letter = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((letter = visibleWindow<LetterDialog>()) != nullptr, Timeout);
        QVERIFY(saveScreenshot(letter, QStringLiteral("secretary-letter")));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("brev.pdf"));
        LetterDialog::setNextPdfPath(pdf);
        QTest::mouseClick(child<QPushButton>(letter, "saveLetterPdfButton"), Qt::LeftButton);
        QTRY_VERIFY(QFileInfo::exists(pdf));
        QVERIFY(readAll(pdf).startsWith("%PDF"));
        const QString printed = letter->document()->toPlainText();
        QVERIFY(printed.contains(ClinicTime::timeText(first.time.start)));
        QVERIFY2(DiscreetText::isDiscreet(printed), qPrintable(DiscreetText::revealingWords(printed).join(u',')));
        QVERIFY2(DiscreetText::isDiscreet(letter->letter().envelopeText()),
                 qPrintable(letter->letter().envelopeText()));
        for (const QString& word : {QStringLiteral("overgrep"), QStringLiteral("seksuell"),
                                    QStringLiteral("Det finnes hjelp"), QStringLiteral("hemmelig grunn")}) {
            QVERIFY2(!printed.contains(word, Qt::CaseInsensitive), qPrintable(word));
        }
        auto audited = window->clinic()->db().prepare(
            "SELECT count(*) FROM audit_log WHERE action = 'letter.print' AND patient_id = ?1");
        QVERIFY(audited);
        audited->bind(1, dialog->patientId());
        QVERIFY(*audited->step());
        QCOMPARE(audited->int64(0), 1);
        letter->reject();

        // Enter (on the intake's focused Close button) closes it; the appointment is in the week calendar.
        dialog->activateWindow();
        (void)QTest::qWaitForWindowActive(dialog);
        QCOMPARE(dialog->focusWidget(), child<QPushButton>(dialog, "intakePrimaryButton"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(visibleWindow<PhoneIntakeDialog>() == nullptr);
        QVERIFY(window->workspace()->showPage(QStringLiteral("calendar")));
        auto* calendar = qobject_cast<CalendarPage*>(window->workspace()->page(QStringLiteral("calendar")));
        QVERIFY(calendar);
        calendar->setDate(ClinicTime::dateOf(first.time.start));
        QTRY_VERIFY(!calendar->view()->entryRect(appointmentId).isEmpty());
    }

    void calendarMovesByKeyboardAndDragUnderCoreRules()
    {
        auto window = signedInWindow();
        QVERIFY(window);
        QVERIFY(window->workspace()->showPage(QStringLiteral("calendar")));
        auto* calendar = qobject_cast<CalendarPage*>(window->workspace()->page(QStringLiteral("calendar")));
        CalendarView* view = calendar->view();
        calendar->setDate(QDate(2026, 3, 2));
        QCOMPARE(calendar->shownClinicians(), m_clinicians);
        QCOMPARE(view->columns().size(), 15); // Monday to Friday, three clinicians each
        QVERIFY(saveScreenshot(window.get(), QStringLiteral("secretary-calendar-week")));

        // Keyboard: choose the treatment session, Enter, two hours later, Enter.
        const std::int64_t treatment = m_appointments.value(QStringLiteral("treatment"));
        view->setFocus();
        view->select(treatment);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(view->isMoving());
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view->pendingMove()->time.start, oslo(3, 3, 11));
        QCOMPARE(calendar->messageBar()->kind(), MessageBar::Kind::Info);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(!view->isMoving());
        QCOMPARE((*AppointmentStore::find(window->clinic()->db(), treatment))->time.start, oslo(3, 3, 11));
        QCOMPARE(calendar->messageBar()->kind(), MessageBar::Kind::Success);

        // Keyboard into a conflict: one column right is Jonas Lie, who has an assessment at 12:00 that day.
        QTest::keyClick(view, Qt::Key_Return);
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view->pendingMove()->clinicianId, m_clinicians.at(1));
        QCOMPARE(calendar->messageBar()->kind(), MessageBar::Kind::Error);
        const QString refusal = calendar->messageBar()->text();
        QVERIFY2(refusal.contains(QLatin1String("Jonas Lie")) && refusal.contains(QLatin1String("12:00")),
                 qPrintable(refusal));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(calendar->messageBar()->text(), refusal); // core said no again, in the same words
        QCOMPARE((*AppointmentStore::find(window->clinic()->db(), treatment))->clinicianId, m_clinicians.at(0));

        // Drag the follow-up (Marte Dahl, Thursday 10:00) to 13:00 the same day.
        const std::int64_t followUp = m_appointments.value(QStringLiteral("followup"));
        const QRect from = view->entryRect(followUp);
        QVERIFY(!from.isEmpty());
        const QPoint grab = from.topLeft() + QPoint(10, 5);
        // The scale from two appointments' tops: Monday 08:00 and Tuesday 12:00 are four hours apart.
        const double hourHeight = (view->entryRect(m_appointments.value(QStringLiteral("assessment"))).top() -
                                   view->entryRect(m_appointments.value(QStringLiteral("attended"))).top()) /
                                  4.0;
        QVERIFY(hourHeight >= CalendarGeometry::MinimumHourHeight);
        const QPoint drop = grab + QPoint(0, qRound(3 * hourHeight));
        auto send = [view](QEvent::Type kind, const QPoint& at, Qt::MouseButtons buttons) {
            QMouseEvent event(kind, at, view->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
            QApplication::sendEvent(view, &event);
        };
        send(QEvent::MouseButtonPress, grab, Qt::LeftButton);
        for (int step = 1; step <= 6; ++step) {
            send(QEvent::MouseMove, grab + (drop - grab) * step / 6, Qt::LeftButton);
        }
        QVERIFY(view->isMoving());
        send(QEvent::MouseButtonRelease, drop, Qt::NoButton);
        QCOMPARE((*AppointmentStore::find(window->clinic()->db(), followUp))->time.start, oslo(3, 5, 13));

        // Context actions: a no-show marked attended, the cancelled one offers nothing but the record.
        std::unique_ptr<QMenu> menu(calendar->menuFor(m_appointments.value(QStringLiteral("noshow"))));
        QVERIFY(!menu->findChild<QAction*>(QStringLiteral("moveAction"))->isEnabled());
        menu->findChild<QAction*>(QStringLiteral("attendedAction"))->trigger();
        const auto statusOf = [&](const char* key) {
            return (*AppointmentStore::find(window->clinic()->db(), m_appointments.value(QLatin1String(key))))->status;
        };
        QCOMPARE(statusOf("noshow"), AppointmentStatus::Attended);
        // And corrected back, as the menu of the now attended appointment offers.
        std::unique_ptr<QMenu> again(calendar->menuFor(m_appointments.value(QStringLiteral("noshow"))));
        QVERIFY(!again->findChild<QAction*>(QStringLiteral("attendedAction"))->isEnabled());
        again->findChild<QAction*>(QStringLiteral("noShowAction"))->trigger();
        QCOMPARE(statusOf("noshow"), AppointmentStatus::NoShow);
        std::unique_ptr<QMenu> cancelledMenu(calendar->menuFor(m_appointments.value(QStringLiteral("cancelled"))));
        for (QAction* action : cancelledMenu->actions()) {
            QVERIFY2(!action->isEnabled() || action->isSeparator(), qPrintable(action->objectName()));
        }

        // Cancel by the clinic, with a reason, through the dialog.
        std::unique_ptr<QMenu> assessmentMenu(calendar->menuFor(m_appointments.value(QStringLiteral("assessment"))));
        assessmentMenu->findChild<QAction*>(QStringLiteral("cancelByClinicAction"))->trigger();
        QDialog* cancel = nullptr;
        QTRY_VERIFY((cancel = window->findChild<QDialog*>(QStringLiteral("cancelDialog"))) != nullptr);
        QTest::mouseClick(child<QPushButton>(cancel, "confirmCancelButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(cancel, "cancelErrorLabel")->isVisible()); // a reason is required
        typeInto(child(cancel, "cancelReasonEdit"), QStringLiteral("Behandler syk"));
        QTest::mouseClick(child<QPushButton>(cancel, "confirmCancelButton"), Qt::LeftButton);
        QTRY_COMPARE(
            (*AppointmentStore::find(window->clinic()->db(), m_appointments.value(QStringLiteral("assessment"))))
                ->status,
            AppointmentStatus::CancelledByClinic);
    }

    void waitingListFindsASlotWithOneClick()
    {
        auto window = signedInWindow();
        QVERIFY(window);
        QVERIFY(window->workspace()->showPage(QStringLiteral("waiting-list")));
        auto* page = qobject_cast<WaitingListPage*>(window->workspace()->page(QStringLiteral("waiting-list")));
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        WaitingListModel* model = page->model();
        QVERIFY(model->rowCount() >= 6);
        // Urgent first (though received after most), the longest waiting first within each.
        QCOMPARE(model->entry(0).patientId, m_urgentPatient);
        QVERIFY(model->entry(1).urgent);
        for (int row = 1; row < model->rowCount(); ++row) {
            const WaitingEntry& before = model->entry(row - 1);
            const WaitingEntry& after = model->entry(row);
            QVERIFY(before.urgent > after.urgent ||
                    (before.urgent == after.urgent && before.receivedOn <= after.receivedOn));
        }
        QCOMPARE(model->index(0, WaitingListModel::DaysWaited).data().toInt(), 14);
        QVERIFY(saveScreenshot(window.get(), QStringLiteral("secretary-waiting-list")));

        // One click on the row's button.
        const QRect button = page->table()->visualRect(model->index(0, WaitingListModel::FindSlot));
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, Qt::NoModifier, button.center());
        SlotBookingDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleWindow<SlotBookingDialog>()) != nullptr, Timeout);
        QVERIFY(dialog->picker()->slotCount() > 0);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog->picker()->slotList(), Qt::Key_Return);
        QTRY_VERIFY(dialog->bookedAppointmentId() > 0);
        dialog->accept();
        QTRY_VERIFY(model->rowCount() == 0 || model->entry(0).patientId != m_urgentPatient);
    }

    void noClinicalWidgetOrTextIsReachable()
    {
        auto window = signedInWindow();
        QVERIFY(window);
        const Session& session = window->clinic()->session();
        QVERIFY(!session.holdsClinicalKey);
        QVERIFY(!Policy::allows(session, Permission::ViewClinical));
        NavigationFrame* frame = window->workspace();
        QVERIFY(frame->pageIds().contains(QStringLiteral("calendar")));
        QVERIFY(frame->pageIds().contains(QStringLiteral("waiting-list")));
        QVERIFY(frame->pageIds().contains(QStringLiteral("patient-search")));
        QVERIFY(!frame->pageIds().contains(QStringLiteral("letter-settings"))); // administrators only
        // A clinical page is one that only the clinical key opens; none of them is in the secretary's navigation.
        QStringList clinicalPages;
        for (const WorkspacePage& page : PageCatalog::standard()) {
            for (Role role : {Role::Clinician, Role::UnitLeader}) {
                Session withKey;
                withKey.roles = role;
                withKey.holdsClinicalKey = true;
                Session withoutKey = withKey;
                withoutKey.holdsClinicalKey = false;
                if (page.available(withKey) && !page.available(withoutKey)) {
                    clinicalPages << page.id;
                }
            }
        }
        for (const QString& id : std::as_const(clinicalPages)) {
            QVERIFY2(!frame->pageIds().contains(id), qPrintable(id));
        }

        QStringList texts = textsUnder(window.get());
        for (const QString& id : frame->pageIds()) {
            QVERIFY(frame->showPage(id));
            QWidget* page = frame->page(id);
            texts << textsUnder(page);
            for (QWidget* w : page->findChildren<QWidget*>()) {
                const QString className = QString::fromLatin1(w->metaObject()->className());
                for (const char* clinical :
                     {"Clinical", "Note", "Assessment", "Eligibility", "DutyTo", "TreatmentPlan", "PatientRecord"}) {
                    QVERIFY2(!className.contains(QLatin1String(clinical)), qPrintable(className));
                }
                QVERIFY2(!w->objectName().contains(QLatin1String("note"), Qt::CaseInsensitive),
                         qPrintable(w->objectName()));
            }
        }
        // The calendar's menus and the intake dialog are reachable too.
        auto* calendar = qobject_cast<CalendarPage*>(frame->page(QStringLiteral("calendar")));
        calendar->setDate(QDate(2026, 3, 2));
        for (const PlacedEntry& placed : calendar->view()->entries()) {
            std::unique_ptr<QMenu> menu(calendar->menuFor(placed.entry.appointmentId));
            texts << textsUnder(menu.get());
        }
        window->findChild<QAction*>(QStringLiteral("phoneIntakeAction"))->trigger();
        PhoneIntakeDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleWindow<PhoneIntakeDialog>()) != nullptr);
        texts << textsUnder(dialog);
        dialog->reject();

        QVERIFY(texts.size() > 100);
        const QStringList clinical = clinicalTextIn(texts);
        QVERIFY2(clinical.isEmpty(), qPrintable(clinical.join(QStringLiteral(" | "))));
        for (const QString& text : std::as_const(texts)) {
            QVERIFY2(!text.contains(SecretReason.left(20)), qPrintable(text));
        }
    }

    void patientSearchShowsAdministrativeDataOnly()
    {
        auto window = signedInWindow();
        QVERIFY(window);
        QVERIFY(window->workspace()->showPage(QStringLiteral("patient-search")));
        auto* page = qobject_cast<PatientSearchPage*>(window->workspace()->page(QStringLiteral("patient-search")));
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* edit = child(page, "patientSearchEdit");
        typeInto(edit, QStringLiteral("ber"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->hit(0).name, QStringLiteral("Nils Berg"));
        typeInto(edit, QStringLiteral("P-2026"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(page->model()->rowCount() >= 10);
        QVERIFY(saveScreenshot(window.get(), QStringLiteral("secretary-patient-search")));
        const QStringList texts = textsUnder(page);
        QVERIFY(clinicalTextIn(texts).isEmpty());
        for (const QString& text : texts) {
            QVERIFY(!text.contains(SecretReason.left(20)));
        }
        // Book from a result: the slot search opens for that patient.
        page->table()->setCurrentIndex(page->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(page, "bookPatientButton"), Qt::LeftButton);
        SlotBookingDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleWindow<SlotBookingDialog>()) != nullptr);
        QVERIFY(dialog->windowTitle().contains(page->model()->hit(0).displayName()));
        dialog->reject();
    }

    void searchResultsArriveAPageAtATime()
    {
        int calls = 0;
        PatientSearchModel model(
            [&calls](const QString& text, int limit, int offset) -> Result<QList<PatientSearchHit>> {
                ++calls;
                QList<PatientSearchHit> page;
                for (int i = offset; i < std::min(offset + limit, 120); ++i) {
                    PatientSearchHit hit;
                    hit.patientId = i + 1;
                    hit.pseudonym = QStringLiteral("P-2026-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
                    hit.name = text + QString::number(i);
                    page.append(hit);
                }
                return page;
            });
        QVERIFY(model.search(QStringLiteral("Test")));
        QCOMPARE(model.rowCount(), PatientSearchModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * PatientSearchModel::PageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 120);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(calls, 3);
        QCOMPARE(model.index(119, PatientSearchModel::Name).data().toString(), QStringLiteral("Test119"));
        // A checked model throughout another search (the tester fetches as views do).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.search(QStringLiteral("Other")));
        QCOMPARE(model.index(0, PatientSearchModel::Name).data().toString(), QStringLiteral("Other0"));
    }

    void administratorsKeepTheLetterDiscreet()
    {
        auto window = signedInWindow(QStringLiteral("admin"));
        QVERIFY(window);
        QVERIFY(window->workspace()->showPage(QStringLiteral("letter-settings")));
        QWidget* page = window->workspace()->page(QStringLiteral("letter-settings"));
        auto* letter = child<QPlainTextEdit>(page, "letterTemplateEdit");
        auto* preview = child<QTextBrowser>(page, "letterSettingsPreview");
        QVERIFY(preview->toPlainText().contains(QLatin1String("Helsehuset Sentrum")));
        QVERIFY(saveScreenshot(window.get(), QStringLiteral("secretary-letter-settings")));

        letter->setPlainText(QStringLiteral("Velkommen til Det finnes hjelp {date} {time}."));
        QVERIFY(preview->toPlainText().contains(QLatin1String("Velkommen til Det finnes hjelp")));
        QTest::mouseClick(child<QPushButton>(page, "saveLetterSettingsButton"), Qt::LeftButton);
        auto* bar = page->findChild<MessageBar*>();
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY(bar->text().contains(QLatin1String("det finnes hjelp")));
        QVERIFY((*AppointmentLetters::settings(window->clinic()->db())).isDefaultTemplate);

        letter->setPlainText(QStringLiteral("Hei {name}. Du har time {weekday} {date} kl. {time}. Sted: {place}"));
        QTest::mouseClick(child<QPushButton>(page, "saveLetterSettingsButton"), Qt::LeftButton);
        QCOMPARE(bar->kind(), MessageBar::Kind::Success);
        QCOMPARE((*AppointmentLetters::settings(window->clinic()->db())).letterTemplate, letter->toPlainText());

        QTest::mouseClick(child<QPushButton>(page, "standardLetterButton"), Qt::LeftButton);
        QCOMPARE(letter->toPlainText(), AppointmentLetters::defaultTemplate());
        QTest::mouseClick(child<QPushButton>(page, "saveLetterSettingsButton"), Qt::LeftButton);
        QCOMPARE(bar->kind(), MessageBar::Kind::Success);
        QVERIFY((*AppointmentLetters::settings(window->clinic()->db())).isDefaultTemplate);
    }

    void screenshotsInEveryLanguage()
    {
        if (screenshotPath(QStringLiteral("probe")).isEmpty()) {
            QSKIP("FORLOP_SCREENSHOTS is not set");
        }
        for (const QString& language : Language::available()) {
            Language::install(language);
            auto window = signedInWindow();
            QVERIFY(window);
            window->findChild<QAction*>(QStringLiteral("phoneIntakeAction"))->trigger();
            PhoneIntakeDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = visibleWindow<PhoneIntakeDialog>()) != nullptr);
            typeInto(child(dialog, "nameEdit"), QStringLiteral("Kari Nordmann"));
            typeInto(child(dialog, "phoneEdit"), QStringLiteral("912 34 567"));
            child<QCheckBox>(dialog, "mayLeaveMessagesCheckBox")->setChecked(true);
            typeInto(child(dialog, "contactTimesEdit"), QStringLiteral("Hverdager etter 16"));
            QVERIFY(saveScreenshot(dialog, QStringLiteral("secretary-%1-1-intake").arg(language)));
            dialog->reject();

            QVERIFY(window->workspace()->showPage(QStringLiteral("calendar")));
            qobject_cast<CalendarPage*>(window->workspace()->page(QStringLiteral("calendar")))
                ->setDate(QDate(2026, 3, 2));
            QVERIFY(saveScreenshot(window.get(), QStringLiteral("secretary-%1-2-calendar-week").arg(language)));
            if (language == QLatin1String("nb")) {
                auto* calendar = qobject_cast<CalendarPage*>(window->workspace()->page(QStringLiteral("calendar")));
                calendar->setSpan(CalendarPage::Span::Day);
                QVERIFY(saveScreenshot(window.get(), QStringLiteral("secretary-nb-4-calendar-day")));
                calendar->setSpan(CalendarPage::Span::Week);
            }
            QVERIFY(window->workspace()->showPage(QStringLiteral("waiting-list")));
            QVERIFY(saveScreenshot(window.get(), QStringLiteral("secretary-%1-3-waiting-list").arg(language)));
        }
        Language::install(QStringLiteral("nb"));
    }
};

QTEST_MAIN(TestSecretaryGui)
#include "tst_secretary_gui.moc"
