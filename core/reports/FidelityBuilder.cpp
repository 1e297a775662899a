#include "reports/FidelityBuilder.h"

namespace forlop {

FidelityFigures FidelityBuilder::takeClinic()
{
    m_clinic.normalise();
    return std::move(m_clinic);
}

QMap<std::int64_t, FidelityFigures> FidelityBuilder::takeClinicians()
{
    for (FidelityFigures& figures : m_byClinician) {
        figures.normalise();
    }
    return std::move(m_byClinician);
}

} // namespace forlop
