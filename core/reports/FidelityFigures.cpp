#include "reports/FidelityFigures.h"

namespace forlop {

namespace {

template <typename Key>
void normaliseAll(QMap<Key, Tally>& tallies)
{
    for (Tally& tally : tallies) {
        tally.normalise();
    }
}

} // namespace

void FidelityFigures::normalise()
{
    for (PackageFigure& figure : package) {
        figure.instruments.normalise();
        figure.patientsComplete.normalise();
        figure.declined.normalise();
        figure.incomplete.normalise();
    }
    allCriteriaAnswered.normalise();
    for (Tally* tally : {&completedAssessments, &overrides, &included, &excluded, &endedTreatments, &belowRange,
                         &withinRange, &aboveRange, &unmetNeeds, &needsReferred, &needsReasonRecorded, &needsOpen,
                         &waiting.patients, &referrals}) {
        tally->normalise();
    }
    normaliseAll(sessionsDistribution);
    normaliseAll(endReasons);
    normaliseAll(referralsByChannel);
    normaliseAll(referralsByUrgency);
    plansOutsideRange.normalise();
}

const ClinicianFidelity* FidelityReport::clinician(std::int64_t clinicianId) const
{
    for (const ClinicianFidelity& each : clinicians) {
        if (each.clinicianId == clinicianId) {
            return &each;
        }
    }
    return nullptr;
}

} // namespace forlop
