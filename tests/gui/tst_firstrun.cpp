// Drives the real main window through the first start of a clinic: the creation dialog, the one-time
// recovery key, signing in, locking with Ctrl+L, a wrong password, and signing in again.
// Uses the app's real key derivation: about ten derivations, a few seconds in all.
#include "GuiTestHelpers.h"
#include "Screenshots.h"

#include "clinic/Clinic.h"
#include "firstrun/FirstRunDialog.h"
#include "firstrun/RecoveryKeyDialog.h"
#include "security/PasswordPolicy.h"
#include "session/IdleTimer.h"
#include "shell/LoginPage.h"
#include "shell/NavigationFrame.h"
#include "shell/NoClinicPage.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

const QString AdminName = QStringLiteral("kari.admin");
const QString AdminPassword = QStringLiteral("stille elv under fjellet");
const QString LeaderName = QStringLiteral("ola.leder");
const QString LeaderPassword = QStringLiteral("grønn bro over sundet");
constexpr int SlowTimeout = 60000; // key derivations on a busy 2-core CI machine

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareGuiTest(); }

    void createSignInLockAndSignInAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clinic.forlop"));
        MainWindow window({path, false}, SystemClock::instance());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();

        // --- First run: the dialog opens over the no-clinic page.
        FirstRunDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleWindow<FirstRunDialog>()) != nullptr);
        QVERIFY(window.findChild<NoClinicPage*>()->isVisible());
        QVERIFY(window.isLocked());

        typeInto(child(dialog, "clinicNameEdit"), QStringLiteral("Klinikk Nord"));
        typeInto(child(dialog, "siteEdit"), QStringLiteral("Tromsø"));
        typeInto(child(dialog, "adminUserNameEdit"), AdminName);
        typeInto(child(dialog, "adminPasswordEdit"), AdminPassword);
        typeInto(child(dialog, "adminRepeatEdit"), AdminPassword + QStringLiteral("x"));
        typeInto(child(dialog, "leaderUserNameEdit"), LeaderName);
        typeInto(child(dialog, "leaderPasswordEdit"), LeaderPassword);
        typeInto(child(dialog, "leaderRepeatEdit"), LeaderPassword);
        QVERIFY(!child<QLabel>(dialog, "adminStrengthLabel")->text().isEmpty());

        // Two different passwords: refused before any key is derived, and nothing is written.
        auto* create = child<QPushButton>(dialog, "createButton");
        QTest::mouseClick(create, Qt::LeftButton);
        auto* adminMessage = child<QLabel>(dialog, "adminMessageLabel");
        QVERIFY(adminMessage->isVisible());
        QCOMPARE(adminMessage->text(), QStringLiteral("The two passwords differ."));
        QVERIFY(!dialog->isBusy());
        QVERIFY(!QFileInfo::exists(path));

        // Too short for a production clinic: the core's password rule, shown under the field.
        typeInto(child(dialog, "adminPasswordEdit"), QStringLiteral("kort"));
        typeInto(child(dialog, "adminRepeatEdit"), QStringLiteral("kort"));
        QCOMPARE(child<QLabel>(dialog, "adminStrengthLabel")->text(),
                 PasswordPolicy::describe(PasswordPolicy::Strength::Weak));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(adminMessage->text().contains(QStringLiteral("at least")));
        QVERIFY(!QFileInfo::exists(path));

        typeInto(child(dialog, "adminPasswordEdit"), AdminPassword);
        typeInto(child(dialog, "adminRepeatEdit"), AdminPassword);
        QVERIFY(!adminMessage->isVisible());
        QVERIFY(saveScreenshot(dialog, QStringLiteral("01-first-run-dialog")));
        QTest::mouseClick(create, Qt::LeftButton);
        // The derivation runs off the UI thread: the dialog says so and cannot be dismissed meanwhile.
        QVERIFY(dialog->isBusy());
        QVERIFY(child<QProgressBar>(dialog, "busyBar")->isVisible());
        QVERIFY(!create->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QVERIFY(saveScreenshot(dialog, QStringLiteral("02-first-run-creating")));

        // --- The recovery key, shown once; Continue only after confirming a copy exists.
        RecoveryKeyDialog* recovery = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((recovery = visibleWindow<RecoveryKeyDialog>()) != nullptr, SlowTimeout);
        QTRY_VERIFY(!visibleWindow<FirstRunDialog>());
        QVERIFY(QFileInfo::exists(path));
        const QString shownKey = child<QLabel>(recovery, "recoveryKeyLabel")->text();
        QString compact = shownKey;
        compact.remove(QRegularExpression(QStringLiteral("[\\s-]")));
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{40}$")).match(compact).hasMatch(),
                 qPrintable(shownKey));
        auto* continueButton = child<QPushButton>(recovery, "continueButton");
        QVERIFY(!continueButton->isEnabled());
        QTest::keyClick(recovery, Qt::Key_Escape);
        QVERIFY(recovery->isVisible());
        window.close(); // refused: the key would be lost
        QVERIFY(window.isVisible());
        QVERIFY(saveScreenshot(recovery, QStringLiteral("03-recovery-key")));
        child<QCheckBox>(recovery, "confirmCheckBox")->setChecked(true);
        QVERIFY(continueButton->isEnabled());
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QTRY_VERIFY(!visibleWindow<RecoveryKeyDialog>());

        // --- Signing in: the login page, with the new administrator's name filled in.
        LoginPage* login = window.loginPage();
        QVERIFY(login->isVisible());
        QCOMPARE(child(login, "userNameEdit")->text(), AdminName);
        QCOMPARE(window.windowTitle(), QStringLiteral("Forløp"));
        QCOMPARE(child<QLabel>(&window, "userStatusLabel")->text(), QStringLiteral("Locked"));
        typeInto(child(login, "passwordEdit"), AdminPassword);
        QVERIFY(saveScreenshot(&window, QStringLiteral("04-login")));
        QTest::keyClick(child(login, "passwordEdit"), Qt::Key_Return);
        QVERIFY(child(login, "passwordEdit")->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), SlowTimeout);

        // --- The workspace shows the clinic and who is signed in.
        QVERIFY(window.workspace() && window.workspace()->isVisible());
        QCOMPARE(window.workspace()->currentPageId(), QStringLiteral("overview"));
        QCOMPARE(child<QLabel>(&window, "clinicNameLabel")->text(), QStringLiteral("Klinikk Nord"));
        QCOMPARE(child<QLabel>(&window, "siteLabel")->text(), QStringLiteral("Tromsø"));
        QVERIFY(child<QLabel>(&window, "userLabel")->text().contains(AdminName));
        QCOMPARE(child<QLabel>(&window, "rolesLabel")->text(), QStringLiteral("Administrator"));
        QVERIFY(child<QLabel>(&window, "userStatusLabel")->text().contains(AdminName));
        QCOMPARE(child<QLabel>(&window, "rolesStatusLabel")->text(), QStringLiteral("Administrator"));
        QVERIFY(child<QLabel>(&window, "clinicStatusLabel")->text().contains(QStringLiteral("Klinikk Nord")));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Klinikk Nord")));
        QVERIFY(!window.windowTitle().contains(QStringLiteral("DEMO")));
        QVERIFY(window.idleTimer()->isActive());
        QVERIFY(saveScreenshot(&window, QStringLiteral("05-workspace")));

        // --- Ctrl+L locks: the clinic is closed and the login page is back, the name kept, no password.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(window.isLocked());
        QVERIFY(window.clinic() == nullptr);
        QVERIFY(window.workspace() == nullptr);
        QVERIFY(login->isVisible());
        QVERIFY(!window.idleTimer()->isActive());
        QCOMPARE(child(login, "userNameEdit")->text(), AdminName);
        QVERIFY(child(login, "passwordEdit")->text().isEmpty());

        // --- A wrong password: the core's translated error, still locked, the field emptied.
        submitLogin(window, AdminName, QStringLiteral("feil passord helt klart"));
        auto* error = child<QLabel>(login, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), SlowTimeout);
        QCOMPARE(error->text(), QStringLiteral("Wrong user name or password."));
        QVERIFY(window.isLocked());
        QVERIFY(child(login, "passwordEdit")->text().isEmpty());
        QVERIFY(child(login, "passwordEdit")->isEnabled());
        QVERIFY(saveScreenshot(&window, QStringLiteral("06-login-error")));

        // --- The right one again.
        submitLogin(window, AdminName, AdminPassword);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), SlowTimeout);
        QVERIFY(!error->isVisible());
        QCOMPARE(window.clinic()->session().userName, AdminName);

        // The unit leader named in the dialog holds the clinical key from the start.
        window.lock();
        submitLogin(window, LeaderName, LeaderPassword);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), SlowTimeout);
        QVERIFY(window.clinic()->session().holdsClinicalKey);
        QCOMPARE(child<QLabel>(&window, "rolesLabel")->text(), QStringLiteral("Unit leader"));
        window.lock();

        // The key the dialog showed is the clinic's real recovery key.
        auto recovered = Clinic::openWithRecoveryKey(path, shownKey, SystemClock::instance());
        QVERIFY2(recovered.has_value(), recovered ? "" : qPrintable(recovered.error().message));
    }

    void cancelledFirstRunCanBeReopened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clinic.forlop"));
        MainWindow window({path, true}, SystemClock::instance());
        window.show();
        window.start();
        QVERIFY(window.windowTitle().contains(QStringLiteral("DEMO")));

        FirstRunDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleWindow<FirstRunDialog>()) != nullptr);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Create a demo clinic"));

        // Leaving out the unit leader: the fields go, and the note says who holds the clinical key instead.
        auto* leaderGroup = child<QGroupBox>(dialog, "leaderGroupBox");
        auto* note = child<QLabel>(dialog, "noLeaderNoteLabel");
        QVERIFY(!note->isVisible());
        leaderGroup->setChecked(false);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("recovery key")));
        QVERIFY(!child(dialog, "leaderUserNameEdit")->isVisible());
        QVERIFY(saveScreenshot(dialog, QStringLiteral("07-first-run-without-leader")));

        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!visibleWindow<FirstRunDialog>());
        QVERIFY(!QFileInfo::exists(path));
        auto* noClinic = window.findChild<NoClinicPage*>();
        QVERIFY(noClinic->isVisible());
        QCOMPARE(child<QLabel>(&window, "userStatusLabel")->text(), QStringLiteral("No clinic yet"));
        QVERIFY(saveScreenshot(&window, QStringLiteral("08-no-clinic")));

        QTest::mouseClick(child<QPushButton>(noClinic, "createClinicButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleWindow<FirstRunDialog>() != nullptr);
        visibleWindow<FirstRunDialog>()->reject();
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
