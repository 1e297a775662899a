#pragma once

#include "access/Session.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace forlop {

class Clinic;

// One page of the signed-in workspace. The page reads through core with the clinic's session; which pages a
// role sees is a convenience here, the permission itself is checked in core.
struct WorkspacePage
{
    QString id; // stable, remembered across a lock
    std::function<QString()> title;
    std::function<bool(const Session&)> available;
    std::function<QWidget*(Clinic&)> create;
};

// The pages of the workspace, in navigation order. Role screens add their entries to standard().
class PageCatalog
{
    Q_DECLARE_TR_FUNCTIONS(PageCatalog)

public:
    [[nodiscard]] static QList<WorkspacePage> standard();
};

} // namespace forlop
