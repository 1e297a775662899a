#pragma once

#include "Error.h"
#include "backup/BackupCatalog.h"

#include <QCoreApplication>

namespace forlop {

class Clinic;

// Takes a backup of an open clinic while it stays in use: a snapshot copied page by page (SQLite's online
// backup API) into a new file under the same database key, with the key file beside it so any user's password
// or the recovery key restores it. The copy is written under a hidden temporary name, verified (reopened with
// the key file that travels with it; integrity and encryption checks; row counts and audit head compared with
// the snapshot), synced, and only then renamed into place. A backup that fails is deleted and reported; earlier
// backups are never touched here (BackupRetention prunes them separately, and only after a success).
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)

public:
    // Administrators and unit leaders (Permission::Backup). Audited, successful or not.
    [[nodiscard]] static Result<BackupLocation> write(Clinic& clinic, const QString& destination);
};

} // namespace forlop
