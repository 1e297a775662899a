#include "backup/BackupWriter.h"

#include "access/Policy.h"
#include "backup/BackupContent.h"
#include "backup/BackupStatus.h"
#include "backup/BackupVerifier.h"
#include "backup/DurableFile.h"
#include "clinic/Clinic.h"
#include "security/KeySlot.h"
#include "storage/OnlineBackup.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

namespace forlop {

namespace {

// Temporary folders of backups that were interrupted (a crash, a pulled disk) are removed once they are
// clearly abandoned; a younger one may belong to a backup still running in another window.
constexpr qint64 AbandonedAfterSeconds = 24 * 3600;

constexpr QFileDevice::Permissions FilePermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup;

void removeAbandoned(const QString& destination, const QDateTime& now)
{
    const QDir dir(destination);
    for (const QFileInfo& info :
         dir.entryInfoList({QLatin1String(BackupCatalog::TemporaryPrefix) + QLatin1Char('*')},
                           QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        if (info.lastModified().secsTo(now) > AbandonedAfterSeconds) {
            QDir(info.absoluteFilePath()).removeRecursively();
        }
    }
}

Error backupFailed(const QString& destination, const Error& cause)
{
    //: %1 is the backup folder, %2 the reason
    return {cause.code == ErrorCode::Damaged ? ErrorCode::Failed : cause.code,
            BackupWriter::tr("THE BACKUP FAILED and nothing was added to %1; earlier backups there are kept. %2")
                .arg(QDir::toNativeSeparators(destination), cause.message)};
}

// Snapshot, copy and key file into the (empty) folder; returns the content the copy must hold.
Result<BackupContent> copyInto(Clinic& clinic, const QString& folder, const QString& databaseFile, QDateTime& createdAt)
{
    // Its own connection, so the copy reads one pinned snapshot while the clinic's connection keeps writing.
    auto source = Database::open(clinic.databasePath(), clinic.databaseKey());
    if (!source) {
        return std::unexpected(source.error());
    }
    if (auto status = source->exec("BEGIN"); !status) {
        return std::unexpected(status.error());
    }
    // The first read starts the snapshot; the backup API reuses an open read transaction on its source, so the
    // counts and the copied pages describe the same moment.
    auto content = BackupContent::measure(*source);
    if (!content) {
        return std::unexpected(content.error());
    }
    createdAt = clinic.clock().now().toUTC();
    if (auto status = OnlineBackup::copy(*source, QDir(folder).filePath(databaseFile), clinic.databaseKey()); !status) {
        return std::unexpected(status.error());
    }
    (void)source->exec("COMMIT");
    source->close();

    // The key file as it is on disk now (another window may have added a user), anchored at the copy's head.
    auto keyring = Keyring::load(clinic.keyringPath());
    if (!keyring) {
        return std::unexpected(keyring.error());
    }
    keyring->auditAnchorSeq = content->auditHeadSeq;
    keyring->auditAnchorHash = content->auditHeadHash;
    // Sign-in delays and queued failures belong to the live clinic, not to a restored one.
    keyring->failedLogins.clear();
    keyring->pendingFailures.clear();
    if (auto status = keyring->save(Keyring::pathFor(QDir(folder).filePath(databaseFile))); !status) {
        return std::unexpected(status.error());
    }
    return content;
}

// Reopens the copy the way a restore would: with the key file beside it, not with the key in memory.
Status verifyCopy(Clinic& clinic, const QString& databasePath, const BackupContent& expected)
{
    auto keyring = Keyring::load(Keyring::pathFor(databasePath));
    if (!keyring) {
        return std::unexpected(keyring.error());
    }
    const KeyringEntry* entry = keyring->find(clinic.session().userName);
    if (!entry) {
        return fail(ErrorCode::Failed, BackupWriter::tr("The copied key file has no entry for you."));
    }
    auto key = KeySlot::open(entry->sealedDatabaseKey, entry->publicKey, clinic.secretKey());
    if (!key) {
        return fail(ErrorCode::Failed, BackupWriter::tr("The copied key file does not open the copy."));
    }
    auto copy = Database::open(databasePath, *key);
    if (!copy) {
        return std::unexpected(copy.error());
    }
    return BackupVerifier::checkDatabase(*copy, expected, *keyring, BackupVerifier::AuditRows::Equal,
                                         QFileInfo(databasePath).fileName());
}

Status writeManifest(const QString& folder, const BackupManifest& manifest)
{
    QSaveFile file(QDir(folder).filePath(QLatin1String(BackupManifest::FileName)));
    file.setDirectWriteFallback(false);
    const QByteArray bytes = manifest.toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ErrorCode::DiskFull, BackupWriter::tr("The backup description could not be written. Is the "
                                                          "backup disk full?"));
    }
    return {};
}

Result<BackupManifest> writeVerified(Clinic& clinic, const QString& folder)
{
    const QString databaseFile = QFileInfo(clinic.databasePath()).fileName();
    const QString databasePath = QDir(folder).filePath(databaseFile);
    const QString keyringPath = Keyring::pathFor(databasePath);
    QDateTime createdAt;
    auto content = copyInto(clinic, folder, databaseFile, createdAt);
    if (!content) {
        return std::unexpected(content.error());
    }
    if (auto status = verifyCopy(clinic, databasePath, *content); !status) {
        return std::unexpected(status.error());
    }
    // Checksums last: they must describe the bytes exactly as verified.
    BackupManifest manifest;
    manifest.createdAt = createdAt;
    manifest.verifiedAt = clinic.clock().now().toUTC();
    manifest.appVersion = QStringLiteral(FORLOP_VERSION);
    manifest.clinicId = clinic.info().uuid;
    manifest.createdBy = clinic.session().userName;
    manifest.databaseFile = databaseFile;
    manifest.databaseSize = QFileInfo(databasePath).size();
    manifest.keyringFile = QFileInfo(keyringPath).fileName();
    manifest.content = *content;
    const auto databaseChecksum = DurableFile::checksum(databasePath);
    const auto keyringChecksum = DurableFile::checksum(keyringPath);
    if (!databaseChecksum || !keyringChecksum) {
        return fail(ErrorCode::Failed, BackupWriter::tr("The copy could not be read back."));
    }
    manifest.databaseChecksum = *databaseChecksum;
    manifest.keyringChecksum = *keyringChecksum;
    if (auto status = writeManifest(folder, manifest); !status) {
        return std::unexpected(status.error());
    }
    for (const QString& path :
         {databasePath, keyringPath, QDir(folder).filePath(QLatin1String(BackupManifest::FileName))}) {
        QFile::setPermissions(path, FilePermissions);
        if (!DurableFile::syncFile(path)) {
            return fail(ErrorCode::Failed, BackupWriter::tr("The backup could not be saved to the disk (sync "
                                                            "failed)."));
        }
    }
    if (!DurableFile::syncFolder(folder)) {
        return fail(ErrorCode::Failed, BackupWriter::tr("The backup could not be saved to the disk (sync failed)."));
    }
    // The folder now holds only the three files: a leftover -wal or -shm would mean the copy was still open.
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    if (names.size() != 3) {
        return fail(ErrorCode::Failed, BackupWriter::tr("The backup folder holds unexpected files."));
    }
    return manifest;
}

// Renames the verified folder to its final name; a second backup within the same second gets a suffix.
Result<QString> publish(const QString& temporary, const QString& destination, const QDateTime& createdAt)
{
    const QString base = QDir(destination).filePath(BackupCatalog::folderNameFor(createdAt));
    for (int attempt = 1; attempt <= 100; ++attempt) {
        const QString target = attempt == 1 ? base : base + QLatin1Char('-') + QString::number(attempt);
        if (DurableFile::renameNoReplace(temporary, target)) {
            if (!DurableFile::syncFolder(destination)) {
                return fail(ErrorCode::Failed, BackupWriter::tr("The backup could not be saved to the disk (sync "
                                                                "failed)."));
            }
            return target;
        }
        if (!QFileInfo::exists(target)) {
            break;
        }
    }
    return fail(ErrorCode::Failed, BackupWriter::tr("The verified backup could not be given its final name."));
}

Status audit(Clinic& clinic, const QString& object, bool ok)
{
    return clinic.audit(AuditEvent{QStringLiteral("backup.create"), std::nullopt, QStringLiteral("backup"),
                                   std::nullopt, QLatin1String(AuditBasis::Administrative), object,
                                   ok ? QStringLiteral("ok") : QStringLiteral("error")});
}

} // namespace

