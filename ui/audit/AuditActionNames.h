#pragma once

#include <QCoreApplication>

namespace forlop {

// Plain words for the action identifiers of the audit trail ("note.sign" → "Signed a note"), for the log review
// and the patient's copy of their access log. An identifier without words yet is shown as it is.
class AuditActionNames
{
    Q_DECLARE_TR_FUNCTIONS(AuditActionNames)

public:
    [[nodiscard]] static QString displayName(const QString& action);
};

} // namespace forlop
