#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace forlop {

enum class Role {
    Secretary = 0x1,
    Clinician = 0x2,
    UnitLeader = 0x4,
    Administrator = 0x8,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)

public:
    // Stable identifiers used in the database and on the command line: secretary, clinician, unit_leader, administrator.
    [[nodiscard]] static QString id(Role role);
    [[nodiscard]] static std::optional<Role> fromId(const QString& id);
    [[nodiscard]] static QString toIds(Roles roles);
    // Parses "clinician,unit_leader"; nullopt when any part is unknown or the list is empty.
    [[nodiscard]] static std::optional<Roles> fromIds(const QString& ids);
    [[nodiscard]] static QString displayName(Role role);
    [[nodiscard]] static QString displayNames(Roles roles);
    [[nodiscard]] static QList<Role> all();
};

} // namespace forlop
