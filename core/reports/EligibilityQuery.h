#pragma once

#include "Error.h"
#include "reports/FidelityFigures.h"

namespace forlop {

class Database;
class FidelityBuilder;

// Fidelity figure (2): the eligibility assessments decided in the period, and those begun in it and still open.
// Whether every criterion of the assessment's criteria version was answered, the decision, and whether the final
// decision overrides the one the criteria give. Plain columns only: the override reasons are read separately
// (OverrideReasons). By assessor.
class EligibilityQuery
{
public:
    [[nodiscard]] static Status collect(Database& db, const ReportPeriod& period, FidelityBuilder& builder,
                                        QList<EligibilityOverride>& overrides);
};

} // namespace forlop
