#pragma once

#include "Error.h"
#include "reports/FidelityFigures.h"
#include "reports/OverrideReasons.h"
#include "reports/Report.h"

#include <QCoreApplication>

namespace forlop {

class Clinic;

// The period report: every figure of the fidelity report laid out as sections and tables with translated
// labels, for the screens, the PDF (rendered by the UI from this object) and the CSV (ReportCsv).
class PeriodReport
{
    Q_DECLARE_TR_FUNCTIONS(PeriodReport)

public:
    // Table ids, for the UI and for tests.
    static constexpr auto WaitingSummary = "waiting.summary";
    static constexpr auto WaitingMonths = "waiting.months";
    static constexpr auto ReferralChannels = "referrals.channels";
    static constexpr auto ReferralUrgency = "referrals.urgency";
    static constexpr auto PackageTimepoints = "package.timepoints";
    static constexpr auto PackageClinicians = "package.clinicians";
    static constexpr auto EligibilitySummary = "eligibility.summary";
    static constexpr auto EligibilityOverrides = "eligibility.overrides";
    static constexpr auto TreatmentSessions = "treatment.sessions";
    static constexpr auto TreatmentBands = "treatment.bands";
    static constexpr auto TreatmentClinicians = "treatment.clinicians";
    static constexpr auto TreatmentEndReasons = "treatment.end_reasons";
    static constexpr auto TreatmentPlans = "treatment.plans";
    static constexpr auto OnwardNeeds = "onward.needs";

    // Lays out a computed fidelity report. With reasons (OverrideReasons::read, clinical), the overrides table
    // gets a column with them; without, it lists the decisions only.
    [[nodiscard]] static Report build(const FidelityReport& fidelity, const QString& clinicName,
                                      const QString& generatedBy, const QList<OverrideReason>& reasons = {});
    // Computes (FidelityReports::compute, audited) and lays out, without the override reasons.
    [[nodiscard]] static Result<Report> make(Clinic& clinic, const ReportPeriod& period);

    // How the report writes numbers: "87.5 %", "12.5", "–" for none.
    [[nodiscard]] static QString percentText(std::optional<double> percent);
    [[nodiscard]] static QString daysText(std::optional<double> days);
};

} // namespace forlop
