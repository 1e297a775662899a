#include "storage/Database.h"

#include "security/SecretBytes.h"
#include "storage/SqliteError.h"
#include "storage/StatementCache.h"

#include <QFile>
#include <QFileInfo>
#include <memory>
#include <sodium.h>
#include <sqlite3.h>

namespace forlop {

namespace {

// With cipher_memory_security every SQLite allocation is locked in memory and wiped when freed, two system calls
// each. Small allocations of a running statement (cursors, records) come from the connection's lookaside slots
// instead, allocated once; SQLite's default of 40 slots runs out in any query with a few joins.
void useLookaside(sqlite3* db)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_LOOKASIDE, nullptr, 1200, 500);
}

constexpr char SqliteHeader[] = "SQLite format 3";
constexpr qint64 PageSize = 4096;

Error damaged(const QString& path)
{
    return {ErrorCode::Damaged,
            QCoreApplication::translate("forlop::Storage",
                                        "The file %1 is not a Forløp database, or it is damaged. If it is your "
                                        "clinic's database, restore it from the latest backup.")
                .arg(QFileInfo(path).fileName())};
}

// Rejects files SQLCipher would otherwise treat as new (empty). Only stat(): opening the file a second time and
// closing it would drop every POSIX lock this process holds on it, including those of other connections to the
// same database (howtocorrupt.html §2.2) — another process could then delete the WAL under them.
Status checkFileShape(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(ErrorCode::NotFound, QCoreApplication::translate("forlop::Storage", "The database file %1 "
                                                                                        "does not exist.")
                                             .arg(info.fileName()));
    }
    if (!info.isReadable()) {
        return fail(ErrorCode::Failed,
                    QCoreApplication::translate("forlop::Storage", "The database file %1 cannot be read.")
                        .arg(info.fileName()));
    }
    if (info.size() < PageSize) {
        return std::unexpected(damaged(path));
    }
    return {};
}

// The file's first bytes, read through SQLite's own handle (below SQLCipher, so the raw bytes) for the reason
// given above. Empty when they cannot be read.
QByteArray rawHeader(sqlite3* db)
{
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file || !file->pMethods) {
        return {};
    }
    QByteArray head(16, '\0');
    if (file->pMethods->xRead(file, head.data(), static_cast<int>(head.size()), 0) != SQLITE_OK) {
        return {};
    }
    return head;
}

QByteArray& testVfs()
{
    static QByteArray name;
    return name;
}

} // namespace

void Database::setVfsForTests(const QByteArray& name)
{
    testVfs() = name;
}

Database::Database(sqlite3* db, QString path)
    : m_db(db), m_path(std::move(path)), m_statements(std::make_shared<StatementCache>())
{
}

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(other.m_db), m_path(std::move(other.m_path)), m_rules(std::move(other.m_rules)),
      m_statements(std::move(other.m_statements))
{
    other.m_db = nullptr;
    installAuthorizer();
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_rules = std::move(other.m_rules);
        m_statements = std::move(other.m_statements);
        other.m_db = nullptr;
        installAuthorizer();
    }
    return *this;
}

