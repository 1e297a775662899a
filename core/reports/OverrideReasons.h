#pragma once

#include "Error.h"
#include "reports/FidelityFigures.h"

#include <QCoreApplication>

namespace forlop {

class Clinic;

struct OverrideReason
{
    EligibilityOverride decision;
    QString reason;        // the assessor's reason for departing from the criteria (clinical)
    bool withheld = false; // the reader is blocked from this patient's record: the reason is not shown
};

// The reasons behind the eligibility overrides of a fidelity report. They are clinical text, sealed to the
// clinical key: this needs a session holding it (Permission::ViewReports) and records a read of each patient's
// override, with the basis of access. A patient who has blocked the reader keeps the reason hidden.
class OverrideReasons
{
    Q_DECLARE_TR_FUNCTIONS(OverrideReasons)

public:
    [[nodiscard]] static Result<QList<OverrideReason>> read(Clinic& clinic, const QList<EligibilityOverride>& overrides);
};

} // namespace forlop