Result<BackupLocation> BackupWriter::write(Clinic& clinic, const QString& destination)
{
    if (auto status = Policy::require(clinic.session(), Permission::Backup); !status) {
        return std::unexpected(status.error());
    }
    // A clinic known to miss saved changes is not backed up: with retention, its backups would push out the
    // good ones taken before the damage.
    if (!clinic.damageWarning().isEmpty()) {
        (void)audit(clinic, QFileInfo(destination).fileName(), false);
        Error error =
            backupFailed(QFileInfo(destination).absoluteFilePath(), {ErrorCode::Failed, clinic.damageWarning()});
        error.code = ErrorCode::Damaged;
        return std::unexpected(error);
    }
    const QString absolute = QFileInfo(destination).absoluteFilePath();
    auto failed = [&](const Error& cause, const QString& temporary) -> Result<BackupLocation> {
        if (!temporary.isEmpty()) {
            QDir(temporary).removeRecursively();
        }
        (void)audit(clinic, QFileInfo(absolute).fileName(), false);
        return std::unexpected(backupFailed(absolute, cause));
    };
    if (!QDir().mkpath(absolute) || !QFileInfo(absolute).isWritable()) {
        return failed({ErrorCode::Failed, tr("The backup folder cannot be written. Is the backup disk connected?")},
                      {});
    }
    removeAbandoned(absolute, QDateTime::currentDateTimeUtc());

    const QString temporary =
        QDir(absolute).filePath(QLatin1String(BackupCatalog::TemporaryPrefix) +
                                QString::number(QRandomGenerator::system()->generate64(), 16) + QStringLiteral(".tmp"));
    if (!QDir().mkdir(temporary)) {
        return failed({ErrorCode::Failed, tr("The backup folder cannot be written. Is the backup disk connected?")},
                      {});
    }
    auto manifest = writeVerified(clinic, temporary);
    if (!manifest) {
        return failed(manifest.error(), temporary);
    }
    auto folder = publish(temporary, absolute, manifest->createdAt);
    if (!folder) {
        return failed(folder.error(), temporary);
    }
    BackupLocation location{*folder, std::move(*manifest)};

    // The backup is safe on disk from here; recording it is bookkeeping, done in one transaction.
    auto record = [&]() -> Status {
        auto transaction = Transaction::begin(clinic.db());
        if (!transaction) {
            return std::unexpected(transaction.error());
        }
        if (auto status = BackupStatus::recordVerified(clinic.db(), location.manifest.verifiedAt); !status) {
            return status;
        }
        if (auto status = audit(clinic, QFileInfo(location.folder).fileName(), true); !status) {
            return status;
        }
        return transaction->commit();
    };
    if (auto recorded = record(); !recorded) {
        return fail(recorded.error().code,
                    tr("The backup %1 was written and verified, but it could not be recorded "
                       "in the clinic's log. %2")
                        .arg(QDir::toNativeSeparators(location.folder), recorded.error().message));
    }
    return location;
}

} // namespace forlop
