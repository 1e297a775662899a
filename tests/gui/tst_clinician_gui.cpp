// The clinician's desk through the real main window, as psykolog1 on a test clinic: My day, the record and its
// timeline, a session note written from today's appointment and signed with the password, an addendum, a
// duty-to-report record filed from the note and its follow-up seen and closed in My day, and emergency access
// to a colleague's patient with its banner. The results are checked in core: the signed note cannot change, and
// opening the record wrote its audit rows. Screenshots of My day, the record timeline and the note editor in
// bokmål and English when FORLOP_SCREENSHOTS is set.
//
// The whole-pathway test of issue 6 (eligibility with an override, the package, a plan of 18, the end of
// treatment with outcome measures, on a demo clinic) is tests/gui/tst_pathway_gui.cpp, over the same record.
#include "ClinicianGuiHelpers.h"
#include "Screenshots.h"
#include "clinic/Clinic.h"
#include "clinician/BreakGlassDialog.h"
#include "clinician/CaseloadModel.h"
#include "clinician/DutiesPage.h"
#include "clinician/DutyReportDialog.h"
#include "clinician/FollowUpDialog.h"
#include "clinician/SignDialog.h"
#include "clinician/TimelinePage.h"
#include "pathway/ClinicalNote.h"
#include "pathway/DutyToReport.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace forlop;
using namespace forlop::test;

namespace {

std::int64_t auditCount(Clinic& clinic, const QString& action, std::int64_t patientId)
{
    auto stmt = clinic.db().prepare(
        "SELECT count(*) FROM audit_log WHERE action = ?1 AND patient_id = ?2 AND user_id = ?3 AND outcome = 'ok'");
    if (!stmt) {
        return -1;
    }
    stmt->bindAll(action, patientId, clinic.session().userId);
    auto row = stmt->step();
    return row && *row ? stmt->int64(0) : -1;
}

// Selects the row of today's list (or of a follow-up list) that shows text in the given column.
bool selectRow(QTreeWidget* tree, int column, const QString& text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(column).contains(text)) {
            tree->setCurrentItem(tree->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void signInDialog(const QString& password)
{
    SignDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleWindow<SignDialog>()) != nullptr);
    typeInto(child(dialog, "signPasswordEdit"), password);
    clickButton(child<QPushButton>(dialog, "signOkButton"));
}

} // namespace

class TestClinicianGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClinicianFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    PatientRecordView* openTreatedFromToday()
    {
        ClinicianDayPage* day = showDay(*m_window);
        if (!day) {
            return nullptr;
        }
        auto* today = child<QTreeWidget>(day, "todayTree");
        if (!selectRow(today, 1, m_fixture->treatedPseudonym) && !selectRow(today, 1, QStringLiteral("Testperson"))) {
            return nullptr;
        }
        QTest::mouseClick(child<QPushButton>(day, "todayOpenRecordButton"), Qt::LeftButton);
        PatientRecordPage* page = recordPage(*m_window);
        return page ? page->record() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareGuiTest();
        Language::install(QStringLiteral("nb"));
        NoteEditor::setAutosaveDelay(200);
        m_fixture = std::make_unique<ClinicianFixture>();
        QVERIFY(m_fixture->setUp());
        m_window = std::make_unique<MainWindow>(AppOptions{m_fixture->clinic.path(), false}, m_fixture->clinic.clock());
        m_window->resize(1366, 768);
        m_window->show();
        m_window->start();
        QVERIFY(signInAs(*m_window, QStringLiteral("psykolog1")));
    }

    void myDayShowsTodayAndTheCaseload()
    {
        ClinicianDayPage* day = showDay(*m_window);
        QVERIFY(day);
        auto* today = child<QTreeWidget>(day, "todayTree");
        QCOMPARE(today->topLevelItemCount(), 1);
        QVERIFY(today->topLevelItem(0)->text(0).startsWith(QStringLiteral("10:00")));

        CaseloadModel* model = day->caseloadModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* view = child<QTableView>(day, "caseloadView");
        QTRY_VERIFY(model->rowCount() > 0);
        QCOMPARE(model->rowCount(), 1); // psykolog2's patient is not in psykolog1's caseload
        const CaseloadRow* row = model->rowAt(0);
        QCOMPARE(row->patientId, m_fixture->treated);
        QCOMPARE(row->sessionsAttended, 1);
        QCOMPARE(row->plannedSessions, std::optional<int>(16));
        QVERIFY(model->index(0, CaseloadModel::SessionsColumn).data().toString().contains(QStringLiteral("16")));
        // Sorting and filtering go through the core query.
        view->sortByColumn(CaseloadModel::PatientColumn, Qt::DescendingOrder);
        QTRY_COMPARE(model->rowCount(), 1);
        typeInto(child(day, "caseloadFilterEdit"), QStringLiteral("ingen-slik-pasient"));
        QTRY_COMPARE(model->rowCount(), 0);
        child(day, "caseloadFilterEdit")->clear();
        QTRY_COMPARE(model->rowCount(), 1);
    }

    void openingTheRecordIsAuditedAndShowsTheTimeline()
    {
        Clinic& clinic = *m_window->clinic();
        const auto patientViews = auditCount(clinic, QStringLiteral("patient.view"), m_fixture->treated);
        const auto timelineViews = auditCount(clinic, QStringLiteral("timeline.view"), m_fixture->treated);
        PatientRecordView* record = openTreatedFromToday();
        QVERIFY(record);
        QCOMPARE(m_window->workspace()->currentPageId(), QLatin1String(PatientRecordPage::PageId));
        QVERIFY(!record->isEmergency());
        QVERIFY(!child<QWidget>(record, "emergencyBanner")->isVisible());
        QCOMPARE(child<QLabel>(record, "recordStateLabel")->text(),
                 PatientStates::displayName(PatientState::Treatment));
        QVERIFY(child<QLabel>(record, "recordSessionsLabel")->text().contains(QStringLiteral("16")));

        auto* timeline = child<QTreeWidget>(record, "timelineTree");
        QVERIFY(timeline->topLevelItemCount() >= 8); // referral, states, package, plan, session …
        QCOMPARE(auditCount(clinic, QStringLiteral("patient.view"), m_fixture->treated), patientViews + 1);
        QCOMPARE(auditCount(clinic, QStringLiteral("timeline.view"), m_fixture->treated), timelineViews + 1);

        // Each clinical page is audited when it is first opened.
        const auto noteViews = auditCount(clinic, QStringLiteral("clinical_note.view"), m_fixture->treated);
        QVERIFY(record->showPage(QStringLiteral("sessions")));
        QCOMPARE(auditCount(clinic, QStringLiteral("clinical_note.view"), m_fixture->treated), noteViews + 1);
        const auto referralViews = auditCount(clinic, QStringLiteral("referral.view"), m_fixture->treated);
        QVERIFY(record->showPage(QStringLiteral("referral")));
        QVERIFY(auditCount(clinic, QStringLiteral("referral.view"), m_fixture->treated) > referralViews);
        QVERIFY(
            child<QPlainTextEdit>(record, "referralReasonEdit")->toPlainText().contains(QStringLiteral("Syntetisk")));
        QVERIFY(record->showPage(QStringLiteral("timeline")));
    }

    void writeAndSignANoteFromTodaysAppointment()
    {
        ClinicianDayPage* day = showDay(*m_window);
        QVERIFY(selectRow(child<QTreeWidget>(day, "todayTree"), 0, QStringLiteral("10:00")));
        clickButton(child<QPushButton>(day, "todayWriteNoteButton"));
        QTRY_COMPARE(noteEditors().size(), 1);
        NoteEditor* editor = noteEditors().first();
        auto* text = child<QPlainTextEdit>(editor, "noteTextEdit");
        QVERIFY(text->toPlainText().startsWith(NoteEditor::templateText().left(10)));
        text->moveCursor(QTextCursor::End);
        typeInto(text, QStringLiteral("Syntetisk notat: pasienten møtte og arbeidet med plan."));
        QTRY_VERIFY(editor->noteId().has_value()); // the autosave created the draft
        const std::int64_t noteId = *editor->noteId();

        // A wrong password signs nothing.
        clickButton(child<QPushButton>(editor, "noteSignButton"));
        signInDialog(QStringLiteral("feil"));
        QTRY_VERIFY(child<QLabel>(visibleWindow<SignDialog>(), "signErrorLabel")->isVisible());
        QVERIFY(!editor->isSigned());
        visibleWindow<SignDialog>()->reject();

        clickButton(child<QPushButton>(editor, "noteSignButton"));
        signInDialog(QString::fromLatin1(TestClinic::Password));
        QTRY_VERIFY(editor->isSigned());
        QVERIFY(text->isReadOnly());
        QVERIFY(child<QPushButton>(editor, "noteAddendumButton")->isVisible());

        Clinic& clinic = *m_window->clinic();
        auto note = ClinicalNotes::get(clinic, noteId);
        QVERIFY(note);
        QVERIFY(note->isSigned());
        QVERIFY(note->sessionId.has_value()); // linked to the appointment's session
        QVERIFY(note->body.contains(QStringLiteral("Syntetisk notat")));
        // Signed means immutable, in core and in the schema.
        auto changed = ClinicalNotes::updateDraft(clinic, noteId, QStringLiteral("endret"));
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, ErrorCode::Conflict);
        auto raw = clinic.db().exec("UPDATE clinical_note SET signed_at = NULL WHERE id = " +
                                    QByteArray::number(qlonglong(noteId)));
        QVERIFY(!raw);
        QVERIFY(saveScreenshot(editor, QStringLiteral("clinician-note-signed-nb")));

        // The addendum: a second editor under the unchanged original, signed the same way.
        clickButton(child<QPushButton>(editor, "noteAddendumButton"));
        QTRY_COMPARE(noteEditors().size(), 2);
        NoteEditor* addendum =
            noteEditors().constLast() == editor ? noteEditors().constFirst() : noteEditors().constLast();
        QVERIFY(child<QPlainTextEdit>(addendum, "noteOriginalEdit")
                    ->toPlainText()
                    .contains(QStringLiteral("Syntetisk notat")));
        typeInto(child<QPlainTextEdit>(addendum, "noteTextEdit"), QStringLiteral("Tillegg: riktig dato er i dag."));
        clickButton(child<QPushButton>(addendum, "noteSignButton"));
        signInDialog(QString::fromLatin1(TestClinic::Password));
        QTRY_VERIFY(addendum->isSigned());
        auto notes = ClinicalNotes::forPatient(clinic, m_fixture->treated);
        QVERIFY(notes);
        QCOMPARE(notes->size(), 2);
        QCOMPARE(notes->at(1).addendumTo, std::optional<std::int64_t>(noteId));
        QVERIFY(notes->at(1).isSigned());
        QCOMPARE(notes->at(0).body, note->body);
        addendum->close();
        QTRY_VERIFY(!child<QPlainTextEdit>(editor, "noteAddendaEdit")->toPlainText().isEmpty());
        QVERIFY(child<QPlainTextEdit>(editor, "noteAddendaEdit")->toPlainText().contains(QStringLiteral("Tillegg")));

        // From the note, the duty-to-report form in one step.
        clickButton(child<QPushButton>(editor, "noteDutyButton"));
        DutyReportDialog* duty = nullptr;
        QTRY_VERIFY((duty = visibleWindow<DutyReportDialog>()) != nullptr);
        editor->close();
        fileDutyReport(duty);
    }

    void theOpenFollowUpIsInMyDayUntilClosed()
    {
        ClinicianDayPage* day = showDay(*m_window);
        auto* followUps = child<QTreeWidget>(day, "followUpTree");
        QTRY_COMPARE(followUps->topLevelItemCount(), 1);
        QCOMPARE(followUps->topLevelItem(0)->text(0), m_fixture->treatedPseudonym);
        QTRY_COMPARE(day->caseloadModel()->rowCount(), 1);
        QCOMPARE(day->caseloadModel()->rowAt(0)->openDutyFollowUps, 1);
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("clinician-day-followup-nb")));

        followUps->setCurrentItem(followUps->topLevelItem(0));
        clickButton(child<QPushButton>(day, "closeFollowUpButton"));
        FollowUpDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleWindow<FollowUpDialog>()) != nullptr);
        QVERIFY(child<QCheckBox>(dialog, "followUpClosesCheck")->isChecked());
        typeInto(child<QPlainTextEdit>(dialog, "followUpTextEdit"),
                 QStringLiteral("Samtale med barnevernet gjennomført."));
        clickButton(child<QPushButton>(dialog, "followUpOkButton"));
        // Only the "no open follow-ups" line is left.
        QTRY_VERIFY(followUps->topLevelItemCount() == 1 && followUps->topLevelItem(0)->flags() == Qt::NoItemFlags);
        auto reports = DutyReports::forPatient(*m_window->clinic(), m_fixture->treated);
        QVERIFY(reports);
        QCOMPARE(reports->size(), 1);
        QVERIFY(reports->first().followUpClosedAt.has_value());
        QCOMPARE(reports->first().followUps.size(), 1);
    }

    void breakingTheGlassShowsTheBanner()
    {
        PatientRecordPage* page = recordPage(*m_window);
        QVERIFY(page);
        QVERIFY(m_window->workspace()->showPage(QLatin1String(PatientRecordPage::PageId)));
        typeInto(child(page, "recordPseudonymEdit"), m_fixture->colleaguesPseudonym);
        clickButton(child<QPushButton>(page, "recordOpenButton"));
        BreakGlassDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleWindow<BreakGlassDialog>()) != nullptr);
        QVERIFY(saveScreenshot(dialog, QStringLiteral("clinician-break-glass-nb")));
        auto* ok = child<QPushButton>(dialog, "breakGlassOkButton");
        typeInto(child<QPlainTextEdit>(dialog, "breakGlassReasonEdit"), QStringLiteral("For kort"));
        QVERIFY(!ok->isEnabled());
        typeInto(child<QPlainTextEdit>(dialog, "breakGlassReasonEdit"),
                 QStringLiteral(": behandler syk, pasienten ringer i krise nå"));
        clickButton(ok);
        QTRY_VERIFY(page->record() && page->record()->patientId() == m_fixture->colleagues);
        PatientRecordView* record = page->record();
        QVERIFY(record->isEmergency());
        QVERIFY(child<QWidget>(record, "emergencyBanner")->isVisible());
        QTRY_VERIFY(m_window->statusBar()->findChild<QLabel*>(QStringLiteral("emergencyStatusLabel")) != nullptr);
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("clinician-emergency-nb")));

        Clinic& clinic = *m_window->clinic();
        QCOMPARE(auditCount(clinic, QStringLiteral("emergency_access.grant"), m_fixture->colleagues), 1);
        auto basis = clinic.db().queryText(
            "SELECT basis FROM audit_log WHERE action = 'timeline.view' ORDER BY seq DESC LIMIT 1");
        QVERIFY(basis);
        QCOMPARE(*basis, QLatin1String(AuditBasis::Emergency));

        // Back to one's own patient: no banner there, and none left in the status bar.
        record = openTreatedFromToday();
        QVERIFY(record && !record->isEmergency());
        QTRY_VERIFY(m_window->statusBar()->findChild<QLabel*>(QStringLiteral("emergencyStatusLabel")) == nullptr);
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nb") << QStringLiteral("nb");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        m_window.reset();
        QVERIFY(Language::install(language) || language == QLatin1String("en"));
        MainWindow window(AppOptions{m_fixture->clinic.path(), false}, m_fixture->clinic.clock());
        window.resize(1366, 768);
        window.show();
        window.start();
        QVERIFY(signInAs(window, QStringLiteral("psykolog1")));
        ClinicianDayPage* day = showDay(window);
        QVERIFY(day);
        QTRY_VERIFY(day->caseloadModel()->rowCount() > 0);
        QVERIFY(saveScreenshot(&window, QStringLiteral("clinician-day-") + language));

        PatientRecordPage* page = recordPage(window);
        QVERIFY(window.workspace()->showPage(QLatin1String(PatientRecordPage::PageId)));
        page->openPatient(m_fixture->treated);
        QVERIFY(page->record());
        QVERIFY(saveScreenshot(&window, QStringLiteral("clinician-record-timeline-") + language));
        QVERIFY(page->record()->showPage(QStringLiteral("sessions")));
        QVERIFY(saveScreenshot(&window, QStringLiteral("clinician-record-sessions-") + language));

        page->record()->newNote();
        QTRY_COMPARE(noteEditors().size(), 1);
        NoteEditor* editor = noteEditors().first();
        QVERIFY(saveScreenshot(editor, QStringLiteral("clinician-note-editor-") + language));
        editor->close();
        page->record()->newDutyReport();
        DutyReportDialog* duty = nullptr;
        QTRY_VERIFY((duty = visibleWindow<DutyReportDialog>()) != nullptr);
        QVERIFY(saveScreenshot(duty, QStringLiteral("clinician-duty-form-") + language));
        duty->close();
        QVERIFY(Language::install(QStringLiteral("nb")));
    }

