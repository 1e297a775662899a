#include "pathway/Signer.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "security/KeySlot.h"

namespace forlop {

Result<Signer> Signer::confirm(Clinic& clinic, const QByteArray& password)
{
    if (auto status = Policy::require(clinic.session(), Permission::SignClinical); !status) {
        return std::unexpected(status.error());
    }
    const KeyringEntry* entry = clinic.keyring().find(clinic.session().userName);
    if (!entry) {
        return fail(ErrorCode::AuthenticationFailed, tr("Your key is missing from the key file; nothing was signed."));
    }
    auto unlocked = KeySlot::unlock(clinic.keyring().clinicId, *entry, password);
    if (!unlocked) {
        if (unlocked.error().code == ErrorCode::AuthenticationFailed) {
            (void)clinic.audit(AuditEvent{QStringLiteral("signature.failed"),
                                          std::nullopt,
                                          {},
                                          std::nullopt,
                                          QLatin1String(AuditBasis::System),
                                          {},
                                          QStringLiteral("denied")});
            return fail(ErrorCode::AuthenticationFailed, tr("The password is not right; nothing was signed."));
        }
        return std::unexpected(unlocked.error());
    }
    return Signer(&clinic, clinic.session().userId);
}

bool Signer::belongsTo(const Clinic& clinic) const
{
    return m_clinic == &clinic && clinic.session().userId == m_userId;
}

} // namespace forlop
