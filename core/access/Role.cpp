#include "access/Role.h"

namespace forlop {

QList<Role> RoleNames::all()
{
    return {Role::Secretary, Role::Clinician, Role::UnitLeader, Role::Administrator};
}

QString RoleNames::id(Role role)
{
    switch (role) {
    case Role::Secretary:
        return QStringLiteral("secretary");
    case Role::Clinician:
        return QStringLiteral("clinician");
    case Role::UnitLeader:
        return QStringLiteral("unit_leader");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> RoleNames::fromId(const QString& id)
{
    for (Role role : all()) {
        if (RoleNames::id(role) == id.trimmed()) {
            return role;
        }
    }
    return std::nullopt;
}

QString RoleNames::toIds(Roles roles)
{
    QStringList ids;
    for (Role role : all()) {
        if (roles.testFlag(role)) {
            ids << id(role);
        }
    }
    return ids.join(QLatin1Char(','));
}

std::optional<Roles> RoleNames::fromIds(const QString& ids)
{
    Roles roles;
    for (const QString& part : ids.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto role = fromId(part);
        if (!role) {
            return std::nullopt;
        }
        roles |= *role;
    }
    if (!roles) {
        return std::nullopt;
    }
    return roles;
}

QString RoleNames::displayName(Role role)
{
    switch (role) {
    case Role::Secretary:
        return tr("Secretary");
    case Role::Clinician:
        return tr("Clinician");
    case Role::UnitLeader:
        return tr("Unit leader");
    case Role::Administrator:
        return tr("Administrator");
    }
    return {};
}

QString RoleNames::displayNames(Roles roles)
{
    QStringList names;
    for (Role role : all()) {
        if (roles.testFlag(role)) {
            names << displayName(role);
        }
    }
    return names.join(QStringLiteral(", "));
}

} // namespace forlop
