#pragma once

#include "reports/FidelityFigures.h"

#include <QMap>

#include <cstdint>

namespace forlop {

// Collects the rows of the fidelity queries into the clinic's figures and the responsible clinician's at once,
// so the clinic total is always the sum of its clinicians (and of the unallocated group).
class FidelityBuilder
{
public:
    static constexpr std::int64_t Unallocated = 0;

    // Applies change to the clinic's figures and to the clinician's (Unallocated for none).
    template <typename Change>
    void apply(std::int64_t clinicianId, Change&& change)
    {
        change(m_clinic);
        change(m_byClinician[clinicianId]);
    }
    // Only the clinic's figures (for those computed once for everyone, such as a median).
    [[nodiscard]] FidelityFigures& clinic() { return m_clinic; }
    [[nodiscard]] FidelityFigures& clinician(std::int64_t clinicianId) { return m_byClinician[clinicianId]; }
    [[nodiscard]] QList<std::int64_t> clinicianIds() const { return m_byClinician.keys(); }

    // Normalises every tally and hands the figures over.
    [[nodiscard]] FidelityFigures takeClinic();
    [[nodiscard]] QMap<std::int64_t, FidelityFigures> takeClinicians();

private:
    FidelityFigures m_clinic;
    QMap<std::int64_t, FidelityFigures> m_byClinician;
};

} // namespace forlop
