#pragma once

#include "Error.h"
#include "backup/BackupCatalog.h"

#include <QCoreApplication>
#include <QStringList>

namespace forlop {

class Clinic;
class Database;

// The clinic's backup settings as the app uses them (Setting::BackupFolder, BackupIntervalHours,
// BackupWarnAfterDays), read in one go.
struct BackupPreferences
{
    QString folder; // empty: none chosen yet
    int intervalHours = 24;
    int warnAfterDays = 2;

    [[nodiscard]] static Result<BackupPreferences> read(Database& db);
};

// One backup as the app takes it, on the worker thread: written and verified by core (BackupWriter), then the
// folder pruned to the default retention (BackupRetention). A failed clean-up does not fail the backup.
struct BackupRun
{
    Q_DECLARE_TR_FUNCTIONS(BackupRun)

public:
    BackupLocation location;
    QStringList removed;  // old backup folders deleted by the retention rule
    QStringList problems; // translated, from the clean-up

    [[nodiscard]] static Result<BackupRun> take(Clinic& clinic, const QString& folder);
};

} // namespace forlop
