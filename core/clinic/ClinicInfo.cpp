#include "clinic/ClinicInfo.h"

namespace forlop {

QString ClinicInfo::kindId(ClinicKind kind)
{
    switch (kind) {
    case ClinicKind::Demo:
        return QStringLiteral("demo");
    case ClinicKind::Test:
        return QStringLiteral("test");
    case ClinicKind::Production:
        break;
    }
    return QStringLiteral("production");
}

ClinicKind ClinicInfo::kindFromId(const QString& id)
{
    if (id == QLatin1String("demo")) {
        return ClinicKind::Demo;
    }
    if (id == QLatin1String("test")) {
        return ClinicKind::Test;
    }
    return ClinicKind::Production;
}

} // namespace forlop
