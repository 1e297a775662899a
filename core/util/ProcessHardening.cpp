#include "util/ProcessHardening.h"

#include <sys/resource.h>

#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace forlop {

bool ProcessHardening::disableCoreDumps()
{
    bool ok = true;
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0) {
        ok = false;
    }
#if defined(__linux__)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        ok = false;
    }
#endif
    return ok;
}

} // namespace forlop
