#pragma once

#include "Error.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <cstdint>
#include <optional>

// Small helpers shared by the pathway services, so each query reads as one statement.
namespace forlop::pathwaysql {

// A reference to a user row: the recovery-key session has no user (id 0), so it is recorded as NULL.
[[nodiscard]] inline std::optional<std::int64_t> userRef(std::int64_t userId)
{
    return userId > 0 ? std::optional<std::int64_t>(userId) : std::nullopt;
}

[[nodiscard]] inline QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

[[nodiscard]] inline QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

[[nodiscard]] inline std::optional<QString> isoDate(const std::optional<QDate>& date)
{
    return date && date->isValid() ? std::optional<QString>(isoDate(*date)) : std::nullopt;
}

[[nodiscard]] inline QDate parseDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

[[nodiscard]] inline std::optional<QDate> parseOptionalDate(const std::optional<QString>& text)
{
    if (!text || text->isEmpty()) {
        return std::nullopt;
    }
    const QDate date = parseDate(*text);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

[[nodiscard]] inline QDateTime parseTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// Prepares and binds; the caller steps.
template <typename... Args> [[nodiscard]] Result<Statement> query(Database& db, const char* sql, const Args&... args)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(args...);
    return stmt;
}

template <typename... Args> [[nodiscard]] Status run(Database& db, const char* sql, const Args&... args)
{
    auto stmt = query(db, sql, args...);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    return stmt->run();
}

// Runs an INSERT and returns the new row id.
template <typename... Args>
[[nodiscard]] Result<std::int64_t> insert(Database& db, const char* sql, const Args&... args)
{
    if (auto status = run(db, sql, args...); !status) {
        return std::unexpected(status.error());
    }
    return db.lastInsertId();
}

// The first column of the first row as an integer; nullopt when there is no row or it is NULL.
template <typename... Args>
[[nodiscard]] Result<std::optional<std::int64_t>> optionalInt(Database& db, const char* sql, const Args&... args)
{
    auto stmt = query(db, sql, args...);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row || stmt->isNull(0)) {
        return std::optional<std::int64_t>();
    }
    return std::optional<std::int64_t>(stmt->int64(0));
}

// The first column of the first row as an integer, 0 when there is none (for counts).
template <typename... Args> [[nodiscard]] Result<std::int64_t> count(Database& db, const char* sql, const Args&... args)
{
    auto value = optionalInt(db, sql, args...);
    if (!value) {
        return std::unexpected(value.error());
    }
    return value->value_or(0);
}

} // namespace forlop::pathwaysql
