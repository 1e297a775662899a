#include "accounts/DatabaseKeyRotation.h"

#include "access/Policy.h"
#include "backup/BackupRestore.h"
#include "audit/AuditLog.h"
#include "clinic/Clinic.h"
#include "security/KeySlot.h"
#include "storage/OnlineBackup.h"

#include <QFile>

#include <cstdio>

namespace forlop {

namespace {

void removeWithSidecars(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

// Row counts that must survive the copy unchanged.
Result<QList<std::int64_t>> fingerprint(Database& db)
{
    QList<std::int64_t> counts;
    for (const char* sql : {"SELECT count(*) FROM audit_log", "SELECT count(*) FROM user",
                            "SELECT coalesce(max(seq), 0) FROM audit_log", "PRAGMA user_version"}) {
        auto value = db.queryInt(sql);
        if (!value) {
            return std::unexpected(value.error());
        }
        counts << *value;
    }
    return counts;
}

// rename(2) replaces the target atomically; QFile::rename refuses to overwrite.
bool replaceFile(const QString& from, const QString& to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

QString DatabaseKeyRotation::pendingKeyringPath(const QString& databasePath)
{
    return Keyring::pathFor(databasePath) + QStringLiteral(".next");
}

QString DatabaseKeyRotation::copyPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".rotating");
}

Status DatabaseKeyRotation::rotate(Clinic& clinic)
{
    if (auto status = Policy::require(clinic.session(), Permission::RotateDatabaseKey); !status) {
        return status;
    }
    const QString databasePath = clinic.databasePath();
    const QString copy = copyPath(databasePath);
    const QString pending = pendingKeyringPath(databasePath);
    auto failed = [&](const Error& error) -> Status {
        removeWithSidecars(copy);
        QFile::remove(pending);
        (void)clinic.audit(AuditEvent{QStringLiteral("database_key.rotate"), std::nullopt, QStringLiteral("clinic"), 1,
                                      QLatin1String(AuditBasis::Administrative), {}, QStringLiteral("error")});
        return std::unexpected(Error{error.code, tr("The database key could not be replaced; the clinic still "
                                                    "opens with the old key. %1")
                                                     .arg(error.message)});
    };

    if (auto status = clinic.audit(AuditEvent{QStringLiteral("database_key.rotate"), std::nullopt,
                                              QStringLiteral("clinic"), 1, QLatin1String(AuditBasis::Administrative),
                                              {}, QStringLiteral("ok")});
        !status) {
        return status;
    }
    auto expected = fingerprint(clinic.db());
    if (!expected) {
        return failed(expected.error());
    }
    // The new key file's anchor: sequence number and hash of the same row, or a check reports tampering.
    auto head = AuditLog::head(clinic.db());
    if (!head) {
        return failed(head.error());
    }
    SecretBytes newKey = SecretBytes::random(Database::KeySize);
    removeWithSidecars(copy);
    if (auto status = OnlineBackup::copy(clinic.db(), copy, newKey); !status) {
        return failed(status.error());
    }
    {
        auto check = Database::open(copy, newKey);
        if (!check) {
            return failed(check.error());
        }
        auto problems = check->fullCheck();
        if (!problems || !problems->isEmpty()) {
            return failed(Error{ErrorCode::Damaged, tr("The new copy failed its integrity check.")});
        }
        auto actual = fingerprint(*check);
        if (!actual || *actual != *expected) {
            return failed(Error{ErrorCode::Failed, tr("The new copy does not match the database.")});
        }
    }

    Keyring next = clinic.keyring();
    for (KeyringEntry& entry : next.entries) {
        entry.sealedDatabaseKey = KeySlot::seal(newKey.data(), newKey.size(), entry.publicKey);
    }
    next.auditAnchorSeq = head->seq;
    next.auditAnchorHash = head->hash;
    if (auto status = next.save(pending); !status) {
        return failed(status.error());
    }

    clinic.db().close();
    // Renaming a new file under another process's open connection would pair its WAL with the wrong file.
    if (BackupRestore::isInUse(databasePath)) {
        QFile::remove(pending);
        removeWithSidecars(copy);
        if (auto reopened = Database::open(databasePath, clinic.databaseKey())) {
            clinic.adoptDatabase(std::move(*reopened), clinic.databaseKey().clone());
        }
        return fail(ErrorCode::Busy, tr("The database is open in another Forløp window or program. Close it "
                                        "there, then try again; the key was not replaced."));
    }
    if (!replaceFile(copy, databasePath)) {
        QFile::remove(pending);
        removeWithSidecars(copy);
        auto reopened = Database::open(databasePath, clinic.databaseKey());
        if (reopened) {
            clinic.adoptDatabase(std::move(*reopened), clinic.databaseKey().clone());
        }
        return std::unexpected(Error{ErrorCode::Failed, tr("The new database file could not be moved into place; "
                                                           "the clinic still opens with the old key.")});
    }
    // From here the new key is the only one that opens the file; a crash now is finished at next sign-in.
    replaceFile(pending, Keyring::pathFor(databasePath));
    clinic.keyring() = std::move(next);
    auto reopened = Database::open(databasePath, newKey);
    if (!reopened) {
        return std::unexpected(reopened.error());
    }
    clinic.adoptDatabase(std::move(*reopened), std::move(newKey));
    return {};
}

} // namespace forlop