void Database::close()
{
    // Kept statements are finalized now; statements still in use finalize themselves when they go.
    m_statements.reset();
    if (m_db) {
        // close_v2 defers until statements are finalized; with memory security on SQLCipher wipes its key.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Database> Database::create(const QString& path, const SecretBytes& key)
{
    if (QFileInfo::exists(path)) {
        return fail(ErrorCode::Conflict, tr("A file already exists at %1.").arg(path));
    }
    return openKeyed(path, key, true);
}

Result<Database> Database::open(const QString& path, const SecretBytes& key, bool readEveryPage)
{
    if (auto shape = checkFileShape(path); !shape) {
        return std::unexpected(shape.error());
    }
    return openKeyed(path, key, false, readEveryPage);
}

Result<Database> Database::createPlain(const QString& path)
{
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE, nullptr);
    Database db(raw, path);
    if (rc != SQLITE_OK) {
        return std::unexpected(sqliteError(raw, rc));
    }
    useLookaside(raw);
    if (auto configured = db.configure(); !configured) {
        return std::unexpected(configured.error());
    }
    return db;
}

Result<Database> Database::openKeyed(const QString& path, const SecretBytes& key, bool create, bool readEveryPage)
{
    if (auto single = ensureSingleSqliteLibrary(); !single) {
        return std::unexpected(single.error());
    }
    if (key.size() != KeySize) {
        return fail(ErrorCode::Failed, tr("Internal error: the database key has the wrong length."));
    }
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE |
                      (create ? SQLITE_OPEN_CREATE : 0);
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, testVfs().isEmpty() ? nullptr : testVfs().constData());
    Database db(raw, path);
    if (rc != SQLITE_OK) {
        return std::unexpected(sqliteError(raw, rc));
    }
    useLookaside(raw);
    // Before the first read: while another process commits, checkpoints or closes the file, opening must wait
    // briefly instead of failing with "database is locked" (configure() sets the same timeout again).
    sqlite3_busy_timeout(raw, 5000);
    // A plain SQLite file would be "opened" and then fail oddly; refuse it by its header.
    if (!create) {
        const QByteArray head = rawHeader(raw);
        if (head.isEmpty() || head.startsWith(SqliteHeader)) {
            return std::unexpected(damaged(path));
        }
    }

    // A plain SQLite library would answer nothing here and silently ignore the key.
    auto version = db.queryText("PRAGMA cipher_version");
    if (!version || !version->startsWith(QLatin1String("4."))) {
        return fail(ErrorCode::Failed, tr("SQLCipher 4 is not active in this program; refusing to open the "
                                          "database unencrypted."));
    }
    // Process-wide and irreversible; must come before the key is used.
    if (auto status = db.exec("PRAGMA cipher_memory_security = ON"); !status) {
        return std::unexpected(status.error());
    }

    // The raw-key form skips SQLCipher's own KDF: the key is already random. It never appears in SQL text.
    SecretBytes spec(3 + 2 * KeySize + 1);
    auto* text = reinterpret_cast<char*>(spec.data());
    text[0] = 'x';
    text[1] = '\'';
    sodium_bin2hex(text + 2, 2 * KeySize + 1, key.data(), KeySize);
    text[2 + 2 * KeySize] = '\'';
    if (sqlite3_key_v2(raw, "main", text, static_cast<int>(3 + 2 * KeySize)) != SQLITE_OK) {
        return fail(ErrorCode::Failed, tr("The database could not be keyed."));
    }
    spec.clear();
    // Keying resets SQLCipher's log level; without this a wrong key prints to stderr.
    (void)db.exec("PRAGMA cipher_log_level = NONE");
    if (auto status = db.exec("PRAGMA cipher_compatibility = 4"); !status) {
        return std::unexpected(status.error());
    }
    // A wrong key or a foreign file is only noticed on the first read.
    if (auto first = db.queryInt("SELECT count(*) FROM sqlite_schema"); !first) {
        if (first.error().code == ErrorCode::Damaged) {
            return std::unexpected(damaged(path));
        }
        return std::unexpected(first.error());
    }
    if (auto configured = db.configure(); !configured) {
        return std::unexpected(configured.error());
    }
    if (!create) {
        // A truncated file still opens; its header promises pages the file no longer holds.
        const QFileInfo wal(path + QLatin1String("-wal"));
        auto pages = db.queryInt("PRAGMA page_count");
        if (!pages) {
            return std::unexpected(damaged(path));
        }
        if ((!wal.exists() || wal.size() == 0) && QFileInfo(path).size() < *pages * PageSize) {
            return std::unexpected(damaged(path));
        }
        // The first read only proves page 1. A damaged or zeroed page elsewhere (SQLCipher passes all-zero
        // pages as short reads) would surface later, after the sign-in had already written to the file.
        // quick_check reads every b-tree page now, while a refusal still leaves the file as it was. It reads the
        // whole file (seconds for a large clinic), so it is left out for a file a clean close left unchanged.
        if (readEveryPage) {
            auto check = db.queryText("PRAGMA quick_check");
            if (!check || *check != QLatin1String("ok")) {
                return std::unexpected(damaged(path));
            }
        }
    }
    return db;
}

