#include "accounts/UserAdmin.h"

#include "access/Policy.h"
#include "accounts/DatabaseKeyRotation.h"
#include "accounts/UserStore.h"
#include "clinic/Clinic.h"
#include "security/KeySlot.h"
#include "security/PasswordPolicy.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QRegularExpression>

namespace forlop {

namespace {

Status validateName(const QString& name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{2,40}$"));
    if (!allowed.match(name).hasMatch()) {
        return fail(ErrorCode::InvalidInput, UserAdmin::tr("A user name has 2 to 40 letters (a–z), digits, dots, "
                                                           "dashes or underscores."));
    }
    return {};
}

Status auditUser(Clinic& clinic, const QString& action, std::int64_t userId)
{
    return clinic.audit(AuditEvent{action, std::nullopt, QStringLiteral("user"), userId,
                                   QLatin1String(AuditBasis::Administrative), {}, QStringLiteral("ok")});
}

Result<User> activeUser(Clinic& clinic, const QString& name)
{
    auto user = UserStore::findByName(clinic.db(), name);
    if (!user) {
        return std::unexpected(user.error());
    }
    if (!*user || !(*user)->active) {
        return fail(ErrorCode::NotFound, UserAdmin::tr("There is no active user named %1.").arg(name));
    }
    return **user;
}

// Saves the key file inside the open transaction, so a failed save rolls the database change back too.
Status commitWithKeyring(Clinic& clinic, Transaction& transaction, const Keyring& previous)
{
    if (auto status = clinic.saveKeyring(); !status) {
        clinic.keyring() = previous;
        return status;
    }
    if (auto status = transaction.commit(); !status) {
        clinic.keyring() = previous;
        (void)clinic.saveKeyring();
        return status;
    }
    return {};
}

} // namespace

Result<std::int64_t> UserAdmin::add(Clinic& clinic, const NewUser& request)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageUsers); !status) {
        return std::unexpected(status.error());
    }
    const QString name = request.name.trimmed();
    if (auto status = validateName(name); !status) {
        return std::unexpected(status.error());
    }
    if (!request.roles) {
        return fail(ErrorCode::InvalidInput, tr("A user needs at least one role."));
    }
    if (request.roles.testFlag(Role::Clinician) && request.profession == Profession::None) {
        return fail(ErrorCode::InvalidInput, tr("A clinician must be a psychologist or a psychiatrist."));
    }
    if (auto status = PasswordPolicy::check(request.initialPassword, clinic.info().kind); !status) {
        return std::unexpected(status.error());
    }
    auto existing = UserStore::findByName(clinic.db(), name);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    if (*existing || clinic.keyring().find(name)) {
        return fail(ErrorCode::Conflict, tr("The user name %1 is taken (users are never deleted).").arg(name));
    }
    auto entry = KeySlot::create(clinic.keyring().clinicId, name, request.initialPassword,
                                 KdfParams{clinic.keyring().entries.front().kdf}.withNewSalt(), clinic.databaseKey(),
                                 nullptr);
    if (!entry) {
        return std::unexpected(entry.error());
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    User user;
    user.name = name;
    user.fullName = request.fullName.trimmed().isEmpty() ? name : request.fullName.trimmed();
    user.roles = request.roles;
    user.profession = request.profession;
    user.hprNumber = request.hprNumber.trimmed();
    user.createdAt = clinic.clock().now();
    auto id = UserStore::insert(clinic.db(), user);
    if (!id) {
        return std::unexpected(id.error());
    }
    if (auto status = auditUser(clinic, QStringLiteral("user.create"), *id); !status) {
        return std::unexpected(status.error());
    }
    const Keyring previous = clinic.keyring();
    clinic.keyring().put(std::move(*entry));
    if (auto status = commitWithKeyring(clinic, *transaction, previous); !status) {
        return std::unexpected(status.error());
    }
    return *id;
}

Result<QList<UserSummary>> UserAdmin::list(Clinic& clinic)
{
    auto users = UserStore::all(clinic.db());
    if (!users) {
        return std::unexpected(users.error());
    }
    QList<UserSummary> summaries;
    for (const User& user : *users) {
        const KeyringEntry* entry = clinic.keyring().find(user.name);
        const bool holds = entry && entry->holdsClinicalKey();
        const bool wantsClinical = user.roles & (Roles(Role::Clinician) | Role::UnitLeader);
        summaries << UserSummary{user, holds, user.active && wantsClinical && !holds};
    }
    return summaries;
}

