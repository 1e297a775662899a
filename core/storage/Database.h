#pragma once

#include "Error.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>

struct sqlite3;

namespace forlop {

class SecretBytes;
class StatementCache;

// One keyed SQLCipher connection with Forløp's fixed settings. The only owner of a sqlite3 handle:
// nothing outside core/storage calls the SQLite API.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr std::size_t KeySize = 32;

    // Creates a new encrypted file; refuses if anything exists at path.
    [[nodiscard]] static Result<Database> create(const QString& path, const SecretBytes& key);
    // Opens an existing encrypted file; fails closed on anything that is not a healthy Forløp file. readEveryPage
    // false skips the quick_check of every page, for a file known to be as a clean close left it (CleanShutdown).
    [[nodiscard]] static Result<Database> open(const QString& path, const SecretBytes& key, bool readEveryPage = true);
    // Tests only (fault injection): later opens use the named SQLite VFS, registered by the test; an empty name
    // restores the default. Production code never calls this, so the app always uses SQLite's default VFS.
    static void setVfsForTests(const QByteArray& name);
    // An unencrypted database, for the benchmark's baseline only (never used for clinic data).
    [[nodiscard]] static Result<Database> createPlain(const QString& path);

    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] const QString& path() const { return m_path; }
    void close();

    [[nodiscard]] Status exec(const char* sql);
    [[nodiscard]] Result<Statement> prepare(const char* sql);
    [[nodiscard]] Result<std::int64_t> queryInt(const char* sql);
    [[nodiscard]] Result<QString> queryText(const char* sql);
    // True inside BEGIN … COMMIT (false in autocommit mode).
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] std::int64_t lastInsertId() const;
    [[nodiscard]] int changes() const;

    // Checkpoints the WAL into the main file (cipher_integrity_check ignores the WAL), then runs
    // integrity_check and cipher_integrity_check. Returns the problems found; empty means healthy.
    [[nodiscard]] Result<QStringList> fullCheck();

    // Denies statements that touch the given columns (defence in depth beside the policy checks).
    // Each entry is "table.column"; "table.*" denies updates and deletes on the whole table.
    struct AccessRules
    {
        QStringList deniedReadColumns;
        QStringList appendOnlyTables;
    };
    void setAccessRules(AccessRules rules);

    [[nodiscard]] sqlite3* handle() const { return m_db; }
    // Compiled statements waiting for reuse (StatementCache), for tests.
    [[nodiscard]] int keptStatements() const;

private:
    Database(sqlite3* db, QString path);
    [[nodiscard]] static Result<Database> openKeyed(const QString& path, const SecretBytes& key, bool create,
                                                    bool readEveryPage = true);
    [[nodiscard]] Status configure();
    void installAuthorizer();

    sqlite3* m_db = nullptr;
    QString m_path;
    std::unique_ptr<AccessRules> m_rules;
    std::shared_ptr<StatementCache> m_statements;
};

// Refuses to run when a second SQLite library is mapped into the process: with two copies the key
// can be silently ignored and data written in plain text.
[[nodiscard]] Status ensureSingleSqliteLibrary();

} // namespace forlop
