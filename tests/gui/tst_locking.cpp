// Session safety in the main window: idle auto-lock, what a lock closes and clears, and who resumes where.
// Uses a test clinic with fast key derivation (users admin and leder, password "test").
#include "GuiTestHelpers.h"
#include "Screenshots.h"
#include "TestClinic.h"

#include "clinic/Clinic.h"
#include "session/IdleTimer.h"
#include "settings/SettingsDialog.h"
#include "shell/LoginPage.h"
#include "shell/NavigationFrame.h"
#include "util/Clipboard.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QSpinBox>
#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

constexpr int Timeout = 20000;

// The standard pages plus a second one, so resuming a page other than the first can be seen.
QList<WorkspacePage> pagesWithSecond()
{
    QList<WorkspacePage> pages = PageCatalog::standard();
    pages.append(WorkspacePage{QStringLiteral("second"), [] { return QStringLiteral("Second"); },
                               [](const Session&) { return true; },
                               [](Clinic&) -> QWidget* { return new QLabel(QStringLiteral("second page")); }});
    return pages;
}

} // namespace

class TestLocking : public QObject
{
    Q_OBJECT

private:
    static void signIn(MainWindow& window, const QString& user)
    {
        submitLogin(window, user, QString::fromLatin1(TestClinic::Password));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), Timeout);
        QCOMPARE(window.clinic()->session().userName, user);
    }

private Q_SLOTS:
    void init() { prepareGuiTest(); }

    void locksAfterTheIdleMinutesFromSettings()
    {
        AppSettings::setValue(AppSettings::Key::IdleLockMinutes, 2);
        TestClinic clinic;
        MainWindow window({clinic.path(), false}, clinic.clock());
        window.show();
        window.start();
        QVERIFY(window.loginPage()->isVisible());
        QVERIFY(!window.idleTimer()->isActive());

        signIn(window, QStringLiteral("admin"));
        IdleTimer* idle = window.idleTimer();
        QVERIFY(idle->isActive());
        QCOMPARE(idle->timeoutSeconds(), 120);

        clinic.clock().advanceSeconds(119);
        idle->check();
        QVERIFY(!window.isLocked());
        clinic.clock().advanceSeconds(1);
        idle->check();
        QVERIFY(window.isLocked());
        QVERIFY(window.loginPage()->isVisible());
        QVERIFY(!idle->isActive());
        QCOMPARE(child(&window, "userNameEdit")->text(), QStringLiteral("admin"));
    }

    void settingsDialogChangesTheIdleTime()
    {
        TestClinic clinic;
        MainWindow window({clinic.path(), false}, clinic.clock());
        window.show();
        window.start();
        signIn(window, QStringLiteral("admin"));
        QCOMPARE(window.idleTimer()->timeoutSeconds(), 5 * 60); // the default

        window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
        SettingsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleWindow<SettingsDialog>()) != nullptr);
        QVERIFY(saveScreenshot(dialog, QStringLiteral("10-settings")));
        auto* minutes = child<QSpinBox>(dialog, "idleLockSpinBox");
        QCOMPARE(minutes->value(), 5);
        QCOMPARE(minutes->maximum(), AppSettings::MaxIdleLockMinutes);
        minutes->setValue(12);
        dialog->accept();
        QCOMPARE(window.idleTimer()->timeoutSeconds(), 12 * 60);
        QCOMPARE(AppSettings::idleLockMinutes(), 12);
    }

    void lockClosesDialogsAndTakesBackTheClipboard()
    {
        TestClinic clinic;
        MainWindow window({clinic.path(), false}, clinic.clock());
        window.show();
        window.start();
        signIn(window, QStringLiteral("admin"));

        window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
        QTRY_VERIFY(visibleWindow<SettingsDialog>() != nullptr);
        Clipboard::copy(QStringLiteral("Syntetisk Testperson"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Syntetisk Testperson"));
        QVERIFY(Clipboard::holdsOurText());

        window.lock();
        QVERIFY(window.isLocked());
        QVERIFY(visibleWindow<SettingsDialog>() == nullptr);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!Clipboard::holdsOurText());
    }

    void sameUserResumesTheirPageAnotherStartsFresh()
    {
        TestClinic clinic;
        MainWindow window({clinic.path(), false}, clinic.clock(), pagesWithSecond());
        window.show();
        window.start();

        signIn(window, QStringLiteral("admin"));
        // The role screens add pages of their own between the two.
        QCOMPARE(window.workspace()->pageIds().first(), QStringLiteral("overview"));
        QCOMPARE(window.workspace()->pageIds().last(), QStringLiteral("second"));
        QVERIFY(window.workspace()->showPage(QStringLiteral("second")));
        window.lock();
        signIn(window, QStringLiteral("admin"));
        QCOMPARE(window.workspace()->currentPageId(), QStringLiteral("second"));

        window.lock();
        signIn(window, QStringLiteral("leder"));
        QCOMPARE(window.workspace()->currentPageId(), QStringLiteral("overview"));
        QVERIFY(child<QLabel>(&window, "userLabel")->text().contains(QStringLiteral("leder")));

        // The first user's place was forgotten when someone else signed in.
        window.lock();
        signIn(window, QStringLiteral("admin"));
        QCOMPARE(window.workspace()->currentPageId(), QStringLiteral("overview"));
    }

    void closingTheWindowLocks()
    {
        TestClinic clinic;
        MainWindow window({clinic.path(), false}, clinic.clock());
        window.show();
        window.start();
        signIn(window, QStringLiteral("admin"));
        QVERIFY(window.close());
        QVERIFY(window.isLocked());
        // The lock is in the audit trail (read back with a fresh session).
        auto reopened = clinic.open(QStringLiteral("admin"));
        QVERIFY(reopened);
        auto count = reopened->db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'session.lock'");
        QVERIFY(count.has_value());
        QCOMPARE(*count, 1);
    }

    void lockActionIsOnlyEnabledWhileSignedIn()
    {
        TestClinic clinic;
        MainWindow window({clinic.path(), false}, clinic.clock());
        window.show();
        window.start();
        auto* lockAction = window.findChild<QAction*>(QStringLiteral("lockAction"));
        QVERIFY(!lockAction->isEnabled());
        QCOMPARE(lockAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
        signIn(window, QStringLiteral("admin"));
        QVERIFY(lockAction->isEnabled());
        lockAction->trigger(); // queued, so a page's own button may trigger it safely
        QTRY_VERIFY(window.isLocked());
        QVERIFY(!lockAction->isEnabled());
    }
};

QTEST_MAIN(TestLocking)
#include "tst_locking.moc"
