#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace forlop {

class Database;

// Every multi-statement write runs inside one of these: commit explicitly, or the destructor rolls back.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    // BEGIN IMMEDIATE: takes the write lock up front so a busy database fails before any work is done.
    [[nodiscard]] static Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Status commit();

private:
    explicit Transaction(Database& db);
    Database* m_db = nullptr;
};

} // namespace forlop
