#pragma once

#include "Error.h"
#include "pathway/EligibilityCriteria.h"
#include "pathway/OnwardReferral.h"

#include <QCoreApplication>

namespace forlop {

class Clinic;

struct CriterionResponse
{
    std::int64_t criterionId = 0;
    CriterionAnswer answer = CriterionAnswer::Unclear;
    QString comment; // clinical
};

struct EligibilityRecord
{
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    CriteriaVersion criteria; // the version this assessment was made with
    std::int64_t assessorId = 0;
    QDateTime startedAt;
    std::optional<QDateTime> completedAt;
    QList<CriterionResponse> responses;
    std::optional<EligibilityDecision> derivedDecision; // from the answers so far
    std::optional<EligibilityDecision> finalDecision;
    QString rationale;
    QString overrideReason;
    std::optional<std::int64_t> onwardReferralId;
    QString noOnwardReferralReason;

    [[nodiscard]] int unanswered() const { return int(criteria.criteria.size() - responses.size()); }
    [[nodiscard]] bool isOverride() const
    {
        return finalDecision && derivedDecision && *finalDecision != *derivedDecision;
    }
};

struct EligibilityConclusion
{
    EligibilityDecision decision = EligibilityDecision::Include;
    QString rationale;      // required
    QString overrideReason; // required when the decision differs from the derived one (a deviation)
    OnwardChoice onward;    // required for an exclusion
};

// The eligibility assessment: every criterion of the current version answered yes / no / unclear, the derived
// decision by the rule of the standard, and the clinician's final decision.
class EligibilityAssessments
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityAssessments)

public:
    // waiting → eligibility, with the current criteria version.
    [[nodiscard]] static Result<std::int64_t> start(Clinic& clinic, std::int64_t patientId);
    // Answers (or re-answers) one criterion of the open assessment.
    [[nodiscard]] static Status answer(Clinic& clinic, std::int64_t patientId, const CriterionResponse& response);
    // eligibility → included | excluded. Every criterion must be answered; an override of the derived decision
    // needs a reason and is recorded as a deviation; an exclusion needs an onward referral or a reason for none.
    [[nodiscard]] static Status complete(Clinic& clinic, std::int64_t patientId,
                                         const EligibilityConclusion& conclusion);
    // The latest assessment of the patient, with its criteria; clinical read, audited.
    [[nodiscard]] static Result<EligibilityRecord> get(Clinic& clinic, std::int64_t patientId);
};

} // namespace forlop
