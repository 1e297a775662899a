#pragma once

#include "Error.h"
#include "shell/AppOptions.h"
#include "shell/PageCatalog.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;

namespace forlop {

class BackgroundTask;
class BackupController;
class Clinic;
class Clock;
class IdleTimer;
class LoginPage;
class NavigationFrame;
class NoClinicPage;

// The one window of the desktop app. Locked is a mode of this window, not another window: a stack holds the
// no-clinic page, the login page and (only while a clinic is open) the workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppOptions options, const Clock& clock, QList<WorkspacePage> pages = PageCatalog::standard(),
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the first-run dialog when no clinic exists at the path, the login page otherwise.
    void start();

    [[nodiscard]] bool isLocked() const { return !m_clinic; }
    [[nodiscard]] Clinic* clinic() const { return m_clinic.get(); }
    // Null while locked.
    [[nodiscard]] NavigationFrame* workspace() const { return m_workspace; }
    [[nodiscard]] LoginPage* loginPage() const { return m_login; }
    [[nodiscard]] IdleTimer* idleTimer() const { return m_idle; }

public Q_SLOTS:
    // Closes dialogs, clears our text from the clipboard, deletes the workspace, closes the database and wipes
    // the keys, then shows the login page. Deletes the workspace at once, so it must not be called from inside
    // a workspace page's own signal handler: trigger the Lock action instead (it is queued).
    void lock();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildStatusBar();
    void showFirstRun();
    void showRecoveryKey(const QString& recoveryKey, const QString& clinicName, const QString& adminName);
    void showLogin(const QString& userName);
    void signIn(const QString& userName, const QByteArray& password);
    void finishSignIn(Result<std::unique_ptr<Clinic>> opened);
    void buildWorkspace();
    void openSettings();
    void openChangePassword();
    void openPhoneIntake();
    void applySettings();
    void updateChrome();
    [[nodiscard]] bool mustStayOpen() const;
    static void closeDialogs();

    // Where a signed-in user was when the window locked, so the same user resumes there.
    struct Resume
    {
        qint64 userId = 0;
        QString pageId;
    };

    AppOptions m_options;
    const Clock& m_clock;
    QList<WorkspacePage> m_pages;
    std::unique_ptr<Clinic> m_clinic;
    std::optional<Resume> m_resume;

    QStackedWidget* m_stack = nullptr;
    NoClinicPage* m_noClinic = nullptr;
    LoginPage* m_login = nullptr;
    NavigationFrame* m_workspace = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_passwordAction = nullptr;
    QAction* m_intakeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QLabel* m_userStatus = nullptr;
    QLabel* m_rolesStatus = nullptr;
    QLabel* m_clinicStatus = nullptr;
    IdleTimer* m_idle = nullptr;
    BackgroundTask* m_signInTask = nullptr;
    BackupController* m_backup = nullptr; // warning bar, automatic backups, backup at exit
};

} // namespace forlop
