#include "pathway/PatientRegistry.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "accounts/UserStore.h"
#include "clinic/Clinic.h"
#include "pathway/IdentityRules.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientStore.h"
#include "pathway/PatientWrite.h"
#include "pathway/Pseudonym.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace forlop {

Status PatientRegistry::requireUniqueNationalId(Clinic& clinic, const QString& nationalId,
                                                std::optional<std::int64_t> exceptPatientId)
{
    if (nationalId.isEmpty()) {
        return {};
    }
    auto existing = PatientStore::findByNationalId(clinic.db(), nationalId);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    if (*existing && *existing != exceptPatientId) {
        return fail(ErrorCode::Conflict, tr("Another patient record already has this national ID number. Search for "
                                            "it instead of registering the person twice."));
    }
    return {};
}

Result<RegisteredPatient> PatientRegistry::registerEnquiry(Clinic& clinic, PatientIdentity identity)
{
    if (auto status = Policy::require(clinic.session(), Permission::RegisterContact); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = IdentityRules::normalise(identity, clinic.info().kind, clinic.clock().today()); !status) {
        return std::unexpected(status.error());
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (auto status = requireUniqueNationalId(clinic, identity.nationalId, std::nullopt); !status) {
        return std::unexpected(status.error());
    }
    const QDateTime now = clinic.clock().now();
    auto pseudonym = Pseudonym::next(clinic.db(), clinic.clock().today().year());
    if (!pseudonym) {
        return std::unexpected(pseudonym.error());
    }
    auto id =
        PatientStore::insert(clinic.db(), *pseudonym, PatientState::Enquiry, identity, clinic.session().userId, now);
    if (!id) {
        return std::unexpected(id.error());
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("patient.create"),
                                              *id,
                                              QStringLiteral("patient"),
                                              *id,
                                              QLatin1String(AuditBasis::Administrative),
                                              {},
                                              QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(status.error());
    }
    return RegisteredPatient{*id, *pseudonym};
}

Result<Patient> PatientRegistry::get(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::administrative(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto patient = PatientStore::find(clinic.db(), patientId);
    if (!patient) {
        return std::unexpected(patient.error());
    }
    if (!*patient) {
        return fail(ErrorCode::NotFound, tr("The patient was not found."));
    }
    if (auto status = PatientAccess::auditRead(clinic, patientId, QStringLiteral("patient"), patientId, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return **patient;
}

Result<std::optional<std::int64_t>> PatientRegistry::findByPseudonym(Clinic& clinic, const QString& pseudonym)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewAdministrative); !status) {
        return std::unexpected(status.error());
    }
    return pathwaysql::optionalInt(clinic.db(), "SELECT id FROM patient WHERE pseudonym = ?1",
                                   pseudonym.trimmed().toUpper());
}

Status PatientRegistry::updateIdentity(Clinic& clinic, std::int64_t patientId, PatientIdentity identity)
{
    if (auto status = IdentityRules::normalise(identity, clinic.info().kind, clinic.clock().today()); !status) {
        return status;
    }
    auto write = PatientWrite::begin(clinic, patientId, Permission::EditIdentity, PatientWrite::Access::Administrative);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = requireUniqueNationalId(clinic, identity.nationalId, patientId); !status) {
        return status;
    }
    if (auto status = PatientStore::setIdentity(clinic.db(), patientId, identity, clinic.clock().now()); !status) {
        return status;
    }
    if (auto status = write->audit(QStringLiteral("patient.identity"), QStringLiteral("patient"), patientId); !status) {
        return status;
    }
    return write->commit();
}

Status PatientRegistry::allocate(Clinic& clinic, std::int64_t patientId, std::optional<std::int64_t> clinicianId,
                                 Reallocation reallocation)
{
    auto write =
        PatientWrite::begin(clinic, patientId, Permission::AllocateReferral, PatientWrite::Access::Administrative);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (write->state() == PatientState::Excluded) {
        return fail(ErrorCode::Conflict, tr("An excluded patient is not allocated to a clinician."));
    }
    if (reallocation == Reallocation::Refused) {
        auto current = PatientStore::find(clinic.db(), patientId);
        if (!current) {
            return std::unexpected(current.error());
        }
        if (*current && (*current)->clinicianId) {
            return fail(ErrorCode::Conflict,
                        tr("This referral has been allocated by someone else in the meantime. The list now shows "
                           "where things stand."));
        }
    }
    if (clinicianId) {
        auto user = UserStore::findById(clinic.db(), *clinicianId);
        if (!user) {
            return std::unexpected(user.error());
        }
        if (!*user || !(*user)->active || !(*user)->roles.testFlag(Role::Clinician)) {
            return fail(ErrorCode::InvalidInput, tr("Patients can only be allocated to an active clinician."));
        }
    }
    if (auto status = PatientStore::setClinician(clinic.db(), patientId, clinicianId); !status) {
        return status;
    }
    if (auto status = pathwaysql::run(
            clinic.db(), "UPDATE referral SET allocated_at = ?2, allocated_by = ?3 WHERE patient_id = ?1", patientId,
            pathwaysql::isoTime(clinic.clock().now()), pathwaysql::userRef(clinic.session().userId));
        !status) {
        return status;
    }
    if (auto status = write->audit(QStringLiteral("patient.allocate"), QStringLiteral("user"), clinicianId); !status) {
        return status;
    }
    return write->commit();
}

} // namespace forlop
