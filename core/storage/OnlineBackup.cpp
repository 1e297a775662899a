#include "storage/OnlineBackup.h"

#include "security/SecretBytes.h"
#include "storage/Database.h"
#include "storage/SqliteError.h"

#include <QFile>

#include <sqlite3.h>

namespace forlop {

Status OnlineBackup::copy(Database& source, const QString& destinationPath, const SecretBytes& key)
{
    QFile::remove(destinationPath);
    auto destination = Database::create(destinationPath, key);
    if (!destination) {
        return std::unexpected(destination.error());
    }
    sqlite3_backup* backup = sqlite3_backup_init(destination->handle(), "main", source.handle(), "main");
    if (!backup) {
        const Error error = sqliteError(destination->handle(), sqlite3_errcode(destination->handle()));
        destination->close();
        QFile::remove(destinationPath);
        return std::unexpected(error);
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(20);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finished != SQLITE_OK) {
        const Error error = sqliteError(destination->handle(), rc != SQLITE_DONE ? rc : finished);
        destination->close();
        QFile::remove(destinationPath);
        return std::unexpected(error);
    }
    // Fold the copy's WAL into the file so it is complete on its own.
    if (auto status = destination->exec("PRAGMA wal_checkpoint(TRUNCATE)"); !status) {
        destination->close();
        QFile::remove(destinationPath);
        return status;
    }
    destination->close();
    return {};
}

} // namespace forlop
