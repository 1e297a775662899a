#include "clinic/Clinic.h"

#include "access/ClinicalColumns.h"
#include "accounts/DatabaseKeyRotation.h"
#include "clinic/ClinicSettings.h"
#include "security/ClinicalKeyId.h"
#include "accounts/UserStore.h"
#include "audit/AuditLog.h"
#include "security/KeySlot.h"
#include "security/LoginThrottle.h"
#include "security/RecoveryKey.h"
#include "storage/CleanShutdown.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace forlop {

namespace {

Error wrongCredentials()
{
    return {ErrorCode::AuthenticationFailed, Clinic::tr("Wrong user name or password.")};
}

Status recordFailure(Keyring& keyring, const QString& path, const QString& lookup, const QDateTime& now)
{
    FailedLogins& record = keyring.failedLogins[lookup];
    record.count += 1;
    record.last = now;
    // Bounded, so guessing at many names cannot grow the key file without limit.
    if (keyring.pendingFailures.size() < 1000) {
        keyring.pendingFailures.append({lookup, now});
    }
    return keyring.save(path);
}

// A key rotation that stopped after the new database was moved into place left the new key file beside the
// old one: if its key opens the database, it becomes the key file; otherwise it is a leftover and goes.
void finishInterruptedRotation(const QString& databasePath, Keyring& keyring, const KeyringEntry& entry,
                               UnlockedSlot& unlocked)
{
    const QString pending = DatabaseKeyRotation::pendingKeyringPath(databasePath);
    QFile::remove(DatabaseKeyRotation::copyPath(databasePath));
    if (!QFile::exists(pending)) {
        return;
    }
    auto next = Keyring::load(pending);
    const KeyringEntry* nextEntry = next ? next->find(entry.name) : nullptr;
    if (nextEntry && nextEntry->publicKey == entry.publicKey) {
        auto key = KeySlot::open(nextEntry->sealedDatabaseKey, entry.publicKey, unlocked.secretKey);
        auto db = key ? Database::open(databasePath, *key) : Result<Database>(std::unexpected(Error{}));
        // The data must already be under the new file's keys: its database key opens the file and its
        // clinical key is the one the data was last sealed to.
        auto keyId = db ? ClinicSettings::value(*db, Setting::ClinicalKeyId) : Result<QVariant>();
        if (db && keyId && keyId->toString() == clinicalKeyId(next->clinicalPublicKey)) {
            db->close();
            if (std::rename(QFile::encodeName(pending).constData(),
                            QFile::encodeName(Keyring::pathFor(databasePath)).constData()) == 0) {
                keyring = std::move(*next);
                unlocked.databaseKey = std::move(*key);
                if (const KeyringEntry* promoted = keyring.find(entry.name); promoted && promoted->holdsClinicalKey()) {
                    unlocked.clinicalSecretKey =
                        KeySlot::open(promoted->sealedClinicalKey, entry.publicKey, unlocked.secretKey);
                }
            }
            return;
        }
    }
    // Only a file the current key still opens proves the rotation never got as far as the rename.
    if (Database::open(databasePath, unlocked.databaseKey)) {
        QFile::remove(pending);
    }
}

// The key file keeps the audit head as it was at the last sign-in or lock. A log that now ends before that row,
// or holds a different row there, has lost saved changes: a damaged write-ahead log or database, or an older
// copy of the database put in its place. SQLite cannot tell that from a crash before those commits; this can.
QString anchorProblem(Database& db, const Keyring& keyring, const QString& databasePath)
{
    if (keyring.auditAnchorSeq <= 0) {
        return {};
    }
    auto head = AuditLog::head(db);
    if (!head) {
        return {};
    }
    bool lost = head->seq < keyring.auditAnchorSeq;
    if (!lost && !keyring.auditAnchorHash.isEmpty()) {
        auto stmt = db.prepare("SELECT hash FROM audit_log WHERE seq = ?1");
        if (stmt) {
            stmt->bind(1, keyring.auditAnchorSeq);
            auto row = stmt->step();
            lost = row && (!*row || stmt->blob(0) != keyring.auditAnchorHash);
        }
    }
    if (!lost) {
        return {};
    }
    const QString name = QFileInfo(databasePath).fileName();
    return Clinic::tr("The database %1 is missing changes that had been saved: its audit trail no longer matches row "
                      "%2, which the key file %3 recorded. The database or its write-ahead log %4 is damaged, or an "
                      "older copy of the database was put in its place. Stop working in it and restore the database "
                      "and its key file from the latest backup.")
        .arg(name)
        .arg(keyring.auditAnchorSeq)
        .arg(QFileInfo(Keyring::pathFor(databasePath)).fileName(), name + QStringLiteral("-wal"));
}

} // namespace

