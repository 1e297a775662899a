#include "backup/BackupController.h"

#include "backup/BackupNow.h"
#include "backup/BackupRun.h"
#include "backup/BackupStatus.h"
#include "backup/BackupWarningBar.h"
#include "backup/ModalJob.h"
#include "clinic/Clinic.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QToolBar>

namespace forlop {

BackupController::BackupController(QMainWindow* window, const Clock& clock)
    : QObject(window), m_window(window), m_clock(clock), m_bar(new BackupWarningBar), m_timer(new QTimer(this)),
      m_job(new ModalJob(window))
{
    // A toolbar row of its own under the main toolbar: across the whole window, above every page.
    m_barHolder = new QToolBar(tr("Backup warning"));
    m_barHolder->setObjectName(QStringLiteral("backupWarningToolBar"));
    m_barHolder->setMovable(false);
    m_barHolder->setContentsMargins(0, 0, 0, 0);
    m_barHolder->setFloatable(false);
    m_barHolder->toggleViewAction()->setVisible(false);
    m_barHolder->addWidget(m_bar);
    window->addToolBarBreak(Qt::TopToolBarArea);
    window->addToolBar(Qt::TopToolBarArea, m_barHolder);
    m_barHolder->hide();

    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &BackupController::checkSchedule);
    connect(m_bar, &BackupWarningBar::backUpNowRequested, this, &BackupController::backUpNow);
    connect(m_bar, &BackupWarningBar::dismissed, this, [this] {
        m_dismissed = true;
        m_barHolder->hide();
    });
    connect(&BackupNotifier::instance(), &BackupNotifier::backupTaken, this, [this] {
        m_failure.clear();
        if (m_scheduler) {
            m_scheduler->recordSuccess();
        }
        refreshWarning();
    });
    connect(&BackupNotifier::instance(), &BackupNotifier::settingsChanged, this, &BackupController::refreshWarning);
}

BackupController::~BackupController() = default;

bool BackupController::concerned() const
{
    return m_clinic && BackupStatus::concerns(m_clinic->session());
}

bool BackupController::isWarningShown() const
{
    return !m_barHolder->isHidden() && !m_bar->isHidden();
}

void BackupController::signedIn(Clinic& clinic)
{
    m_clinic = &clinic;
    m_failure.clear();
    m_dismissed = false;
    m_scheduler.reset();
    if (!concerned()) {
        m_barHolder->hide();
        return;
    }
    refreshWarning();
    m_timer->start();
    // After the sign-in has finished painting the workspace.
    QTimer::singleShot(0, this, &BackupController::checkSchedule);
}

void BackupController::signingOut()
{
    m_timer->stop();
    if (m_job->isRunning()) {
        // Deleting the job waits for its backup to finish; the clinic must not close under it.
        delete m_job;
        m_job = new ModalJob(m_window);
    }
    m_clinic = nullptr;
    m_barHolder->hide();
}

void BackupController::refreshWarning()
{
    if (!concerned()) {
        m_barHolder->hide();
        return;
    }
    if (!m_failure.isEmpty()) {
        m_bar->showMessage(m_failure, BackupWarningBar::Level::Failure);
        m_barHolder->show();
        return;
    }
    auto status = BackupStatus::read(m_clinic->db(), m_clock);
    const QString warning = status ? status->warning() : status.error().message;
    if (warning.isEmpty() || m_dismissed) {
        m_barHolder->hide();
        return;
    }
    m_bar->showMessage(warning, BackupWarningBar::Level::Warning);
    m_barHolder->show();
}

void BackupController::backUpNow()
{
    if (m_clinic) {
        BackupNow::start(m_window, *m_job, *m_clinic);
    }
}

bool BackupController::checkSchedule()
{
    if (!concerned() || m_job->isRunning() || QApplication::activeModalWidget()) {
        return false;
    }
    auto preferences = BackupPreferences::read(m_clinic->db());
    auto status = BackupStatus::read(m_clinic->db(), m_clock);
    if (!preferences || !status || preferences->folder.isEmpty()) {
        return false; // no folder yet: the sign-in warning asks for a backup instead
    }
    if (!m_scheduler || m_scheduler->intervalHours() != preferences->intervalHours) {
        const auto lastFailure = m_scheduler ? m_scheduler->lastFailure() : std::nullopt;
        m_scheduler.emplace(m_clock, preferences->intervalHours);
        if (lastFailure) {
            m_scheduler->recordFailure(); // keep waiting before the next attempt after a failure
        }
    }
    if (!m_scheduler->isDue(status->lastVerified)) {
        return false;
    }
    Clinic& clinic = *m_clinic;
    const QString folder = preferences->folder;
    m_job->run(
        tr("Taking the scheduled backup…"), [&clinic, folder] { return BackupRun::take(clinic, folder); },
        [this](Result<BackupRun> run) {
            if (!run) {
                if (m_scheduler) {
                    m_scheduler->recordFailure();
                }
                //: %1 is core's message, which names the folder and says the backup failed
                m_failure = tr("Automatic backup: %1").arg(run.error().message);
                refreshWarning();
                return;
            }
            Q_EMIT BackupNotifier::instance().backupTaken();
        });
    return true;
}

void BackupController::backUpAtExit()
{
    if (!concerned() || m_job->isRunning()) {
        return;
    }
    auto preferences = BackupPreferences::read(m_clinic->db());
    auto status = BackupStatus::read(m_clinic->db(), m_clock);
    if (!preferences || !status || preferences->folder.isEmpty()) {
        return;
    }
    const BackupScheduler scheduler(m_clock, preferences->intervalHours);
    if (!scheduler.isDueAtExit(status->lastVerified)) {
        return;
    }
    QProgressDialog progress(tr("Taking a backup before Forløp closes…"), QString(), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("exitBackupDialog"));
    progress.setWindowTitle(tr("Please wait"));
    progress.setMinimumDuration(0);
    progress.show();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto run = BackupRun::take(*m_clinic, preferences->folder);
    progress.close();
    if (!run) {
        // Shown and waited for: after this the window is gone, and a silent failure would go unnoticed.
        QMessageBox box(QMessageBox::Critical, tr("Backup failed"), run.error().message, QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("exitBackupFailedBox"));
        box.setInformativeText(tr("Take a backup at the next sign-in."));
        box.exec();
    }
}

} // namespace forlop
