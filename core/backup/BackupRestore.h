#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace forlop {

class Clinic;
class Clock;

struct RestoreRequest
{
    QString backup;    // the backup folder, or a file inside it
    QString target;    // where the restored database goes; its key file is written beside it
    QString userName;  // not used with the recovery key
    QByteArray secret; // the user's password, or the recovery key as typed
    bool withRecoveryKey = false;
    bool replaceExisting = false; // the explicit confirmation to replace a database already at target
};

// Restores a backup to a new location, or over an existing database only when the caller confirmed it and no
// program has that database open. The backup's files are checked against its manifest, copied beside the
// target under a temporary name, signed in to with the given credentials (which must allow backups), checked
// like `forlop-admin check` and compared with the manifest, and only then renamed into place. A replaced
// database is kept beside it as "<name>.replaced-<time>" with its key file, never deleted.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)

public:
    // The restored clinic, signed in at target. The restore is recorded in its audit trail.
    [[nodiscard]] static Result<std::unique_ptr<Clinic>> restore(const RestoreRequest& request, const Clock& clock);
    // Whether any process, this one included, has the database open (SQLite holds POSIX locks on it).
    [[nodiscard]] static bool isInUse(const QString& databasePath);
    [[nodiscard]] static QString stagingPath(const QString& target);
};

} // namespace forlop
