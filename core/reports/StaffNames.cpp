#include "reports/StaffNames.h"

#include "reports/ReportSql.h"

namespace forlop {

Result<QHash<std::int64_t, QString>> StaffNames::all(Database& db)
{
    QHash<std::int64_t, QString> names;
    auto status = reportsql::select(db, "SELECT id, name, full_name FROM user", [&](Statement& row) {
        const QString full = row.text(2).trimmed();
        names.insert(row.int64(0), full.isEmpty() ? row.text(1) : full);
    });
    if (!status) {
        return std::unexpected(status.error());
    }
    return names;
}

} // namespace forlop
