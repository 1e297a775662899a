#pragma once

#include "Error.h"
#include "reports/FidelityFigures.h"

#include <QCoreApplication>

namespace forlop {

class Clinic;

// Fidelity to the national standard for a period, per clinician and for the clinic: the unit leader's view of
// where practice departs from the standard (Permission::ViewReports). Each figure keeps the patients behind it;
// opening one of them is audited like any other read. The report itself is audited as one read ("report.view").
class FidelityReports
{
    Q_DECLARE_TR_FUNCTIONS(FidelityReports)

public:
    [[nodiscard]] static Result<FidelityReport> compute(Clinic& clinic, const ReportPeriod& period);

    // Without the permission check and the audit row, for exports that check and audit as themselves.
    [[nodiscard]] static Result<FidelityReport> computeUnaudited(Clinic& clinic, const ReportPeriod& period);

    // How audit rows name a period: "period 2026-01-01/2027-01-01" (ISO dates, the end excluded).
    [[nodiscard]] static QString auditPeriod(const ReportPeriod& period);
};

} // namespace forlop
