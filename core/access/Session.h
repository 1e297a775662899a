#pragma once

#include "access/Role.h"

#include <QString>

#include <cstdint>

namespace forlop {

// Who is signed in. Every core operation takes one and asks the Policy before acting.
struct Session
{
    std::int64_t userId = 0;
    QString userName;
    QString fullName;
    Roles roles;
    bool holdsClinicalKey = false;

    [[nodiscard]] bool has(Role role) const { return roles.testFlag(role); }
    // The role recorded in the audit trail: the most privileged one held.
    [[nodiscard]] QString auditRole() const { return RoleNames::toIds(roles); }
};

} // namespace forlop
