#include "backup/BackupContent.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QStringList>

namespace forlop {

Result<BackupContent> BackupContent::measure(Database& db)
{
    BackupContent content;
    auto version = db.queryInt("PRAGMA user_version");
    if (!version) {
        return std::unexpected(version.error());
    }
    content.schemaVersion = static_cast<int>(*version);

    QStringList tables;
    {
        auto stmt = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                               "ESCAPE '\\' ORDER BY name");
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        while (true) {
            auto row = stmt->step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            tables << stmt->text(0);
        }
    }
    for (const QString& table : tables) {
        // Names come from the schema itself; quoting keeps any name a single identifier.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const QByteArray sql = "SELECT count(*) FROM \"" + quoted.toUtf8() + '"';
        auto count = db.queryInt(sql.constData());
        if (!count) {
            return std::unexpected(count.error());
        }
        content.rowCounts.insert(table, *count);
    }

    auto head = AuditLog::head(db);
    if (!head) {
        return std::unexpected(head.error());
    }
    content.auditHeadSeq = head->seq;
    content.auditHeadHash = head->hash;
    return content;
}

} // namespace forlop
