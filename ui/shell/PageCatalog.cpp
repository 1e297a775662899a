#include "shell/PageCatalog.h"

#include "access/Policy.h"
#include "accounts/UsersPage.h"
#include "audit/LogReviewPage.h"
#include "backup/BackupPage.h"
#include "clinic/Clinic.h"
#include "clinician/ClinicianDayPage.h"
#include "clinician/PatientRecordPage.h"
#include "leader/AllocationPage.h"
#include "leader/CaseloadPage.h"
#include "leader/FidelityPage.h"
#include "secretary/calendar/CalendarPage.h"
#include "secretary/letters/LetterSettingsPage.h"
#include "secretary/search/PatientSearchPage.h"
#include "secretary/waiting/WaitingListPage.h"
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
        // The secretary's desk (ui/secretary); clinicians and unit leaders keep calendars and the waiting list too.
        WorkspacePage{QStringLiteral("calendar"), [] { return tr("Calendar"); },
                      [](const Session& s) { return Policy::allows(s, Permission::ManageAppointments); },
                      [](Clinic& clinic) -> QWidget* { return new CalendarPage(clinic); }},
        WorkspacePage{QStringLiteral("waiting-list"), [] { return tr("Waiting list"); },
                      [](const Session& s) { return Policy::allows(s, Permission::ViewWaitingList); },
                      [](Clinic& clinic) -> QWidget* { return new WaitingListPage(clinic); }},
        WorkspacePage{QStringLiteral("patient-search"), [] { return tr("Find patient"); },
                      [](const Session& s) { return Policy::allows(s, Permission::ViewAdministrative); },
                      [](Clinic& clinic) -> QWidget* { return new PatientSearchPage(clinic); }},
        WorkspacePage{QStringLiteral("letter-settings"), [] { return tr("Appointment letter"); },
                      [](const Session& s) { return Policy::allows(s, Permission::ManageSettings); },
                      [](Clinic& clinic) -> QWidget* { return new LetterSettingsPage(clinic); }},
        // The unit leader's desk (ui/leader): caseloads, waiting list and allocation.
        WorkspacePage{QLatin1String(CaseloadPage::PageId), [] { return tr("Caseloads"); },
                      [](const Session& s) { return Policy::allows(s, Permission::ViewReports); },
                      [](Clinic& clinic) -> QWidget* { return new CaseloadPage(clinic); }},
        WorkspacePage{QLatin1String(AllocationPage::PageId), [] { return tr("Allocation"); },
                      [](const Session& s) { return Policy::allows(s, Permission::AllocateReferral); },
                      [](Clinic& clinic) -> QWidget* { return new AllocationPage(clinic); }},
        WorkspacePage{QLatin1String(FidelityPage::PageId), [] { return tr("Fidelity to the standard"); },
                      [](const Session& s) { return Policy::allows(s, Permission::ViewReports); },
                      [](Clinic& clinic) -> QWidget* { return new FidelityPage(clinic); }},
        // Accounts and the log review (ui/accounts, ui/audit).
        WorkspacePage{QStringLiteral("users"), [] { return tr("Users"); },
                      [](const Session& s) {
                          return Policy::allows(s, Permission::ManageUsers) ||
                                 Policy::allows(s, Permission::GrantClinicalKey);
                      },
                      [](Clinic& clinic) -> QWidget* { return new UsersPage(clinic); }},
        WorkspacePage{QLatin1String(LogReviewPage::PageId), [] { return tr("Log review"); },
                      [](const Session& s) { return Policy::allows(s, Permission::ReviewAuditLog); },
                      [](Clinic& clinic) -> QWidget* { return new LogReviewPage(clinic); }},
        WorkspacePage{QLatin1String(BackupPage::PageId), [] { return tr("Backups"); },
                      [](const Session& s) { return Policy::allows(s, Permission::Backup); },
                      [](Clinic& clinic) -> QWidget* { return new BackupPage(clinic); }},
    };
}

} // namespace forlop
