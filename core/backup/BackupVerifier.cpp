#include "backup/BackupVerifier.h"

#include "accounts/UserStore.h"
#include "audit/AuditLog.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupContent.h"
#include "backup/DurableFile.h"
#include "security/Keyring.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QSet>

namespace forlop {

namespace {

Error damagedFile(const QString& fileName, const QString& detail)
{
    //: %1 is a file name, %2 says what is wrong with it
    return {ErrorCode::Damaged,
            BackupVerifier::tr("The backup file %1 is damaged: %2 Restore from another backup.").arg(fileName, detail)};
}

} // namespace

Status BackupVerifier::checkFiles(const BackupLocation& backup)
{
    struct Expected
    {
        QString path;
        QByteArray checksum;
        qint64 size; // -1: not recorded
    };
    for (const Expected& file :
         {Expected{backup.databasePath(), backup.manifest.databaseChecksum, backup.manifest.databaseSize},
          Expected{backup.keyringPath(), backup.manifest.keyringChecksum, -1}}) {
        const QFileInfo info(file.path);
        if (!info.isFile()) {
            return fail(ErrorCode::Damaged, tr("The backup file %1 is missing from %2. Restore from another backup.")
                                                .arg(info.fileName(), QFileInfo(backup.folder).fileName()));
        }
        if (file.size >= 0 && info.size() != file.size) {
            return std::unexpected(damagedFile(info.fileName(), tr("it has the wrong size (it may have been cut "
                                                                   "short while copying).")));
        }
        const auto checksum = DurableFile::checksum(file.path);
        if (!checksum) {
            return fail(ErrorCode::Failed, tr("The backup file %1 cannot be read.").arg(info.fileName()));
        }
        if (*checksum != file.checksum) {
            return std::unexpected(damagedFile(info.fileName(), tr("its contents differ from what was verified when "
                                                                   "the backup was made.")));
        }
    }
    return {};
}

Status BackupVerifier::checkDatabase(Database& copy, const BackupContent& expected, const Keyring& keyring,
                                     AuditRows auditRows, const QString& fileName)
{
    auto problems = copy.fullCheck();
    if (!problems) {
        return std::unexpected(damagedFile(fileName, problems.error().message));
    }
    if (!problems->isEmpty()) {
        return std::unexpected(damagedFile(fileName, tr("it fails the integrity check (%1).").arg(problems->first())));
    }
    auto actual = BackupContent::measure(copy);
    if (!actual) {
        return std::unexpected(damagedFile(fileName, actual.error().message));
    }
    if (actual->schemaVersion != expected.schemaVersion && auditRows == AuditRows::Equal) {
        return std::unexpected(damagedFile(fileName, tr("its schema version differs from the snapshot.")));
    }
    // After a schema upgrade on restore, tables may legitimately change; only the audit trail is compared then.
    const bool sameSchema = actual->schemaVersion == expected.schemaVersion;
    for (auto it = expected.rowCounts.begin(); it != expected.rowCounts.end() && sameSchema; ++it) {
        const std::int64_t rows = actual->rowCounts.value(it.key(), -1);
        const bool growingAudit = auditRows == AuditRows::MayGrowBy && it.key() == QLatin1String("audit_log");
        if (growingAudit ? rows < it.value() : rows != it.value()) {
            return std::unexpected(damagedFile(
                fileName,
                tr("table %1 has %2 rows, but the snapshot had %3.").arg(it.key()).arg(rows).arg(it.value())));
        }
    }
    if (sameSchema && actual->rowCounts.size() != expected.rowCounts.size()) {
        return std::unexpected(damagedFile(fileName, tr("its tables differ from the snapshot.")));
    }
    if (auditRows == AuditRows::Equal &&
        (actual->auditHeadSeq != expected.auditHeadSeq || actual->auditHeadHash != expected.auditHeadHash)) {
        return std::unexpected(damagedFile(fileName, tr("its audit trail ends at a different row than the "
                                                        "snapshot's.")));
    }
    auto chain = AuditLog::verify(copy, expected.auditHeadSeq, expected.auditHeadHash);
    if (!chain) {
        return std::unexpected(damagedFile(fileName, chain.error().message));
    }
    if (!chain->intact) {
        return std::unexpected(damagedFile(fileName, chain->problem));
    }

    auto clinicId = copy.queryText("SELECT uuid FROM clinic WHERE id = 1");
    if (!clinicId) {
        return std::unexpected(damagedFile(fileName, clinicId.error().message));
    }
    if (*clinicId != keyring.clinicId) {
        return fail(ErrorCode::Damaged, tr("The key file beside %1 belongs to another clinic.").arg(fileName));
    }
    auto users = UserStore::all(copy);
    if (!users) {
        return std::unexpected(damagedFile(fileName, users.error().message));
    }
    QSet<QString> active;
    for (const User& user : *users) {
        if (user.active) {
            active.insert(user.name.toLower());
            if (!keyring.find(user.name)) {
                return fail(ErrorCode::Damaged,
                            tr("The key file beside %1 has no entry for the active user %2.").arg(fileName, user.name));
            }
        }
    }
    for (const KeyringEntry& entry : keyring.entries) {
        if (entry.name != QLatin1String(Keyring::RecoveryName) && !active.contains(entry.name.toLower())) {
            return fail(ErrorCode::Damaged, tr("The key file beside %1 has an entry for %2, who is not an active "
                                               "user in it.")
                                                .arg(fileName, entry.name));
        }
    }
    if (!keyring.find(QLatin1String(Keyring::RecoveryName))) {
        return fail(ErrorCode::Damaged, tr("The key file beside %1 has no entry for the recovery key.").arg(fileName));
    }
    return {};
}

} // namespace forlop
