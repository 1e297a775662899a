#include "reports/OverrideReasons.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "security/ClinicalCipher.h"
#include "storage/Transaction.h"

namespace forlop {

Result<QList<OverrideReason>> OverrideReasons::read(Clinic& clinic, const QList<EligibilityOverride>& overrides)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewReports); !status) {
        return std::unexpected(status.error());
    }
    if (!clinic.clinicalSecretKey()) {
        return fail(ErrorCode::PermissionDenied, tr("Reading the reasons needs access to clinical records."));
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto stmt = clinic.db().prepare("SELECT override_reason FROM eligibility_assessment WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<OverrideReason> reasons;
    for (const EligibilityOverride& decision : overrides) {
        OverrideReason entry{decision, {}, false};
        auto grant = PatientAccess::clinical(clinic, decision.patientId);
        if (!grant) {
            if (grant.error().code != ErrorCode::PermissionDenied) {
                return std::unexpected(grant.error());
            }
            entry.withheld = true;
            reasons.append(entry);
            continue;
        }
        stmt->reset();
        stmt->bind(1, decision.assessmentId);
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (*row && !stmt->isNull(0)) {
            auto text = ClinicalCipher::open(clinic, stmt->blob(0));
            if (!text) {
                return std::unexpected(text.error());
            }
            entry.reason = *text;
        }
        if (auto status = PatientAccess::auditRead(clinic, decision.patientId,
                                                   QStringLiteral("eligibility_override"), decision.assessmentId,
                                                   *grant);
            !status) {
            return std::unexpected(status.error());
        }
        reasons.append(entry);
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(status.error());
    }
    return reasons;
}

} // namespace forlop
