#include "TestStaff.h"

#include "accounts/UserAdmin.h"

namespace forlop::test {

std::int64_t addStaff(TestClinic& clinic, const QString& name, Roles roles, bool grantClinical)
{
    std::int64_t id = 0;
    {
        auto admin = clinic.open(QStringLiteral("admin"));
        if (!admin) {
            return 0;
        }
        NewUser request;
        request.name = name;
        request.fullName = name;
        request.roles = roles;
        request.profession = roles.testFlag(Role::Clinician) ? Profession::Psychologist : Profession::None;
        request.initialPassword = TestClinic::Password;
        auto added = UserAdmin::add(*admin, request);
        if (!added) {
            qWarning("adding %s failed: %s", qPrintable(name), qPrintable(added.error().message));
            return 0;
        }
        id = *added;
    }
    if (grantClinical && (roles & (Roles(Role::Clinician) | Role::UnitLeader))) {
        auto leader = clinic.open(QStringLiteral("leder"));
        if (!leader) {
            return 0;
        }
        if (auto granted = UserAdmin::grantClinicalKey(*leader, name); !granted) {
            qWarning("granting %s failed: %s", qPrintable(name), qPrintable(granted.error().message));
            return 0;
        }
    }
    return id;
}

} // namespace forlop::test