Status UserAdmin::deactivate(Clinic& clinic, const QString& name)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageUsers); !status) {
        return status;
    }
    auto user = activeUser(clinic, name);
    if (!user) {
        return std::unexpected(user.error());
    }
    if (user->id == clinic.session().userId) {
        return fail(ErrorCode::InvalidInput, tr("You cannot deactivate your own account."));
    }
    if (user->roles.testFlag(Role::Administrator)) {
        auto admins = clinic.db().queryInt("SELECT count(*) FROM user WHERE active = 1 AND roles LIKE "
                                           "'%administrator%'");
        if (!admins) {
            return std::unexpected(admins.error());
        }
        if (*admins <= 1) {
            return fail(ErrorCode::InvalidInput, tr("The last active administrator cannot be deactivated."));
        }
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (auto status = UserStore::setActive(clinic.db(), user->id, false, clinic.clock().now()); !status) {
        return status;
    }
    if (auto status = auditUser(clinic, QStringLiteral("user.deactivate"), user->id); !status) {
        return status;
    }
    const Keyring previous = clinic.keyring();
    clinic.keyring().remove(user->name);
    if (auto status = commitWithKeyring(clinic, *transaction, previous); !status) {
        return status;
    }
    // Their old entry may have been copied; only a new database key makes that copy worthless.
    return DatabaseKeyRotation::rotate(clinic);
}

Status UserAdmin::changeOwnPassword(Clinic& clinic, const QByteArray& newPassword)
{
    const Session& session = clinic.session();
    if (auto status = PasswordPolicy::check(newPassword, clinic.info().kind); !status) {
        return status;
    }
    KeyringEntry* entry = clinic.keyring().find(session.userName);
    if (!entry) {
        return fail(ErrorCode::NotFound, tr("Your entry in the key file is missing."));
    }
    const Keyring previous = clinic.keyring();
    if (auto status = KeySlot::rewrap(clinic.keyring().clinicId, *entry, clinic.secretKey(), newPassword,
                                      entry->kdf.withNewSalt());
        !status) {
        return status;
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        clinic.keyring() = previous;
        return std::unexpected(transaction.error());
    }
    if (auto status = auditUser(clinic, QStringLiteral("user.password_change"), session.userId); !status) {
        clinic.keyring() = previous;
        return status;
    }
    return commitWithKeyring(clinic, *transaction, previous);
}

Status UserAdmin::resetPassword(Clinic& clinic, const QString& name, const QByteArray& newPassword)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageUsers); !status) {
        return status;
    }
    auto user = activeUser(clinic, name);
    if (!user) {
        return std::unexpected(user.error());
    }
    if (auto status = PasswordPolicy::check(newPassword, clinic.info().kind); !status) {
        return status;
    }
    auto entry = KeySlot::create(clinic.keyring().clinicId, user->name, newPassword,
                                 KdfParams{clinic.keyring().entries.front().kdf}.withNewSalt(), clinic.databaseKey(),
                                 nullptr);
    if (!entry) {
        return std::unexpected(entry.error());
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (auto status = auditUser(clinic, QStringLiteral("user.password_reset"), user->id); !status) {
        return status;
    }
    const Keyring previous = clinic.keyring();
    clinic.keyring().put(std::move(*entry));
    return commitWithKeyring(clinic, *transaction, previous);
}

Status UserAdmin::grantClinicalKey(Clinic& clinic, const QString& name)
{
    if (auto status = Policy::require(clinic.session(), Permission::GrantClinicalKey); !status) {
        return status;
    }
    const SecretBytes* clinicalKey = clinic.clinicalSecretKey();
    if (!clinicalKey) {
        return fail(ErrorCode::PermissionDenied, tr("Your session holds no clinical key to grant."));
    }
    auto user = activeUser(clinic, name);
    if (!user) {
        return std::unexpected(user.error());
    }
    if (!(user->roles & (Roles(Role::Clinician) | Role::UnitLeader))) {
        return fail(ErrorCode::InvalidInput,
                    tr("Only clinicians and unit leaders can be given access to clinical records."));
    }
    KeyringEntry* entry = clinic.keyring().find(user->name);
    if (!entry) {
        return fail(ErrorCode::NotFound, tr("The user has no entry in the key file."));
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (auto status = auditUser(clinic, QStringLiteral("user.grant_clinical"), user->id); !status) {
        return status;
    }
    const Keyring previous = clinic.keyring();
    entry->sealedClinicalKey = KeySlot::seal(clinicalKey->data(), clinicalKey->size(), entry->publicKey);
    return commitWithKeyring(clinic, *transaction, previous);
}

} // namespace forlop