Result<std::unique_ptr<Clinic>> Clinic::open(const QString& databasePath, const QString& userName,
                                             const QByteArray& password, const Clock& clock)
{
    return unlock(databasePath, userName.trimmed(), password, false, clock);
}

Result<std::unique_ptr<Clinic>> Clinic::openWithRecoveryKey(const QString& databasePath, const QString& recoveryKey,
                                                            const Clock& clock)
{
    return unlock(databasePath, QLatin1String(Keyring::RecoveryName), RecoveryKey::normalise(recoveryKey), true,
                  clock);
}

Result<std::unique_ptr<Clinic>> Clinic::unlock(const QString& databasePath, const QString& name,
                                               const QByteArray& secret, bool recovery, const Clock& clock)
{
    if (!QFile::exists(databasePath)) {
        return fail(ErrorCode::NotFound,
                    tr("There is no clinic database at %1.").arg(QDir::toNativeSeparators(databasePath)));
    }
    const QString keyringPath = Keyring::pathFor(databasePath);
    auto keyring = Keyring::load(keyringPath);
    if (!keyring) {
        return std::unexpected(keyring.error());
    }
    const QString lookup = keyring->lookupKey(name);
    const QDateTime now = clock.now();
    if (const qint64 wait = LoginThrottle::secondsToWait(keyring->failedLogins.value(lookup), now); wait > 0) {
        return fail(ErrorCode::AuthenticationFailed,
                    tr("Too many failed sign-ins. Try again in %n second(s).", nullptr, static_cast<int>(wait)));
    }
    const KeyringEntry* entry = keyring->find(name);
    if (!entry || (!recovery && name == QLatin1String(Keyring::RecoveryName))) {
        // Same work as a real attempt, so timing does not reveal that the name is unknown.
        const KdfParams like = keyring->entries.empty() ? KdfParams::forClinics() : keyring->entries.front().kdf;
        (void)PasswordKdf::derive(secret, like.withNewSalt());
        (void)recordFailure(*keyring, keyringPath, lookup, now);
        return std::unexpected(wrongCredentials());
    }
    auto unlocked = KeySlot::unlock(keyring->clinicId, *entry, secret);
    if (!unlocked) {
        if (unlocked.error().code == ErrorCode::AuthenticationFailed) {
            (void)recordFailure(*keyring, keyringPath, lookup, now);
        }
        return std::unexpected(unlocked.error());
    }

    finishInterruptedRotation(databasePath, *keyring, *entry, *unlocked);
    // Every page is read at open unless the file is exactly as a clean close left it.
    auto db = Database::open(databasePath, unlocked->databaseKey, !CleanShutdown::takeMatching(databasePath));
    if (!db) {
        return std::unexpected(db.error());
    }
    if (auto status = Schema::checkVersion(*db); !status) {
        return std::unexpected(status.error());
    }
    const QString damage = anchorProblem(*db, *keyring, databasePath);
    if (auto status = Schema::migrate(*db); !status) {
        return std::unexpected(status.error());
    }

    std::unique_ptr<Clinic> clinic(new Clinic);
    clinic->m_databasePath = databasePath;
    clinic->m_damageWarning = damage;
    clinic->m_clock = &clock;
    clinic->m_keyring = std::move(*keyring);
    clinic->m_databaseKey = std::move(unlocked->databaseKey);
    clinic->m_secretKey = std::move(unlocked->secretKey);
    clinic->m_clinicalSecretKey = std::move(unlocked->clinicalSecretKey);
    clinic->m_db = std::move(*db);

    auto infoStmt = clinic->m_db.prepare("SELECT uuid, name, site, kind FROM clinic WHERE id = 1");
    if (!infoStmt) {
        return std::unexpected(infoStmt.error());
    }
    auto infoRow = infoStmt->step();
    if (!infoRow || !*infoRow || infoStmt->text(0) != clinic->m_keyring.clinicId) {
        return fail(ErrorCode::Damaged, tr("The key file does not belong to this database."));
    }
    clinic->m_info = ClinicInfo{infoStmt->text(0), infoStmt->text(1), infoStmt->text(2),
                                ClinicInfo::kindFromId(infoStmt->text(3))};
    // A statement left on a row keeps a read transaction open; the sign-in's BEGIN IMMEDIATE would then fail at
    // once (no busy wait) whenever another process had written since.
    infoStmt->reset();

    if (recovery) {
        clinic->m_session = Session{0, QLatin1String(Keyring::RecoveryName), tr("Recovery key"),
                                    Roles(Role::Administrator) | Role::UnitLeader, true};
    } else {
        auto user = UserStore::findByName(clinic->m_db, name);
        if (!user) {
            return std::unexpected(user.error());
        }
        if (!*user || !(*user)->active) {
            (void)recordFailure(clinic->m_keyring, keyringPath, lookup, now);
            return std::unexpected(wrongCredentials());
        }
        clinic->m_session = Session{(*user)->id, (*user)->name, (*user)->fullName, (*user)->roles,
                                    clinic->m_clinicalSecretKey.has_value()};
    }
    clinic->installAccessRules();

    if (auto status = clinic->finishSignIn(lookup); !status) {
        return std::unexpected(status.error());
    }
    return clinic;
}

