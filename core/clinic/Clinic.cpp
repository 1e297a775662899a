#include "clinic/Clinic.h"

#include "access/ClinicalColumns.h"
#include "accounts/UserStore.h"
#include "audit/AuditLog.h"
#include "security/KeySlot.h"
#include "security/LoginThrottle.h"
#include "security/RecoveryKey.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

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
        (void)PasswordKdf::derive(secret, KdfParams::moderate());
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

    auto db = Database::open(databasePath, unlocked->databaseKey);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (auto status = Schema::checkVersion(*db); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = Schema::migrate(*db); !status) {
        return std::unexpected(status.error());
    }

    std::unique_ptr<Clinic> clinic(new Clinic);
    clinic->m_databasePath = databasePath;
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

    if (recovery) {
        clinic->m_session = Session{0, QLatin1String(Keyring::RecoveryName), tr("Recovery key"),
                                    Roles(Role::Administrator) | Role::UnitLeader, true};
    } else {
        auto user = UserStore::findByName(clinic->m_db, name);
        if (!user) {
            return std::unexpected(user.error());
        }
        if (!*user || !(*user)->active) {
            return std::unexpected(wrongCredentials());
        }
        clinic->m_session = Session{(*user)->id, (*user)->name, (*user)->fullName, (*user)->roles,
                                    clinic->m_clinicalSecretKey.has_value()};
    }
    Database::AccessRules rules;
    rules.appendOnlyTables = {QStringLiteral("audit_log")};
    if (!clinic->m_clinicalSecretKey) {
        rules.deniedReadColumns = clinicalColumns();
    }
    clinic->m_db.setAccessRules(std::move(rules));

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
    auto head = AuditLog::head(m_db);
    if (!head) {
        return std::unexpected(head.error());
    }
    m_keyring.auditAnchorSeq = head->seq;
    m_keyring.auditAnchorHash = head->hash;
    return m_keyring.save(keyringPath());
}

void Clinic::lock()
{
    if (!m_db.isOpen()) {
        return;
    }
    (void)audit(AuditEvent{QStringLiteral("session.lock"), std::nullopt, {}, std::nullopt,
                           QLatin1String(AuditBasis::System), {}, QStringLiteral("ok")});
    (void)saveKeyring();
    (void)m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    m_db.close();
    m_databaseKey.clear();
    m_secretKey.clear();
    m_clinicalSecretKey.reset();
}

void Clinic::adoptRotatedKey(Database db, SecretBytes databaseKey)
{
    m_db = std::move(db);
    m_databaseKey = std::move(databaseKey);
}

} // namespace forlop
