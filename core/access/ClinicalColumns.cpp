#include "access/ClinicalColumns.h"

namespace forlop {

const QStringList& clinicalColumns()
{
    // Pathway (schema step 3): every column sealed with ClinicalCipher. Why each is clinical is noted at the
    // schema (core/storage/migrations/003_Pathway.cpp).
    static const QStringList columns{
        QStringLiteral("referral.reason"),
        QStringLiteral("eligibility_assessment.rationale"),
        QStringLiteral("eligibility_assessment.override_reason"),
        QStringLiteral("eligibility_assessment.no_onward_referral_reason"),
        QStringLiteral("eligibility_answer.comment"),
        QStringLiteral("onward_referral.reason"),
        QStringLiteral("unmet_need.description"),
        QStringLiteral("unmet_need.no_referral_reason"),
        QStringLiteral("instrument_status.scores"),
        QStringLiteral("instrument_status.decline_reason"),
        QStringLiteral("clinical_note.body"),
        QStringLiteral("note_deletion_request.reason"),
        QStringLiteral("note_deletion_request.decision_reason"),
        QStringLiteral("duty_report.trigger_text"),
        QStringLiteral("duty_report.assessment"),
        QStringLiteral("duty_report.decision_reason"),
        QStringLiteral("duty_report.recipient_detail"),
        QStringLiteral("duty_report.follow_up_plan"),
        QStringLiteral("duty_report_follow_up.text"),
        QStringLiteral("treatment_end.narrative"),
        QStringLiteral("deviation.reason"),
    };
    return columns;
}

} // namespace forlop
