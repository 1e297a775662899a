#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <cstdint>

namespace forlop {

class Clinic;

// The pseudonyms of the patients that rows of the audit log name, so the log review can show "P-2026-0042"
// instead of an internal number. Pseudonyms only, never names: the review must not show more than it needs.
class AuditPatientLabels
{
    Q_DECLARE_TR_FUNCTIONS(AuditPatientLabels)

public:
    // Unit leaders reviewing the log (Permission::ReviewAuditLog). Not audited on its own: it labels rows of a
    // log view that AuditReview::query has already recorded. Unknown ids are simply missing from the answer.
    [[nodiscard]] static Result<QHash<std::int64_t, QString>> pseudonyms(Clinic& clinic,
                                                                         const QList<std::int64_t>& patientIds);
};

} // namespace forlop