Status Clinic::finishSignIn(const QString& lookup)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    // Failures queued before the database could be opened are written now, naming the user when known.
    QHash<QString, QString> namesByLookup;
    for (const KeyringEntry& entry : m_keyring.entries) {
        namesByLookup.insert(m_keyring.lookupKey(entry.name), entry.name);
    }
    for (const auto& [failedLookup, at] : std::as_const(m_keyring.pendingFailures)) {
        const QString name = namesByLookup.value(failedLookup, QStringLiteral("(unknown)"));
        AuditEvent event{QStringLiteral("login.failed"), std::nullopt, {}, std::nullopt,
                         QLatin1String(AuditBasis::System), {}, QStringLiteral("denied")};
        FixedClock at_(at);
        if (auto seq = AuditLog::append(m_db, at_, {std::nullopt, name, QStringLiteral("-")}, event); !seq) {
            return std::unexpected(seq.error());
        }
    }
    AuditEvent ok{QStringLiteral("login.ok"), std::nullopt, {}, std::nullopt, QLatin1String(AuditBasis::System), {},
                  QStringLiteral("ok")};
    if (auto seq = AuditLog::append(m_db, *m_clock, AuditLog::actorOf(m_session), ok); !seq) {
        return std::unexpected(seq.error());
    }
    if (auto status = transaction->commit(); !status) {
        return status;
    }
    m_keyring.pendingFailures.clear();
    m_keyring.failedLogins.remove(lookup);
    m_signedIn = true;
    return saveKeyring();
}

Clinic::~Clinic()
{
    lock();
}

Status Clinic::audit(const AuditEvent& event)
{
    auto seq = AuditLog::append(m_db, *m_clock, AuditLog::actorOf(m_session), event);
    if (!seq) {
        return std::unexpected(seq.error());
    }
    return {};
}

Status Clinic::saveKeyring()
{
    // While saved changes are known to be missing, the anchor stays: moving it would hide the loss for good.
    if (m_damageWarning.isEmpty()) {
        auto head = AuditLog::head(m_db);
        if (!head) {
            return std::unexpected(head.error());
        }
        m_keyring.auditAnchorSeq = head->seq;
        m_keyring.auditAnchorHash = head->hash;
    }
    return m_keyring.save(keyringPath());
}

void Clinic::lock()
{
    if (!m_db.isOpen()) {
        return;
    }
    bool checkpointed = false;
    if (m_signedIn) {
        (void)audit(AuditEvent{QStringLiteral("session.lock"), std::nullopt, {}, std::nullopt,
                               QLatin1String(AuditBasis::System), {}, QStringLiteral("ok")});
        (void)saveKeyring();
        // The first column is 1 when another connection kept the checkpoint from finishing.
        auto busy = m_db.queryInt("PRAGMA wal_checkpoint(TRUNCATE)");
        checkpointed = busy && *busy == 0;
    }
    m_signedIn = false;
    m_db.close();
    if (checkpointed) {
        CleanShutdown::record(m_databasePath);
    }
    m_databaseKey.clear();
    m_secretKey.clear();
    m_clinicalSecretKey.reset();
}

void Clinic::adoptDatabase(Database db, SecretBytes databaseKey)
{
    m_db = std::move(db);
    m_databaseKey = std::move(databaseKey);
    installAccessRules();
}

void Clinic::installAccessRules()
{
    // Defence in depth: even SQL typed into this connection cannot read clinical columns without the
    // clinical key, nor change or delete the audit trail.
    Database::AccessRules rules;
    rules.appendOnlyTables = {QStringLiteral("audit_log")};
    if (!m_clinicalSecretKey) {
        rules.deniedReadColumns = clinicalColumns();
    }
    m_db.setAccessRules(std::move(rules));
}

} // namespace forlop
