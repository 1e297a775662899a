#pragma once

#include <QString>

namespace forlop::admin {

// The name shown in usage lines and help, whatever path the executable was started from.
[[nodiscard]] inline QString programName()
{
    return QStringLiteral("forlop-admin");
}

} // namespace forlop::admin
