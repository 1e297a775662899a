#include "pathway/PatientWrite.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/PatientStore.h"
#include "util/Clock.h"

namespace forlop {

PatientWrite::PatientWrite(Clinic& clinic, std::int64_t patientId, AccessGrant grant, Transaction transaction,
                           PatientState state)
    : m_clinic(&clinic), m_patientId(patientId), m_grant(std::move(grant)), m_transaction(std::move(transaction)),
      m_state(state)
{
}

Result<PatientWrite> PatientWrite::begin(Clinic& clinic, std::int64_t patientId, Permission permission, Access access)
{
    if (auto status = Policy::require(clinic.session(), permission); !status) {
        return std::unexpected(status.error());
    }
    auto grant = access == Access::Clinical ? PatientAccess::clinical(clinic, patientId)
                                            : PatientAccess::administrative(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    // Read inside the transaction: the write lock is held, so the state cannot change before we write.
    auto state = PatientStore::state(clinic.db(), patientId);
    if (!state) {
        return std::unexpected(state.error());
    }
    if (!*state) {
        return fail(ErrorCode::NotFound, tr("The patient was not found."));
    }
    return PatientWrite(clinic, patientId, std::move(*grant), std::move(*transaction), **state);
}

Status PatientWrite::requireTransition(PatientState to) const
{
    if (!PatientStates::canTransition(m_state, to)) {
        return fail(ErrorCode::Conflict, PatientStates::illegalTransitionMessage(m_state, to));
    }
    return {};
}

Status PatientWrite::requireState(std::initializer_list<PatientState> allowed) const
{
    for (PatientState state : allowed) {
        if (state == m_state) {
            return {};
        }
    }
    //: %1 is a pathway state such as "Waiting list".
    return fail(ErrorCode::Conflict, tr("This cannot be done while the patient is in the state “%1”. Nothing was "
                                        "changed.")
                                         .arg(PatientStates::displayName(m_state)));
}

Status PatientWrite::transition(PatientState to)
{
    if (auto status = requireTransition(to); !status) {
        return status;
    }
    if (auto status = PatientStore::setState(m_clinic->db(), m_patientId, m_state, to, m_clinic->session().userId,
                                             m_clinic->clock().now());
        !status) {
        return status;
    }
    if (auto status =
            audit(QStringLiteral("patient.state.") + PatientStates::id(to), QStringLiteral("patient"), m_patientId);
        !status) {
        return status;
    }
    m_state = to;
    return {};
}

Status PatientWrite::audit(const QString& action, const QString& objectType, std::optional<std::int64_t> objectId)
{
    return m_clinic->audit(
        AuditEvent{action, m_patientId, objectType, objectId, m_grant.basis, m_grant.reason, QStringLiteral("ok")});
}

Status PatientWrite::commit()
{
    return m_transaction.commit();
}

} // namespace forlop
