#pragma once

#include "Error.h"

namespace forlop {

class Database;
class FidelityBuilder;
struct ReportPeriod;

// Fidelity figure (4): the unmet needs found in the period, by how they were followed up as the report is made:
// an onward referral, a recorded reason for none, or neither (a departure from the standard). By the patient's
// clinician.
class UnmetNeedQuery
{
public:
    [[nodiscard]] static Status collect(Database& db, const ReportPeriod& period, FidelityBuilder& builder);
};

} // namespace forlop
