#include "scheduling/AppointmentWrite.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"

namespace forlop {

AppointmentWrite::AppointmentWrite(Clinic& clinic, std::int64_t patientId, AccessGrant grant, Transaction transaction)
    : m_clinic(&clinic), m_patientId(patientId), m_grant(std::move(grant)), m_transaction(std::move(transaction))
{
}

Result<AppointmentWrite> AppointmentWrite::begin(Clinic& clinic, std::int64_t patientId)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageAppointments); !status) {
        return std::unexpected(status.error());
    }
    // Also refuses a staff member blocked from this patient, and a patient that does not exist.
    auto grant = PatientAccess::administrative(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    return AppointmentWrite(clinic, patientId, std::move(*grant), std::move(*transaction));
}

Status AppointmentWrite::audit(const QString& action, const QString& objectType, std::optional<std::int64_t> objectId)
{
    return m_clinic->audit(
        AuditEvent{action, m_patientId, objectType, objectId, m_grant.basis, m_grant.reason, QStringLiteral("ok")});
}

} // namespace forlop
