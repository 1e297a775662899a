#include "clinic/ClinicFactory.h"

#include "accounts/UserStore.h"
#include "audit/AuditLog.h"
#include "clinic/ClinicSettings.h"
#include "security/ClinicalKeyId.h"
#include "security/KeySlot.h"
#include "security/Keyring.h"
#include "security/PasswordPolicy.h"
#include "security/RecoveryKey.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sodium.h>

namespace forlop {

namespace {

void removeClinicFiles(const QString& databasePath)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keyring")}) {
        QFile::remove(databasePath + suffix);
    }
}

Status validate(const NewClinic& request)
{
    if (request.name.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, ClinicFactory::tr("The clinic needs a name."));
    }
    if (request.adminName.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, ClinicFactory::tr("The administrator needs a user name."));
    }
    if (auto status = PasswordPolicy::check(request.adminPassword, request.kind); !status) {
        return status;
    }
    if (request.leaderName) {
        if (request.leaderName->trimmed().isEmpty() ||
            request.leaderName->compare(request.adminName, Qt::CaseInsensitive) == 0) {
            return fail(ErrorCode::InvalidInput,
                        ClinicFactory::tr("The unit leader needs a user name of their own."));
        }
        if (auto status = PasswordPolicy::check(request.leaderPassword, request.kind); !status) {
            return status;
        }
    }
    if (QFileInfo::exists(request.databasePath) || QFileInfo::exists(Keyring::pathFor(request.databasePath))) {
        return fail(ErrorCode::Conflict, ClinicFactory::tr("A clinic already exists at %1; it was left untouched.")
                                             .arg(request.databasePath));
    }
    return {};
}

Status writeClinic(Database& db, const NewClinic& request, const QString& uuid, const QByteArray& clinicalPublicKey,
                   const Clock& clock)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto stmt = db.prepare("INSERT INTO clinic (id, uuid, name, site, kind, created_at) VALUES (1, ?1, ?2, ?3, ?4, ?5)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(uuid, request.name.trimmed(), request.site.trimmed(), ClinicInfo::kindId(request.kind),
                  clock.now().toString(Qt::ISODateWithMs));
    if (auto status = stmt->run(); !status) {
        return status;
    }
    if (auto status = ClinicSettings::store(db, Setting::ClinicalKeyId, clinicalKeyId(clinicalPublicKey)); !status) {
        return status;
    }
    const AuditLog::Actor system{std::nullopt, QStringLiteral("system"), QStringLiteral("system")};
    auto addUser = [&](const QString& name, Roles roles) -> Status {
        User user;
        user.name = name.trimmed();
        user.fullName = name.trimmed();
        user.roles = roles;
        user.createdAt = clock.now();
        auto id = UserStore::insert(db, user);
        if (!id) {
            return std::unexpected(id.error());
        }
        AuditEvent event{QStringLiteral("user.create"), std::nullopt, QStringLiteral("user"), *id,
                         QLatin1String(AuditBasis::Administrative), {}, QStringLiteral("ok")};
        if (auto seq = AuditLog::append(db, clock, system, event); !seq) {
            return std::unexpected(seq.error());
        }
        return {};
    };
    if (auto status = addUser(request.adminName, Role::Administrator); !status) {
        return status;
    }
    if (request.leaderName) {
        if (auto status = addUser(*request.leaderName, Role::UnitLeader); !status) {
            return status;
        }
    }
    AuditEvent created{QStringLiteral("clinic.create"), std::nullopt, QStringLiteral("clinic"), 1,
                       QLatin1String(AuditBasis::System), {}, QStringLiteral("ok")};
    if (auto seq = AuditLog::append(db, clock, system, created); !seq) {
        return std::unexpected(seq.error());
    }
    return transaction->commit();
}

} // namespace

Result<CreatedClinic> ClinicFactory::create(const NewClinic& request, const Clock& clock)
{
    if (auto status = validate(request); !status) {
        return std::unexpected(status.error());
    }
    QDir().mkpath(QFileInfo(request.databasePath).absolutePath());

    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SecretBytes databaseKey = SecretBytes::random(Database::KeySize);
    const KeySlot::KeyPair clinical = KeySlot::generateKeyPair();

    Keyring keyring;
    keyring.clinicId = uuid;
    keyring.clinicalPublicKey = clinical.publicKey;
    auto admin = KeySlot::create(uuid, request.adminName.trimmed(), request.adminPassword, request.kdf.withNewSalt(),
                                 databaseKey, nullptr);
    if (!admin) {
        return std::unexpected(admin.error());
    }
    keyring.put(std::move(*admin));
    if (request.leaderName) {
        auto leader = KeySlot::create(uuid, request.leaderName->trimmed(), request.leaderPassword,
                                      request.kdf.withNewSalt(), databaseKey, &clinical.secretKey);
        if (!leader) {
            return std::unexpected(leader.error());
        }
        keyring.put(std::move(*leader));
    }
    CreatedClinic created{RecoveryKey::generate()};
    auto recovery = KeySlot::create(uuid, QLatin1String(Keyring::RecoveryName), RecoveryKey::normalise(created.recoveryKey),
                                    request.kdf.withNewSalt(), databaseKey, &clinical.secretKey);
    if (!recovery) {
        return std::unexpected(recovery.error());
    }
    keyring.put(std::move(*recovery));

    auto failed = [&](const Error& error) -> Result<CreatedClinic> {
        removeClinicFiles(request.databasePath);
        return std::unexpected(error);
    };
    {
        auto db = Database::create(request.databasePath, databaseKey);
        if (!db) {
            return failed(db.error());
        }
        if (auto status = Schema::migrate(*db); !status) {
            return failed(status.error());
        }
        if (auto status = writeClinic(*db, request, uuid, clinical.publicKey, clock); !status) {
            return failed(status.error());
        }
        auto head = AuditLog::head(*db);
        if (!head) {
            return failed(head.error());
        }
        keyring.auditAnchorSeq = head->seq;
        keyring.auditAnchorHash = head->hash;
        if (auto status = db->exec("PRAGMA wal_checkpoint(TRUNCATE)"); !status) {
            return failed(status.error());
        }
    }
    if (auto status = keyring.save(Keyring::pathFor(request.databasePath)); !status) {
        return failed(status.error());
    }
    QFile::setPermissions(request.databasePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadGroup | QFileDevice::WriteGroup);
    return created;
}

} // namespace forlop
