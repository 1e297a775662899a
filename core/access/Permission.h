#pragma once

namespace forlop {

// Every operation core offers, as checked by Policy. Patient-level clinical access is checked on top of
// these by PatientAccess (allocation, unit leader, emergency access, blocks).
enum class Permission {
    // accounts and settings
    ManageUsers,
    GrantClinicalKey,
    RotateDatabaseKey,
    RotateClinicalKey,
    ManageSettings,
    Backup,
    VerifyAudit,
    ReviewAuditLog,
    ExportPatientAccessLog,
    // administrative patient data
    RegisterContact,
    ViewAdministrative,
    EditIdentity,
    ManageAppointments,
    ViewWaitingList,
    PrintLetters,
    ImportReferrals,
    AllocateReferral,
    ViewStatistics,
    // clinical content
    ViewClinical,
    WriteClinical,
    SignClinical,
    EmergencyAccess,
    DecideDeletionRequest,
    ViewReports,
    ExportRegistry,
    ExportNationalStatistics,
    // new versions of the clinic's eligibility criteria, instrument catalogue and treatment themes
    ManageCatalogues,
};

} // namespace forlop
