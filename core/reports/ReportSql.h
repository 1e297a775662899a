#pragma once

#include "Error.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>

// Small helpers shared by the report queries.
namespace forlop::reportsql {

// Calls row(stmt) for every row of a prepared statement; stops at the first error.
template <typename Row>
[[nodiscard]] Status eachRow(Statement& stmt, Row&& row)
{
    while (true) {
        auto more = stmt.step();
        if (!more) {
            return std::unexpected(more.error());
        }
        if (!*more) {
            return {};
        }
        row(stmt);
    }
}

// Prepares, binds ?1, ?2, … and runs eachRow.
template <typename Row, typename... Args>
[[nodiscard]] Status select(Database& db, const char* sql, Row&& row, const Args&... args)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(args...);
    return eachRow(*stmt, std::forward<Row>(row));
}

// A list of row ids as a JSON array, for `IN (SELECT value FROM json_each(?))`: one bound value however many.
[[nodiscard]] inline QString jsonIds(const QList<std::int64_t>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (std::int64_t id : ids) {
        parts << QString::number(id);
    }
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace forlop::reportsql
