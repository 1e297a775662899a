#include "access/Policy.h"

#include "access/Session.h"

namespace forlop {

namespace {

// The roles each permission is granted to. Clinical permissions also need the clinical key in the session:
// a role that should read clinical content but has not yet been granted the key cannot.
struct Grant
{
    Roles roles;
    bool needsClinicalKey = false;
};

Grant grantFor(Permission permission)
{
    const Roles secretary = Role::Secretary;
    const Roles clinician = Role::Clinician;
    const Roles leader = Role::UnitLeader;
    const Roles admin = Role::Administrator;
    switch (permission) {
    case Permission::ManageUsers:
    case Permission::RotateDatabaseKey:
    case Permission::ManageSettings:
        return {admin};
    case Permission::GrantClinicalKey:
    case Permission::RotateClinicalKey:
        return {leader, true};
    case Permission::Backup:
    case Permission::VerifyAudit:
        return {admin | leader};
    case Permission::ReviewAuditLog:
    case Permission::ExportPatientAccessLog:
        return {leader};
    case Permission::RegisterContact:
    case Permission::ViewAdministrative:
    case Permission::EditIdentity:
    case Permission::ManageAppointments:
    case Permission::ViewWaitingList:
    case Permission::PrintLetters:
        return {secretary | clinician | leader};
    case Permission::ImportReferrals:
        return {secretary | leader};
    case Permission::AllocateReferral:
        return {leader};
    case Permission::ViewStatistics:
        return {admin | leader};
    case Permission::ViewClinical:
        return {clinician | leader, true};
    case Permission::WriteClinical:
    case Permission::SignClinical:
    case Permission::EmergencyAccess:
        return {clinician, true};
    case Permission::ManageCatalogues:
        return {leader};
    case Permission::DecideDeletionRequest:
    case Permission::ViewReports:
    case Permission::ExportRegistry:
    case Permission::ExportNationalStatistics:
        return {leader, true};
    }
    return {};
}

} // namespace

bool Policy::allows(const Session& session, Permission permission)
{
    const Grant grant = grantFor(permission);
    if (!(session.roles & grant.roles)) {
        return false;
    }
    return !grant.needsClinicalKey || session.holdsClinicalKey;
}

Status Policy::require(const Session& session, Permission permission)
{
    if (allows(session, permission)) {
        return {};
    }
    const Grant grant = grantFor(permission);
    if ((session.roles & grant.roles) && grant.needsClinicalKey) {
        return fail(ErrorCode::PermissionDenied, tr("You are waiting for access to clinical records. A unit leader "
                                                    "must grant it first."));
    }
    return fail(ErrorCode::PermissionDenied, tr("Your role does not allow this."));
}

} // namespace forlop
