#include "backup/BackupRestore.h"

#include "access/Policy.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupVerifier.h"
#include "backup/DurableFile.h"
#include "clinic/Clinic.h"
#include "security/Keyring.h"
#include "storage/CleanShutdown.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace forlop {

namespace {

// The database and everything SQLite or Forløp keeps beside it under the same stem.
const QStringList Sidecars{QString(), QStringLiteral(".keyring"), QStringLiteral("-wal"), QStringLiteral("-shm")};

void removeStaging(const QString& staging)
{
    for (const QString& suffix : Sidecars) {
        QFile::remove(staging + suffix);
    }
    QFile::remove(CleanShutdown::markerPath(staging));
}

// Every SQLite connection to a WAL database holds POSIX locks on its -shm file (and the database file) while
// it is open. They are read from /proc/locks rather than probed with fcntl(): probing needs a descriptor on the
// file, and closing it would drop this process's own locks on it (howtocorrupt.html §2.2).
bool lockedByAnyProcess(const QStringList& paths)
{
    QSet<QString> identities;
    for (const QString& path : paths) {
        struct stat info = {};
        if (::stat(QFile::encodeName(path).constData(), &info) == 0) {
            identities.insert(QStringLiteral("%1:%2:%3")
                                  .arg(major(info.st_dev), 2, 16, QLatin1Char('0'))
                                  .arg(minor(info.st_dev), 2, 16, QLatin1Char('0'))
                                  .arg(info.st_ino));
        }
    }
    QFile locks(QStringLiteral("/proc/locks"));
    if (identities.isEmpty() || !locks.open(QIODevice::ReadOnly)) {
        return false;
    }
    // "1: POSIX  ADVISORY  READ 1234 fd:01:5678 128 128"; waiting requests are shown as "1: -> POSIX …".
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(1) == "POSIX" && identities.contains(QString::fromLatin1(fields.at(5)))) {
            return true;
        }
    }
    return false;
}

Status copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to) || !DurableFile::syncFile(to)) {
        QFile::remove(to);
        return fail(ErrorCode::DiskFull, BackupRestore::tr("The backup could not be copied to %1. Is the disk full?")
                                             .arg(QDir::toNativeSeparators(QFileInfo(to).absolutePath())));
    }
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                  QFileDevice::WriteGroup);
    return {};
}

Result<std::unique_ptr<Clinic>> signIn(const QString& path, const RestoreRequest& request, const Clock& clock)
{
    return request.withRecoveryKey ? Clinic::openWithRecoveryKey(path, QString::fromUtf8(request.secret), clock)
                                   : Clinic::open(path, request.userName, request.secret, clock);
}

// Moves an existing database with its key file, WAL and shared memory aside, together, so they stay a pair.
Status moveAside(const QString& target, const QDateTime& now)
{
    const QString aside =
        target + QStringLiteral(".replaced-") + now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const QString& suffix : Sidecars) {
        if (QFileInfo::exists(target + suffix) && !DurableFile::renameNoReplace(target + suffix, aside + suffix)) {
            return fail(ErrorCode::Failed, BackupRestore::tr("The existing database could not be moved aside; "
                                                             "nothing was restored."));
        }
    }
    return {};
}

// Signs in to the staged copy, checks it against the manifest and records the restore in it; closes it again
// whatever the outcome, so the caller can remove or rename the files.
Status checkStaged(const QString& staging, const BackupLocation& backup, const RestoreRequest& request,
                   const Clock& clock)
{
    auto clinic = signIn(staging, request, clock);
    if (!clinic) {
        return std::unexpected(clinic.error());
    }
    if (auto status = Policy::require((*clinic)->session(), Permission::Backup); !status) {
        return status;
    }
    if (auto status = BackupVerifier::checkDatabase((*clinic)->db(), backup.manifest.content, (*clinic)->keyring(),
                                                    BackupVerifier::AuditRows::MayGrowBy, backup.manifest.databaseFile);
        !status) {
        return status;
    }
    if (auto status = (*clinic)->audit(AuditEvent{
            QStringLiteral("backup.restore"), std::nullopt, QStringLiteral("backup"), std::nullopt,
            QLatin1String(AuditBasis::Administrative), QFileInfo(backup.folder).fileName(), QStringLiteral("ok")});
        !status) {
        return status;
    }
    // Checkpoints, anchors the audit head in the key file and closes, so only the two files remain.
    (*clinic)->lock();
    return {};
}

} // namespace

