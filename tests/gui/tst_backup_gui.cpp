// Backups through the real main window: "Back up now" asks for a folder the first time and keeps it as the
// clinic's backup folder, the settings are saved through core, a backup is restored into a new location (and
// offered to be opened) but never over the open clinic, the automatic backup runs on its schedule and reports a
// failure loudly, a backup is taken at exit, and the sign-in warns the people who take backups when the last
// verified one is too old.
#include "GuiTestHelpers.h"
#include "Screenshots.h"
#include "TestClinic.h"
#include "TestStaff.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupController.h"
#include "backup/BackupPage.h"
#include "backup/BackupWarningBar.h"
#include "backup/BackupWriter.h"
#include "backup/ClinicLauncher.h"
#include "backup/ModalJob.h"
#include "backup/PathPrompt.h"
#include "backup/RestoreDialog.h"
#include "clinic/Clinic.h"
#include "clinic/ClinicSettings.h"
#include "session/IdleTimer.h"
#include "shell/NavigationFrame.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace forlop;
using namespace forlop::test;

namespace {

constexpr int Timeout = 30000;

void signIn(MainWindow& window, const QString& user)
{
    submitLogin(window, user, QStringLiteral("test"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), Timeout);
}

// What keeps the automatic backup waiting, if anything.
QString modalName()
{
    QWidget* modal = QApplication::activeModalWidget();
    return modal ? QStringLiteral("%1 (%2)").arg(modal->objectName(),
                                                 QString::fromLatin1(modal->metaObject()->className()))
                 : QString();
}

QDateTime latestBackup(const QString& folder, const QString& clinicId)
{
    auto latest = BackupCatalog::latest(folder, clinicId);
    return latest ? latest->manifest.createdAt : QDateTime();
}

template <typename T> T* waitForWindow()
{
    T* found = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((found = visibleWindow<T>()) != nullptr, Timeout); }();
    return found;
}

} // namespace

class TestBackupGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareGuiTest(); }
    void cleanup()
    {
        PathPrompt::setAnswerForTests({});
        ClinicLauncher::setForTests({});
    }

    void backUpRestoreScheduleAndExit()
    {
        TestClinic clinic;
        QTemporaryDir backups;
        const QString folder = backups.filePath(QStringLiteral("usb"));
        QString clinicId;

        auto* window = new MainWindow({clinic.path(), false}, clinic.clock());
        window->resize(1366, 768);
        window->show();
        window->start();
        signIn(*window, QStringLiteral("admin"));
        clinicId = window->clinic()->info().uuid;
        auto* controller = window->findChild<BackupController*>();
        QVERIFY(controller);
        // The test moves the clinic's clock on by hours; the idle lock would take that for hours without input.
        window->idleTimer()->stop();

        // --- Never backed up: the administrator is warned at sign-in.
        QVERIFY(controller->isWarningShown());
        QVERIFY(controller->warningBar()->text().contains(QStringLiteral("no verified backup")));
        QVERIFY(saveScreenshot(window, QStringLiteral("backup-01-warning-at-sign-in")));

        // --- Back up now, with no folder set: the administrator is asked, and the answer is kept.
        QVERIFY(window->workspace()->showPage(QLatin1String(BackupPage::PageId)));
        auto* page = qobject_cast<BackupPage*>(window->workspace()->page(QLatin1String(BackupPage::PageId)));
        QVERIFY(page);
        QVERIFY(child<QLabel>(page, "backupStatusLabel")->text().contains(QStringLiteral("no verified backup")));
        PathPrompt::setAnswerForTests([&](PathPrompt::Kind kind, const QString&) {
            return kind == PathPrompt::Kind::ExistingFolder ? folder : QString();
        });
        QTest::mouseClick(child<QPushButton>(page, "backUpNowButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "messageLabel")->text().contains(QStringLiteral("verified")),
                                 Timeout);
        QVERIFY(!page->job()->isRunning());
        QCOMPARE(BackupCatalog::list(folder).size(), 1);
        QCOMPARE(latestBackup(folder, clinicId), clinic.clock().now().toUTC());
        QCOMPARE(ClinicSettings::value(window->clinic()->db(), Setting::BackupFolder)->toString(), folder);
        QVERIFY(!controller->isWarningShown());
        QCOMPARE(child<QTreeWidget>(page, "backupList")->topLevelItemCount(), 1);

        // --- The settings, saved through core.
        child<QSpinBox>(page, "intervalSpinBox")->setValue(12);
        child<QSpinBox>(page, "warnAfterSpinBox")->setValue(3);
        QTest::mouseClick(child<QPushButton>(page, "saveBackupSettingsButton"), Qt::LeftButton);
        QCOMPARE(ClinicSettings::value(window->clinic()->db(), Setting::BackupIntervalHours)->toInt(), 12);
        QCOMPARE(ClinicSettings::value(window->clinic()->db(), Setting::BackupWarnAfterDays)->toInt(), 3);
        QVERIFY(child<QLabel>(page, "scheduleLabel")->text().contains(QStringLiteral("12")));
        QVERIFY(saveScreenshot(window, QStringLiteral("backup-02-page-and-settings")));

        // --- Restore into a new location, then the offer to open it in a second window.
        QStringList opened;
        ClinicLauncher::setForTests([&](const QString& path) {
            opened << path;
            return true;
        });
        QTest::mouseClick(child<QPushButton>(page, "restoreButton"), Qt::LeftButton);
        auto* restore = waitForWindow<RestoreDialog>();
        QVERIFY(restore);
        QCOMPARE(child<QComboBox>(restore, "backupComboBox")->count(), 1);
        const QString target = child(restore, "targetEdit")->text();
        QVERIFY(!QFile::exists(target));
        QVERIFY(!child<QLabel>(restore, "replaceWarningLabel")->isVisible());
        typeInto(child(restore, "restorePasswordEdit"), QStringLiteral("test"));
        QVERIFY(saveScreenshot(restore, QStringLiteral("backup-03-restore-dialog")));
        QTest::mouseClick(restore->acceptButton(), Qt::LeftButton);
        auto* offer = waitForWindow<QMessageBox>();
        QVERIFY(offer);
        QVERIFY(!visibleWindow<RestoreDialog>());
        QTest::mouseClick(offer->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_COMPARE(opened, QStringList{target});
        {
            auto restored = Clinic::open(target, QStringLiteral("leder"), "test", clinic.clock());
            QVERIFY2(restored.has_value(), restored ? "" : qPrintable(restored.error().message));
        }

        // --- Never over the open clinic: the typed word is asked first, and core still refuses while it is open.
        const QByteArray live = readAll(clinic.path());
        QTest::mouseClick(child<QPushButton>(page, "restoreButton"), Qt::LeftButton);
        restore = waitForWindow<RestoreDialog>();
        typeInto(child(restore, "targetEdit"), clinic.path());
        QVERIFY(child<QLabel>(restore, "replaceWarningLabel")->isVisible());
        typeInto(child(restore, "restorePasswordEdit"), QStringLiteral("test"));
        QTest::mouseClick(restore->acceptButton(), Qt::LeftButton);
        QVERIFY(child<QLabel>(restore, "errorLabel")->text().contains(RestoreDialog::confirmationWord()));
        QVERIFY(!restore->isBusy());
        typeInto(child(restore, "confirmReplaceEdit"), RestoreDialog::confirmationWord());
        typeInto(child(restore, "restorePasswordEdit"), QStringLiteral("test"));
        QTest::mouseClick(restore->acceptButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!restore->isBusy() && child<QLabel>(restore, "errorLabel")->isVisible(), Timeout);
        QVERIFY2(child<QLabel>(restore, "errorLabel")->text().contains(QStringLiteral("open")),
                 qPrintable(child<QLabel>(restore, "errorLabel")->text()));
        QVERIFY(restore->isVisible());
        restore->reject();
        QVERIFY(window->clinic()->isOpen());
        QCOMPARE(opened.size(), 1);
        Q_UNUSED(live);

        // --- The automatic backup, when the interval has passed.
        clinic.clock().advanceSeconds(13 * 3600);
        QVERIFY2(!QApplication::activeModalWidget(), qPrintable(modalName()));
        QVERIFY(controller->checkSchedule());
        QTRY_VERIFY_WITH_TIMEOUT(
            !controller->job()->isRunning() && latestBackup(folder, clinicId) == clinic.clock().now().toUTC(), Timeout);
        // Not again until the interval has passed once more.
        clinic.clock().advanceSeconds(3600);
        QVERIFY(!controller->checkSchedule());
        QVERIFY(!controller->job()->isRunning());

        // --- A backup folder that cannot be written: the automatic backup says so in red, "Back up now" loudly.
        const QString notAFolder = backups.filePath(QStringLiteral("a-file"));
        {
            QFile file(notAFolder);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        typeInto(child(page, "backupFolderEdit"), notAFolder);
        QTest::mouseClick(child<QPushButton>(page, "saveBackupSettingsButton"), Qt::LeftButton);
        clinic.clock().advanceSeconds(12 * 3600);
        QVERIFY2(!QApplication::activeModalWidget(), qPrintable(modalName()));
        QVERIFY(controller->checkSchedule());
        QTRY_VERIFY_WITH_TIMEOUT(controller->isWarningShown(), Timeout);
        QVERIFY(controller->warningBar()->text().startsWith(QStringLiteral("Automatic backup: THE BACKUP FAILED")));
        QVERIFY(saveScreenshot(window, QStringLiteral("backup-04-automatic-backup-failed")));
        QTest::mouseClick(child<QPushButton>(page, "backUpNowButton"), Qt::LeftButton);
        auto* failed = waitForWindow<QMessageBox>();
        QVERIFY(failed);
        QCOMPARE(failed->icon(), QMessageBox::Critical);
        QVERIFY(failed->text().contains(QStringLiteral("THE BACKUP FAILED")));
        QVERIFY(failed->text().contains(QStringLiteral("earlier backups there are kept")));
        failed->accept();
        QTRY_VERIFY(!visibleWindow<QMessageBox>());

        // --- Back to the USB folder; at exit (more than an hour after the last backup) one more is taken.
        typeInto(child(page, "backupFolderEdit"), folder);
        QTest::mouseClick(child<QPushButton>(page, "saveBackupSettingsButton"), Qt::LeftButton);
        clinic.clock().advanceSeconds(2 * 3600);
        window->close();
        QVERIFY(window->isLocked());
        QCOMPARE(latestBackup(folder, clinicId), clinic.clock().now().toUTC());
        delete window;
    }

    void oldBackupWarnsThoseWhoTakeBackups()
    {
        TestClinic clinic;
        QVERIFY(addStaff(clinic, QStringLiteral("sekretar"), Role::Secretary));
        QTemporaryDir backups;
        {
            // A backup taken with forlop-admin counts too: the time is kept in the clinic's own database.
            auto admin = clinic.open(QStringLiteral("admin"));
            QVERIFY(admin);
            QVERIFY(BackupWriter::write(*admin, backups.path()));
        }
        clinic.clock().advanceSeconds(4 * 86400);

        MainWindow window({clinic.path(), false}, clinic.clock());
        window.resize(1366, 768);
        window.show();
        window.start();
        auto* controller = window.findChild<BackupController*>();
        for (const QString& user : {QStringLiteral("admin"), QStringLiteral("leder")}) {
            signIn(window, user);
            QVERIFY2(controller->isWarningShown(), qPrintable(user));
            QVERIFY(controller->warningBar()->text().contains(QStringLiteral("4 day")));
            if (user == QStringLiteral("admin")) {
                QVERIFY(saveScreenshot(&window, QStringLiteral("backup-05-old-backup-warning")));
            }
            window.lock();
            QVERIFY(!controller->isWarningShown());
        }
        // Someone who cannot take a backup is not troubled with it.
        signIn(window, QStringLiteral("sekretar"));
        QVERIFY(!controller->isWarningShown());
        QVERIFY(!window.workspace()->pageIds().contains(QLatin1String(BackupPage::PageId)));
        window.lock();
    }
};

QTEST_MAIN(TestBackupGui)
#include "tst_backup_gui.moc"
