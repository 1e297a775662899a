#include "scheduling/Clinicians.h"

#include "accounts/UserStore.h"

namespace forlop {

bool Clinicians::isActiveClinician(const User& user)
{
    return user.active && user.roles.testFlag(Role::Clinician);
}

Result<User> Clinicians::requireActive(Database& db, std::int64_t userId)
{
    auto user = UserStore::findById(db, userId);
    if (!user) {
        return std::unexpected(user.error());
    }
    if (!*user || !isActiveClinician(**user)) {
        return fail(ErrorCode::InvalidInput, tr("Choose an active clinician."));
    }
    return **user;
}

Result<QList<User>> Clinicians::active(Database& db, std::optional<Profession> profession)
{
    auto users = UserStore::all(db);
    if (!users) {
        return std::unexpected(users.error());
    }
    QList<User> clinicians;
    for (const User& user : *users) {
        if (isActiveClinician(user) && (!profession || user.profession == *profession)) {
            clinicians.append(user);
        }
    }
    return clinicians;
}

QString Clinicians::displayName(const User& user)
{
    const QString fullName = user.fullName.trimmed();
    return fullName.isEmpty() ? user.name : fullName;
}

} // namespace forlop
