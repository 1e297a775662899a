#pragma once

#include "backup/BackupScheduler.h"

#include <QObject>
#include <optional>

class QMainWindow;
class QTimer;
class QToolBar;

namespace forlop {

class BackupWarningBar;
class Clinic;
class Clock;
class ModalJob;

// The main window's side of backups while someone who may take them (an administrator or unit leader) is signed
// in: the warning bar at sign-in when the last verified backup is older than the clinic's limit, the automatic
// backup to the clinic's backup folder on BackupScheduler's schedule while the app runs, and the backup at exit.
// The window calls signedIn(), signingOut() before the clinic closes, and backUpAtExit() when it closes.
class BackupController : public QObject
{
    Q_OBJECT

public:
    static constexpr int CheckIntervalMs = 60 * 1000;

    BackupController(QMainWindow* window, const Clock& clock);
    ~BackupController() override;

    void signedIn(Clinic& clinic);
    // Waits for a running backup, then forgets the clinic.
    void signingOut();
    // Takes a backup before the window closes unless one was verified within BackupScheduler::ExitGraceMinutes.
    // Runs on the UI thread: nothing else may happen while the window closes anyway.
    void backUpAtExit();

    // Starts the automatic backup when it is due (the timer calls this every minute; tests call it directly).
    // Waits while any modal dialog is open: the person is in the middle of something that may use the clinic.
    // True when a backup was started.
    bool checkSchedule();

    [[nodiscard]] BackupWarningBar* warningBar() const { return m_bar; }
    [[nodiscard]] bool isWarningShown() const;
    [[nodiscard]] ModalJob* job() const { return m_job; }

private:
    void refreshWarning();
    void backUpNow();
    [[nodiscard]] bool concerned() const;

    QMainWindow* m_window = nullptr;
    const Clock& m_clock;
    Clinic* m_clinic = nullptr;
    QToolBar* m_barHolder = nullptr;
    BackupWarningBar* m_bar = nullptr;
    QTimer* m_timer = nullptr;
    ModalJob* m_job = nullptr;
    std::optional<BackupScheduler> m_scheduler;
    QString m_failure; // the last automatic backup's error, shown until a backup succeeds
    bool m_dismissed = false;
};

} // namespace forlop
