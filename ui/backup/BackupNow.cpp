#include "backup/BackupNow.h"

#include "access/Policy.h"
#include "accounts/Confirmation.h"
#include "backup/BackupRun.h"
#include "backup/ModalJob.h"
#include "backup/PathPrompt.h"
#include "clinic/Clinic.h"
#include "clinic/ClinicSettings.h"

#include <QDir>

namespace forlop {

BackupNotifier& BackupNotifier::instance()
{
    static BackupNotifier notifier;
    return notifier;
}

void BackupNow::start(QWidget* parent, ModalJob& job, Clinic& clinic, Done done)
{
    if (job.isRunning()) {
        return;
    }
    auto preferences = BackupPreferences::read(clinic.db());
    if (!preferences) {
        inform(parent, QMessageBox::Critical, tr("Backup failed"), tr("No backup was taken."),
               preferences.error().message);
        return;
    }
    QString folder = preferences->folder;
    if (folder.isEmpty()) {
        folder = PathPrompt::existingFolder(parent, tr("Choose a folder for backups, preferably on another disk"),
                                            QDir::homePath());
        if (folder.isEmpty()) {
            return;
        }
        // An administrator's choice becomes the clinic's backup folder, so automatic backups go there too.
        if (Policy::allows(clinic.session(), Permission::ManageSettings) &&
            ClinicSettings::set(clinic, Setting::BackupFolder, folder)) {
            Q_EMIT BackupNotifier::instance().settingsChanged();
        }
    }
    job.run(
        tr("Taking a backup and checking it…"), [&clinic, folder] { return BackupRun::take(clinic, folder); },
        [parent, done = std::move(done)](Result<BackupRun> run) {
            if (!run) {
                // Core's message says it loudly already: that the backup failed, where, why, and that the
                // earlier backups are kept.
                inform(parent, QMessageBox::Critical, tr("Backup failed"), run.error().message);
                if (done) {
                    done(run.error().message, false);
                }
                return;
            }
            Q_EMIT BackupNotifier::instance().backupTaken();
            QString message = tr("Backup taken and verified: %1").arg(QDir::toNativeSeparators(run->location.folder));
            if (!run->problems.isEmpty()) {
                message += QLatin1Char('\n') + run->problems.join(QLatin1Char('\n'));
            }
            if (done) {
                done(message, true);
            }
        });
}

} // namespace forlop
