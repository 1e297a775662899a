#include "storage/StatementCache.h"

#include <sqlite3.h>

namespace forlop {

StatementCache::~StatementCache()
{
    clear();
}

sqlite3_stmt* StatementCache::take(const QByteArray& sql)
{
    std::lock_guard lock(m_mutex);
    auto found = m_free.find(sql);
    if (found == m_free.end() || found->isEmpty()) {
        return nullptr;
    }
    --m_size;
    return found->takeLast();
}

void StatementCache::give(const QByteArray& sql, sqlite3_stmt* stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    std::lock_guard lock(m_mutex);
    if (m_size >= Capacity) {
        sqlite3_finalize(stmt);
        return;
    }
    m_free[sql].append(stmt);
    ++m_size;
}

void StatementCache::clear()
{
    std::lock_guard lock(m_mutex);
    for (const QList<sqlite3_stmt*>& statements : std::as_const(m_free)) {
        for (sqlite3_stmt* stmt : statements) {
            sqlite3_finalize(stmt);
        }
    }
    m_free.clear();
    m_size = 0;
}

int StatementCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_size;
}

} // namespace forlop
