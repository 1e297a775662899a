#include "clinician/RecordPageCatalog.h"

#include "access/Policy.h"
#include "clinician/DutiesPage.h"
#include "clinician/ReferralPage.h"
#include "clinician/SessionsPage.h"
#include "clinician/TimelinePage.h"
#include "clinician/forms/AssessmentPackagePage.h"
#include "clinician/forms/EligibilityPage.h"
#include "clinician/forms/EndOfTreatmentPage.h"
#include "clinician/forms/OnwardReferralPage.h"
#include "clinician/forms/TreatmentPlanPage.h"

namespace forlop {

namespace {

bool clinicalReader(const Session& session)
{
    return Policy::allows(session, Permission::ViewClinical);
}

} // namespace

QList<RecordPageEntry> RecordPageCatalog::standard()
{
    // In the order of the pathway. The structured forms go where the comments say:
    //   after "referral": eligibility, assessment package, treatment plan;
    //   after "duties": onward referrals, end of treatment (outcome).
    return {
        RecordPageEntry{QStringLiteral("timeline"), [] { return tr("Timeline"); }, clinicalReader,
                        [](Clinic& clinic, std::int64_t patientId) -> RecordPage* {
                            return new TimelinePage(clinic, patientId);
                        }},
        RecordPageEntry{QStringLiteral("referral"), [] { return tr("Referral"); }, clinicalReader,
                        [](Clinic& clinic, std::int64_t patientId) -> RecordPage* {
                            return new ReferralPage(clinic, patientId);
                        }},
        // The structured forms (ui/clinician/forms).
        RecordPageEntry{QStringLiteral("eligibility"), [] { return tr("Eligibility"); }, clinicalReader,
                        [](Clinic& clinic, std::int64_t patientId) -> RecordPage* {
                            return new EligibilityPage(clinic, patientId);
                        }},
        RecordPageEntry{QStringLiteral("assessment-package"), [] { return tr("Assessment package"); }, clinicalReader,
                        [](Clinic& clinic, std::int64_t patientId) -> RecordPage* {
                            return new AssessmentPackagePage(clinic, patientId);
                        }},
        RecordPageEntry{QStringLiteral("treatment-plan"), [] { return tr("Treatment plan"); }, clinicalReader,
                        [](Clinic& clinic, std::int64_t patientId) -> RecordPage* {
                            return new TreatmentPlanPage(clinic, patientId);
                        }},
        RecordPageEntry{QStringLiteral("sessions"), [] { return tr("Sessions and notes"); }, clinicalReader,
                        [](Clinic& clinic, std::int64_t patientId) -> RecordPage* {
                            return new SessionsPage(clinic, patientId);
                        }},
        RecordPageEntry{QStringLiteral("duties"), [] { return tr("Duty to report"); }, clinicalReader,
                        [](Clinic& clinic, std::int64_t patientId) -> RecordPage* {
                            return new DutiesPage(clinic, patientId);
                        }},
        RecordPageEntry{QStringLiteral("onward-referrals"), [] { return tr("Onward referral"); }, clinicalReader,
                        [](Clinic& clinic, std::int64_t patientId) -> RecordPage* {
                            return new OnwardReferralPage(clinic, patientId);
                        }},
        RecordPageEntry{QStringLiteral("end-of-treatment"), [] { return tr("End of treatment"); }, clinicalReader,
                        [](Clinic& clinic, std::int64_t patientId) -> RecordPage* {
                            return new EndOfTreatmentPage(clinic, patientId);
                        }},
    };
}

} // namespace forlop
