#include "shell/PageCatalog.h"

#include "clinic/Clinic.h"
#include "shell/OverviewPage.h"

namespace forlop {

QList<WorkspacePage> PageCatalog::standard()
{
    return {
        WorkspacePage{QStringLiteral("overview"), [] { return tr("Overview"); },
                      [](const Session&) { return true; },
                      [](Clinic& clinic) -> QWidget* { return new OverviewPage(clinic.info(), clinic.session()); }},
    };
}

} // namespace forlop
