#include "storage/Transaction.h"

#include "storage/Database.h"

namespace forlop {

Transaction::Transaction(Database& db)
    : m_db(&db)
{
}

Result<Transaction> Transaction::begin(Database& db)
{
    if (auto status = db.exec("BEGIN IMMEDIATE"); !status) {
        return std::unexpected(status.error());
    }
    return Transaction(db);
}

Transaction::~Transaction()
{
    if (m_db) {
        (void)m_db->exec("ROLLBACK");
    }
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
{
    other.m_db = nullptr;
}

Status Transaction::commit()
{
    if (!m_db) {
        return fail(ErrorCode::Failed, tr("Internal error: the transaction has already ended."));
    }
    auto status = m_db->exec("COMMIT");
    if (!status) {
        // A failed COMMIT may leave the transaction open; the destructor rolls it back.
        return status;
    }
    m_db = nullptr;
    return {};
}

} // namespace forlop