private:
    void fileDutyReport(DutyReportDialog* duty)
    {
        QVERIFY(!child<QLabel>(duty, "dutyReminderLabel")->text().isEmpty());
        const QString childWelfare = child<QLabel>(duty, "dutyReminderLabel")->text();
        auto* kind = child<QComboBox>(duty, "dutyKindCombo");
        kind->setCurrentIndex(kind->findData(static_cast<int>(Duty::Avert)));
        QVERIFY(child<QLabel>(duty, "dutyReminderLabel")->text() != childWelfare);
        QCOMPARE(child<QLabel>(duty, "dutyReminderLabel")->text(), DutyReports::reminder(Duty::Avert));
        kind->setCurrentIndex(kind->findData(static_cast<int>(Duty::ChildWelfare)));

        typeInto(child<QPlainTextEdit>(duty, "dutyTriggerEdit"), QStringLiteral("Syntetisk: opplysning i timen."));
        typeInto(child<QPlainTextEdit>(duty, "dutyAssessmentEdit"), QStringLiteral("Syntetisk vurdering av risiko."));
        // Signing names the first missing field and signs nothing.
        clickButton(child<QPushButton>(duty, "dutySignButton"));
        QVERIFY(child<QLabel>(duty, "dutyStatusLabel")->text().contains(QStringLiteral("«")) ||
                child<QLabel>(duty, "dutyStatusLabel")->text().contains(QStringLiteral("“")));
        QVERIFY(visibleWindow<SignDialog>() == nullptr);

        clickButton(child<QRadioButton>(duty, "dutyNotifyRadio"));
        typeInto(child<QPlainTextEdit>(duty, "dutyDecisionReasonEdit"), QStringLiteral("Syntetisk begrunnelse."));
        typeInto(child(duty, "dutyConsultedOtherEdit"), QStringLiteral("Fagleder Syntetisk"));
        auto* recipient = child<QComboBox>(duty, "dutyRecipientCombo");
        recipient->setCurrentIndex(recipient->findData(static_cast<int>(DutyRecipient::ChildWelfare)));
        typeInto(child(duty, "dutyRecipientDetailEdit"), QStringLiteral("Barneverntjenesten i Testby"));
        auto* channel = child<QComboBox>(duty, "dutyChannelCombo");
        channel->setCurrentIndex(channel->findData(static_cast<int>(NotificationChannel::Phone)));
        auto* informed = child<QComboBox>(duty, "dutyPatientInformedCombo");
        informed->setCurrentIndex(informed->findData(static_cast<int>(PatientInformed::Yes)));
        clickButton(child<QCheckBox>(duty, "dutyFollowUpCheck"));
        typeInto(child<QPlainTextEdit>(duty, "dutyFollowUpPlanEdit"), QStringLiteral("Ring barnevernet om en uke."));
        QVERIFY(saveScreenshot(duty, QStringLiteral("clinician-duty-filled-nb")));
        clickButton(child<QPushButton>(duty, "dutySignButton"));
        signInDialog(QString::fromLatin1(TestClinic::Password));
        QTRY_VERIFY(duty->isSigned());

        auto reports = DutyReports::forPatient(*m_window->clinic(), m_fixture->treated);
        QVERIFY(reports);
        QCOMPARE(reports->size(), 1);
        const DutyReport& report = reports->first();
        QVERIFY(report.signedAt.has_value());
        QCOMPARE(report.content.decision, std::optional(DutyDecision::Notify));
        QCOMPARE(report.content.recipient, std::optional(DutyRecipient::ChildWelfare));
        QCOMPARE(report.content.consultedOther, QStringLiteral("Fagleder Syntetisk"));
        QVERIFY(report.followUpOpen());
        duty->close();
    }
};

QTEST_MAIN(TestClinicianGui)
#include "tst_clinician_gui.moc"
