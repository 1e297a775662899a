// An unsigned session note is never lost: the draft survives the idle auto-lock (the lock saves what was typed
// since the last autosave) and a killed process (a child process, this executable run with --child, types a
// draft and is killed with SIGKILL once the autosave has written it). The draft lives in the encrypted database,
// never in a file of its own.
#include "ClinicianGuiHelpers.h"

#include "clinic/Clinic.h"
#include "clinician/SessionsPage.h"
#include "pathway/ClinicalNote.h"
#include "session/IdleTimer.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QTreeWidget>

#include <csignal>
#include <cstdio>

using namespace forlop;
using namespace forlop::test;

namespace {

// The child learns where the clinic is and which patient from the environment.
constexpr auto DatabaseVariable = "FORLOP_DRAFT_DATABASE";
constexpr auto PatientVariable = "FORLOP_DRAFT_PATIENT";
const QString ChildText = QStringLiteral("Syntetisk utkast skrevet før prosessen ble drept.");
const QString LockText = QStringLiteral("Syntetisk utkast skrevet rett før låsen.");

QDateTime fixtureNow()
{
    return ClinicTime::at(QDate(2026, 3, 2), QTime(11, 0));
}

NoteEditor* newNoteIn(MainWindow& window, std::int64_t patientId)
{
    PatientRecordPage* page = recordPage(window);
    if (!page || !window.workspace()->showPage(QLatin1String(PatientRecordPage::PageId))) {
        return nullptr;
    }
    page->openPatient(patientId);
    if (!page->record()) {
        return nullptr;
    }
    page->record()->newNote();
    const auto editors = noteEditors();
    return editors.isEmpty() ? nullptr : editors.constLast();
}

// The child: signs in through the real window, types a note, reports once the autosave wrote it, then waits to
// be killed (and types on, so the kill lands while there is more in the editor than in the database).
int runChild()
{
    prepareGuiTest();
    NoteEditor::setAutosaveDelay(200);
    FixedClock clock(fixtureNow());
    MainWindow window(AppOptions{qEnvironmentVariable(DatabaseVariable), false}, clock);
    window.show();
    window.start();
    if (!signInAs(window, QStringLiteral("psykolog1"))) {
        std::fputs("child: cannot sign in\n", stderr);
        return 2;
    }
    NoteEditor* editor = newNoteIn(window, qEnvironmentVariableIntValue(PatientVariable));
    if (!editor) {
        std::fputs("child: no note editor\n", stderr);
        return 3;
    }
    auto* text = editor->findChild<QPlainTextEdit*>(QStringLiteral("noteTextEdit"));
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, ChildText);
    QElapsedTimer timer;
    timer.start();
    while ((!editor->noteId() || editor->hasUnsavedChanges()) && timer.elapsed() < GuiTimeout) {
        QTest::qWait(20);
    }
    if (!editor->noteId() || editor->hasUnsavedChanges()) {
        std::fputs("child: the autosave did not run\n", stderr);
        return 4;
    }
    std::printf("saved %lld\n", static_cast<long long>(*editor->noteId()));
    std::fflush(stdout);
    QTest::keyClicks(text, QStringLiteral(" Mer tekst"));
    QTest::qWait(60000);
    return 5; // not reached: the parent kills the child long before
}

} // namespace

class TestNoteDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareGuiTest(); }

    void draftSurvivesTheIdleLock()
    {
        // Long enough that only the lock can have saved what was typed.
        NoteEditor::setAutosaveDelay(10 * 60 * 1000);
        ClinicianFixture fixture;
        QVERIFY(fixture.setUp());
        MainWindow window(AppOptions{fixture.clinic.path(), false}, fixture.clinic.clock());
        window.resize(1366, 768);
        window.show();
        window.start();
        QVERIFY(signInAs(window, QStringLiteral("psykolog1")));

        NoteEditor* editor = newNoteIn(window, fixture.treated);
        QVERIFY(editor);
        auto* text = child<QPlainTextEdit>(editor, "noteTextEdit");
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, LockText);
        QVERIFY(editor->hasUnsavedChanges());
        QVERIFY(!editor->noteId());

        fixture.clinic.clock().advanceSeconds(window.idleTimer()->timeoutSeconds());
        window.idleTimer()->check();
        QVERIFY(window.isLocked());
        QTRY_VERIFY(noteEditors().isEmpty());

        QVERIFY(signInAs(window, QStringLiteral("psykolog1")));
        auto drafts = ClinicalNotes::myDrafts(*window.clinic());
        QVERIFY(drafts);
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->first().patientId, fixture.treated);

        // And the clinician finds it where she left it: in the record's notes, opening with the text typed.
        PatientRecordPage* page = recordPage(window);
        QVERIFY(window.workspace()->showPage(QLatin1String(PatientRecordPage::PageId)));
        page->openPatient(fixture.treated);
        QVERIFY(page->record() && page->record()->showPage(QStringLiteral("sessions")));
        auto* notes = child<QTreeWidget>(page->record(), "notesTree");
        QCOMPARE(notes->topLevelItemCount(), 1);
        notes->setCurrentItem(notes->topLevelItem(0));
        clickButton(child<QPushButton>(page->record(), "sessionsOpenNoteButton"));
        QTRY_COMPARE(noteEditors().size(), 1);
        editor = noteEditors().first();
        QCOMPARE(editor->noteId(), std::optional<std::int64_t>(drafts->first().noteId));
        QVERIFY(child<QPlainTextEdit>(editor, "noteTextEdit")->toPlainText().contains(LockText));
        QVERIFY(!editor->isSigned());
        editor->close();
    }

    void draftSurvivesTheRecordClosingUnderIt()
    {
        // An editor that is not showing (so the lock does not close it as a dialog) is deleted with the record
        // when the window locks; it saves on the way out.
        NoteEditor::setAutosaveDelay(10 * 60 * 1000);
        ClinicianFixture fixture;
        QVERIFY(fixture.setUp());
        MainWindow window(AppOptions{fixture.clinic.path(), false}, fixture.clinic.clock());
        window.show();
        window.start();
        QVERIFY(signInAs(window, QStringLiteral("psykolog1")));
        NoteEditor* editor = newNoteIn(window, fixture.treated);
        QVERIFY(editor);
        auto* text = child<QPlainTextEdit>(editor, "noteTextEdit");
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, LockText);
        editor->hide();
        window.lock();
        QVERIFY(window.isLocked());

        auto clinic = fixture.clinic.open(QStringLiteral("psykolog1"));
        QVERIFY(clinic);
        auto drafts = ClinicalNotes::myDrafts(*clinic);
        QVERIFY(drafts);
        QCOMPARE(drafts->size(), 1);
        auto note = ClinicalNotes::get(*clinic, drafts->first().noteId);
        QVERIFY(note);
        QVERIFY(note->body.contains(LockText));
    }

    void draftSurvivesAKilledProcess()
    {
        ClinicianFixture fixture;
        QVERIFY(fixture.setUp());
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1String(DatabaseVariable), fixture.clinic.path());
        environment.insert(QLatin1String(PatientVariable), QString::number(fixture.treated));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
        QVERIFY(child.waitForStarted(10000));
        QByteArray output;
        QElapsedTimer waiting;
        waiting.start();
        while (!output.contains('\n') && waiting.elapsed() < 40000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(50);
            output += child.readAllStandardOutput();
        }
        QVERIFY2(output.startsWith("saved "), child.readAllStandardError().constData());
        const std::int64_t noteId = output.mid(6).trimmed().toLongLong();
        QVERIFY(noteId > 0);
        QVERIFY(::kill(static_cast<pid_t>(child.processId()), SIGKILL) == 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto clinic = fixture.clinic.open(QStringLiteral("psykolog1"));
        QVERIFY(clinic);
        auto note = ClinicalNotes::get(*clinic, noteId);
        QVERIFY2(note, note ? "" : qPrintable(note.error().message));
        QVERIFY(!note->isSigned());
        QCOMPARE(note->patientId, fixture.treated);
        QVERIFY(note->body.startsWith(NoteEditor::templateText().left(10)));
        QVERIFY(note->body.contains(ChildText));
        auto drafts = ClinicalNotes::myDrafts(*clinic);
        QVERIFY(drafts);
        QCOMPARE(drafts->size(), 1);

        // Nothing beside the database and its key file: no temporary copy of the draft on disk.
        const QStringList files = QDir(fixture.clinic.base().dir()).entryList(QDir::Files | QDir::Hidden);
        for (const QString& file : files) {
            QVERIFY2(file.startsWith(QLatin1String("clinic.forlop")), qPrintable(file));
        }
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--child"))) {
        return runChild();
    }
    TestNoteDrafts test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_note_drafts.moc"
