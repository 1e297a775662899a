#include "clinician/RecordPageCatalog.h"

#include "access/Policy.h"
#include "clinician/DutiesPage.h"
#include "clinician/ReferralPage.h"
#include "clinician/SessionsPage.h"
#include "clinician/TimelinePage.h"

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
        // Eligibility, assessment package and treatment plan go here.
        RecordPageEntry{QStringLiteral("sessions"), [] { return tr("Sessions and notes"); }, clinicalReader,
                        [](Clinic& clinic, std::int64_t patientId) -> RecordPage* {
                            return new SessionsPage(clinic, patientId);
                        }},
        RecordPageEntry{QStringLiteral("duties"), [] { return tr("Duty to report"); }, clinicalReader,
                        [](Clinic& clinic, std::int64_t patientId) -> RecordPage* {
                            return new DutiesPage(clinic, patientId);
                        }},
        // Onward referrals and end of treatment go here.
    };
}

} // namespace forlop
