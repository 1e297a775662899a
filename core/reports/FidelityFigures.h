#pragma once

#include "pathway/InstrumentCatalogue.h"
#include "reports/ReportPeriod.h"
#include "reports/Tally.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <cstdint>
#include <optional>

namespace forlop {

// (1) One timepoint of the assessment package for the patients whose timepoint fell due in the period (intake:
// package started; end: treatment ended; follow-up: follow-up started).
struct PackageFigure
{
    Share instruments;      // instruments completed of the instruments due (count: instruments)
    Share patientsComplete; // patients with every due instrument completed (count: patients)
    Tally declined;         // instruments the patient declined, with a reason (accounted for, not completed)
    Tally incomplete;       // patients with any due instrument neither completed nor declined: the ones to look at
};

// Waiting time from referral to the first appointment offered, for first offers in the period.
struct WaitingFigure
{
    Tally patients;
    std::optional<double> medianDays;
    std::optional<int> percentile90Days; // nearest rank
};

// Every figure of the fidelity report for one clinician, or for the whole clinic. Each tally keeps the patients
// behind it. Computed from plain columns only: no clinical text is read.
struct FidelityFigures
{
    // (1) assessment package completion per timepoint
    QMap<Timepoint, PackageFigure> package;

    // (2) eligibility assessments started in the period (by assessor)
    Share allCriteriaAnswered;  // assessments with every criterion of their version answered (count: assessments)
    Tally completedAssessments; // of those, completed with a decision
    Tally overrides;            // completed with a final decision that differs from the one the criteria give
    Tally included;
    Tally excluded;

    // (3) treatments ended in the period that had started (attended treatment sessions against 16–20)
    Tally endedTreatments;
    QMap<int, Tally> sessionsDistribution; // attended sessions → ended treatments
    Tally belowRange;                      // fewer than 16
    Tally withinRange;                     // 16 to 20
    Tally aboveRange;                      // more than 20
    QMap<QString, Tally> endReasons;       // end reason id → ended treatments
    // Treatment plans made or changed in the period, and those planning a number outside 16–20.
    Share plansOutsideRange;

    // (4) unmet needs found in the period
    Tally unmetNeeds;
    Tally needsReferred;
    Tally needsReasonRecorded;
    Tally needsOpen; // neither onward referral nor recorded reason: a departure from the standard

    // referral → first appointment, and where referrals came from
    WaitingFigure waiting;
    Tally referrals;                         // received in the period
    QMap<QString, Tally> referralsByChannel; // channel id → referrals
    QMap<QString, Tally> referralsByUrgency; // urgency id → referrals

    void normalise();
};

struct ClinicianFidelity
{
    std::int64_t clinicianId = 0; // 0: figures of patients not allocated to anyone
    QString name;
    FidelityFigures figures;
};

// First appointments offered in one calendar month of the period, for the waiting-time chart.
struct MonthlyWaiting
{
    QDate month; // first day of the month
    WaitingFigure waiting;
};

// An eligibility decision that departs from the one the criteria give. The reason is clinical and not part of
// the figures: OverrideReasons reads it, for a session holding the clinical key.
struct EligibilityOverride
{
    std::int64_t assessmentId = 0;
    std::int64_t patientId = 0;
    std::int64_t assessorId = 0;
    QString derivedDecision; // include, exclude
    QString finalDecision;
    QDateTime decidedAt;
};

struct FidelityReport
{
    ReportPeriod period;
    QDateTime generatedAt;
    FidelityFigures clinic;
    QList<ClinicianFidelity> clinicians; // by name; the unallocated group last, when it has figures
    QList<MonthlyWaiting> waitingByMonth;
    QList<EligibilityOverride> overrides;

    [[nodiscard]] const ClinicianFidelity* clinician(std::int64_t clinicianId) const;
};

} // namespace forlop
