#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>
#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace forlop {

class StatementCache;

// A prepared statement with typed binding (1-based, as in SQLite) and column reading (0-based).
class Statement
{
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    // A statement that goes back to its connection's cache when done, if the connection is still open.
    Statement(sqlite3* db, sqlite3_stmt* stmt, std::weak_ptr<StatementCache> cache, QByteArray sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    // Every other integer that fits in SQLite's int64: without this, qint64 (long long, while std::int64_t is
    // long on 64-bit Linux) and unsigned int were ambiguous between the overloads above.
    template <std::integral T>
    requires(!std::same_as<T, bool> &&
             (std::is_signed_v<T> || sizeof(T) < sizeof(std::int64_t))) Statement& bind(int index, T value)
    {
        return bind(index, static_cast<std::int64_t>(value));
    }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    Statement& bind(int index, const QByteArray& value);
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    // Binds each argument to ?1, ?2, … in order.
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // Steps once: true when a row is available, false when done.
    [[nodiscard]] Result<bool> step();
    // Runs a statement that returns no rows.
    [[nodiscard]] Status run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] int integer(int column) const { return static_cast<int>(int64(column)); }
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] std::optional<QString> optionalText(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optionalInt64(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] int columnCount() const;

private:
    void release();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
    std::weak_ptr<StatementCache> m_cache;
    QByteArray m_sql;
};

} // namespace forlop
