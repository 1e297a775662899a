#include "clinician/ClinicStaff.h"

#include "accounts/UserAdmin.h"

namespace forlop {

QHash<std::int64_t, QString> ClinicStaff::names(Clinic& clinic)
{
    QHash<std::int64_t, QString> names;
    auto users = UserAdmin::list(clinic);
    if (!users) {
        return names;
    }
    for (const UserSummary& summary : std::as_const(*users)) {
        const User& user = summary.user;
        names.insert(user.id, user.fullName.trimmed().isEmpty() ? user.name : user.fullName.trimmed());
    }
    return names;
}

} // namespace forlop
