#pragma once

#include "Error.h"
#include "access/Permission.h"

#include <QCoreApplication>

namespace forlop {

struct Session;

// The one place that says which role may do what. The UI asks it too, but only to decide what to show:
// every core operation checks it again before acting.
class Policy
{
    Q_DECLARE_TR_FUNCTIONS(Policy)

public:
    [[nodiscard]] static bool allows(const Session& session, Permission permission);
    // PermissionDenied with a translated message when not allowed.
    [[nodiscard]] static Status require(const Session& session, Permission permission);
};

} // namespace forlop
