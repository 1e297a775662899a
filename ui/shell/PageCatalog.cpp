#include "shell/PageCatalog.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "clinician/ClinicianDayPage.h"
#include "clinician/PatientRecordPage.h"
#include "shell/OverviewPage.h"

namespace forlop {

QList<WorkspacePage> PageCatalog::standard()
{
    return {
        WorkspacePage{QStringLiteral("overview"), [] { return tr("Overview"); },
                      [](const Session&) { return true; },
                      [](Clinic& clinic) -> QWidget* { return new OverviewPage(clinic.info(), clinic.session()); }},
        // The clinician's desk (ui/clinician): my day and caseload, the patient record.
        WorkspacePage{QLatin1String(ClinicianDayPage::PageId), [] { return tr("My day"); },
                      [](const Session& s) { return Policy::allows(s, Permission::WriteClinical); },
                      [](Clinic& clinic) -> QWidget* { return new ClinicianDayPage(clinic); }},
        WorkspacePage{QLatin1String(PatientRecordPage::PageId), [] { return tr("Patient record"); },
                      [](const Session& s) { return Policy::allows(s, Permission::ViewClinical); },
                      [](Clinic& clinic) -> QWidget* { return new PatientRecordPage(clinic); }},
    };
}

} // namespace forlop