Status Database::configure()
{
    if (auto status = exec("PRAGMA temp_store = MEMORY"); !status) {
        return status;
    }
    // Temp tables in files would hold decrypted data in the clear.
    if (auto store = queryInt("PRAGMA temp_store"); !store || *store != 2) {
        return fail(ErrorCode::Failed, tr("Temporary storage could not be kept in memory; refusing to continue."));
    }
    auto mode = queryText("PRAGMA journal_mode = WAL");
    if (!mode) {
        return std::unexpected(mode.error());
    }
    if (*mode != QLatin1String("wal")) {
        return fail(ErrorCode::Failed, tr("The database could not be switched to write-ahead logging."));
    }
    // FULL: in WAL mode NORMAL may lose acknowledged commits at a power cut.
    if (auto status = exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; "
                           "PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON; PRAGMA busy_timeout = 5000; "
                           "PRAGMA cache_size = -16384;");
        !status) {
        return status;
    }
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    return {};
}

Status Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        return std::unexpected(sqliteError(m_db, rc));
    }
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    const QByteArray text(sql);
    if (m_statements) {
        if (sqlite3_stmt* kept = m_statements->take(text)) {
            return Statement(m_db, kept, m_statements, text);
        }
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, m_statements ? SQLITE_PREPARE_PERSISTENT : 0, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return std::unexpected(sqliteError(m_db, rc));
    }
    if (!m_statements) {
        return Statement(m_db, stmt);
    }
    return Statement(m_db, stmt, m_statements, text);
}

Result<std::int64_t> Database::queryInt(const char* sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->int64(0) : 0;
}

Result<QString> Database::queryText(const char* sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->text(0) : QString();
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Result<QStringList> Database::fullCheck()
{
    QStringList problems;
    if (auto status = exec("PRAGMA wal_checkpoint(TRUNCATE)"); !status) {
        return std::unexpected(status.error());
    }
    for (const char* sql : {"PRAGMA integrity_check", "PRAGMA cipher_integrity_check"}) {
        auto stmt = prepare(sql);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        while (true) {
            auto row = stmt->step();
            if (!row) {
                problems << row.error().message;
                break;
            }
            if (!*row) {
                break;
            }
            const QString line = stmt->text(0);
            if (line != QLatin1String("ok")) {
                problems << line;
            }
        }
    }
    return problems;
}

namespace {

int authorize(void* context, int action, const char* first, const char* second, const char*, const char*)
{
    const auto* rules = static_cast<const Database::AccessRules*>(context);
    const QString table = QString::fromUtf8(first ? first : "");
    if (action == SQLITE_READ) {
        const QString column = table + QLatin1Char('.') + QString::fromUtf8(second ? second : "");
        return rules->deniedReadColumns.contains(column) ? SQLITE_DENY : SQLITE_OK;
    }
    if (action == SQLITE_UPDATE || action == SQLITE_DELETE) {
        return rules->appendOnlyTables.contains(table) ? SQLITE_DENY : SQLITE_OK;
    }
    return SQLITE_OK;
}

} // namespace

int Database::keptStatements() const
{
    return m_statements ? m_statements->size() : 0;
}

void Database::setAccessRules(AccessRules rules)
{
    m_rules = std::make_unique<AccessRules>(std::move(rules));
    // Statements compiled under the old rules were authorized by them: compile again under the new ones.
    if (m_statements) {
        m_statements->clear();
    }
    installAuthorizer();
}

void Database::installAuthorizer()
{
    // The rules live on the heap so the pointer SQLite keeps stays valid when the Database moves.
    if (m_db && m_rules) {
        sqlite3_set_authorizer(m_db, authorize, m_rules.get());
    }
}

Status ensureSingleSqliteLibrary()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray all = maps.readAll();
    if (all.contains("/libsqlite3.so")) {
        return fail(ErrorCode::Failed,
                    QCoreApplication::translate("forlop::Storage", "A second SQLite library is loaded in this program; "
                                                                   "refusing to open the database."));
    }
    return {};
}

} // namespace forlop
