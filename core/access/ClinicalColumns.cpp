#include "access/ClinicalColumns.h"

namespace forlop {

const QStringList& clinicalColumns()
{
    static const QStringList columns{};
    return columns;
}

} // namespace forlop
