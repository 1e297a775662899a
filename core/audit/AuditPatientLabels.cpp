#include "audit/AuditPatientLabels.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace forlop {

Result<QHash<std::int64_t, QString>> AuditPatientLabels::pseudonyms(Clinic& clinic,
                                                                    const QList<std::int64_t>& patientIds)
{
    if (auto status = Policy::require(clinic.session(), Permission::ReviewAuditLog); !status) {
        return std::unexpected(status.error());
    }
    QHash<std::int64_t, QString> labels;
    if (patientIds.isEmpty()) {
        return labels;
    }
    // One statement for a whole page of rows: the ids travel as one JSON array, not as spliced SQL.
    QJsonArray ids;
    for (std::int64_t id : patientIds) {
        ids.append(static_cast<qint64>(id));
    }
    auto stmt = clinic.db().prepare("SELECT id, pseudonym FROM patient WHERE id IN (SELECT value FROM json_each(?1))");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        labels.insert(stmt->int64(0), stmt->text(1));
    }
    return labels;
}

} // namespace forlop
