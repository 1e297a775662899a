#include "Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initForlopResources()
{
    Q_INIT_RESOURCE(forlop);
}

namespace forlop {

void initResources()
{
    static const bool registered = [] {
        initForlopResources();
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace forlop
