#pragma once

#include "Error.h"

namespace forlop {

class Database;
class FidelityBuilder;
struct ReportPeriod;

// Fidelity figure (1): how much of the assessment package was completed at each timepoint, for the patients
// whose timepoint fell due in the period: intake when the package started, the end measures when a treatment
// that had started ended, follow-up when follow-up started. Due instruments are those the patient's catalogue
// version gives at the timepoint, as in AssessmentPackages::completionOf. By the patient's clinician.
class PackageCompletionQuery
{
public:
    [[nodiscard]] static Status collect(Database& db, const ReportPeriod& period, FidelityBuilder& builder);
};

} // namespace forlop
