#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <mutex>

struct sqlite3_stmt;

namespace forlop {

// Compiled statements of one connection, kept for the next use of the same SQL. With cipher_memory_security on,
// every SQLite allocation is locked in memory and wiped when freed, so compiling a statement costs far more than
// on plain SQLite; the reports, calendars and paged lists run the same few statements per clinician or per page.
// Statements come back reset and with their bindings cleared, so nothing of one use is visible to the next.
class StatementCache
{
public:
    // Enough for every statement of a busy screen; past it, returned statements are finalized.
    static constexpr int Capacity = 256;

    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // A compiled statement for sql, or null when none is waiting.
    [[nodiscard]] sqlite3_stmt* take(const QByteArray& sql);
    void give(const QByteArray& sql, sqlite3_stmt* stmt);
    // Finalizes every kept statement (the access rules changed, or the connection closes).
    void clear();
    [[nodiscard]] int size() const;

private:
    mutable std::mutex m_mutex;
    QHash<QByteArray, QList<sqlite3_stmt*>> m_free;
    int m_size = 0;
};

} // namespace forlop
