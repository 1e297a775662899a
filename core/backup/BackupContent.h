#pragma once

#include "Error.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <cstdint>

namespace forlop {

class Database;

// What a database holds, in the few numbers a backup is checked against: the schema version, the row count
// of every table and the head of the audit chain. Two databases with equal content are the same clinic at
// the same moment, as far as a backup check can tell without reading every row.
struct BackupContent
{
    int schemaVersion = 0;
    QMap<QString, std::int64_t> rowCounts; // table name → rows
    std::int64_t auditHeadSeq = 0;
    QByteArray auditHeadHash; // raw 32 bytes

    // Reads from the connection's current snapshot (run it inside a read transaction to pin one).
    [[nodiscard]] static Result<BackupContent> measure(Database& db);

    bool operator==(const BackupContent&) const = default;
};

} // namespace forlop
