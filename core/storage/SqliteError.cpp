#include "storage/SqliteError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace forlop {

Error sqliteError(sqlite3* db, int resultCode)
{
    const int primary = resultCode & 0xff;
    switch (primary) {
    case SQLITE_NOTADB:
        return {ErrorCode::Damaged, QCoreApplication::translate(
                                        "forlop::Storage", "The file is not a Forløp database, or it is damaged.")};
    case SQLITE_CORRUPT:
        return {ErrorCode::Damaged,
                QCoreApplication::translate("forlop::Storage",
                                            "The database file is damaged. Restore it from the latest backup.")};
    case SQLITE_FULL:
        return {ErrorCode::DiskFull, QCoreApplication::translate(
                                         "forlop::Storage", "The disk is full. Nothing was saved; free some space "
                                                            "and try again.")};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Busy, QCoreApplication::translate(
                                     "forlop::Storage", "The database is busy in another window or program. Try "
                                                        "again in a moment.")};
    case SQLITE_IOERR:
        return {ErrorCode::Failed, QCoreApplication::translate(
                                       "forlop::Storage", "The disk reported an error. Nothing was saved.")};
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return {ErrorCode::Failed, QCoreApplication::translate("forlop::Storage",
                                                               "The database file cannot be opened for writing.")};
    case SQLITE_AUTH:
        return {ErrorCode::PermissionDenied,
                QCoreApplication::translate("forlop::Storage", "Your role does not give access to this data.")};
    case SQLITE_CONSTRAINT: {
        // Trigger messages are ours (RAISE(ABORT, '…')) and carry a stable key, never data.
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        if (message.contains(QLatin1String("signed_immutable"))) {
            return {ErrorCode::PermissionDenied, QCoreApplication::translate(
                                                     "forlop::Storage", "A signed record cannot be changed or "
                                                                        "deleted. Add a signed addendum instead.")};
        }
        if (message.contains(QLatin1String("append_only"))) {
            return {ErrorCode::PermissionDenied,
                    QCoreApplication::translate("forlop::Storage", "This log can only be added to.")};
        }
        return {ErrorCode::InvalidInput,
                QCoreApplication::translate("forlop::Storage", "The change breaks a rule of the database and was "
                                                               "not saved.")};
    }
    default:
        return {ErrorCode::Failed, QCoreApplication::translate("forlop::Storage", "Database error %1.").arg(resultCode)};
    }
}

} // namespace forlop
