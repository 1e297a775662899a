#include "pathway/PseudonymPreview.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/Pseudonym.h"
#include "util/Clock.h"

namespace forlop {

Result<QString> PseudonymPreview::next(Clinic& clinic)
{
    if (auto status = Policy::require(clinic.session(), Permission::RegisterContact); !status) {
        return std::unexpected(status.error());
    }
    return Pseudonym::next(clinic.db(), clinic.clock().today().year());
}

} // namespace forlop