QString BackupRestore::stagingPath(const QString& target)
{
    return target + QStringLiteral(".restoring");
}

bool BackupRestore::isInUse(const QString& databasePath)
{
    return lockedByAnyProcess({databasePath + QStringLiteral("-shm"), databasePath});
}

Result<std::unique_ptr<Clinic>> BackupRestore::restore(const RestoreRequest& request, const Clock& clock)
{
    auto backup = BackupCatalog::locate(request.backup);
    if (!backup) {
        return std::unexpected(backup.error());
    }
    const QString target = QFileInfo(request.target).absoluteFilePath();
    if (QFileInfo(target).absolutePath() == backup->folder) {
        return fail(ErrorCode::InvalidInput, tr("Restore to a new location, not into the backup's own folder."));
    }
    bool targetExists = false;
    for (const QString& suffix : Sidecars) {
        targetExists = targetExists || QFileInfo::exists(target + suffix);
    }
    if (targetExists && !request.replaceExisting) {
        return fail(ErrorCode::Conflict, tr("A database already exists at %1. Restore to a new location, or confirm "
                                            "that it may be replaced (it will be kept beside the restored one).")
                                             .arg(QDir::toNativeSeparators(target)));
    }
    if (targetExists && isInUse(target)) {
        return fail(ErrorCode::Busy, tr("The database at %1 is open in Forløp. Close Forløp on every computer that "
                                        "uses it, then restore again.")
                                         .arg(QDir::toNativeSeparators(target)));
    }
    if (auto status = BackupVerifier::checkFiles(*backup); !status) {
        return std::unexpected(status.error());
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return fail(
            ErrorCode::Failed,
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
    }

    // Staged beside the target, on the same file system, so the final step is a rename.
    const QString staging = stagingPath(target);
    removeStaging(staging);
    auto failed = [&](const Error& error) -> Result<std::unique_ptr<Clinic>> {
        removeStaging(staging);
        return std::unexpected(error);
    };
    if (auto status = copyFile(backup->databasePath(), staging); !status) {
        return failed(status.error());
    }
    if (auto status = copyFile(backup->keyringPath(), Keyring::pathFor(staging)); !status) {
        return failed(status.error());
    }
    {
        BackupLocation staged{QFileInfo(staging).absolutePath(), backup->manifest};
        staged.manifest.databaseFile = QFileInfo(staging).fileName();
        staged.manifest.keyringFile = QFileInfo(Keyring::pathFor(staging)).fileName();
        if (auto status = BackupVerifier::checkFiles(staged); !status) {
            return failed({ErrorCode::Failed, tr("The copy of the backup differs from the backup; the disk may be "
                                                 "failing.")});
        }
    }
    if (auto status = checkStaged(staging, *backup, request, clock); !status) {
        return failed(status.error());
    }
    // The clean-close marker describes the staged file, and renaming changes what it records: the first sign-in
    // to the restored database reads every page, as it should. The same goes for a replaced database's marker.
    QFile::remove(CleanShutdown::markerPath(staging));
    if (QFileInfo::exists(staging + QStringLiteral("-wal")) || !DurableFile::syncFile(staging) ||
        !DurableFile::syncFile(Keyring::pathFor(staging))) {
        return failed({ErrorCode::Failed, tr("The restored database could not be closed cleanly.")});
    }
    if (targetExists) {
        if (isInUse(target)) {
            return failed({ErrorCode::Busy, tr("The database at %1 was opened while restoring; nothing was "
                                               "replaced.")
                                                .arg(QDir::toNativeSeparators(target))});
        }
        QFile::remove(CleanShutdown::markerPath(target));
        if (auto status = moveAside(target, clock.now()); !status) {
            return failed(status.error());
        }
    }
    // The key file first: a database without its key file is reported as such, never opened half-restored.
    if (!DurableFile::renameNoReplace(Keyring::pathFor(staging), Keyring::pathFor(target)) ||
        !DurableFile::renameNoReplace(staging, target)) {
        return failed({ErrorCode::Failed,
                       tr("The restored database could not be moved to %1.").arg(QDir::toNativeSeparators(target))});
    }
    (void)DurableFile::syncFolder(QFileInfo(target).absolutePath());
    return signIn(target, request, clock);
}

} // namespace forlop
