// Compiled statements are kept per connection and reused: nothing of one use (bindings, position) reaches the
// next, a change of access rules compiles again under the new rules, and statements outliving their
// connection's close or move are safe.
#include "security/SecretBytes.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace forlop;

class TestStatementCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(path());
        auto db = Database::create(path(), SecretBytes::random(Database::KeySize));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        QVERIFY(m_db.exec("CREATE TABLE t (a INTEGER, secret TEXT); INSERT INTO t VALUES (1, 'x'), (2, 'y');"));
    }

    void cleanup() { m_db.close(); }

    void aStatementIsReusedWithItsBindingsCleared()
    {
        const char* sql = "SELECT count(*) FROM t WHERE a = ?1 OR ?1 IS NULL";
        const int before = m_db.keptStatements(); // the settings' own statements at open
        {
            auto stmt = m_db.prepare(sql);
            QVERIFY(stmt);
            stmt->bind(1, 2);
            QVERIFY(stmt->step().value_or(false));
            QCOMPARE(stmt->integer(0), 1);
        }
        QCOMPARE(m_db.keptStatements(), before + 1);
        auto again = m_db.prepare(sql);
        QVERIFY(again);
        QCOMPARE(m_db.keptStatements(), before); // the same compiled statement, taken back out
        QVERIFY(again->step().value_or(false));
        QCOMPARE(again->integer(0), 2); // ?1 is NULL again, not the 2 of the last use
    }

    void aStatementLeftMidwayStartsFromTheTopNextTime()
    {
        const char* sql = "SELECT a FROM t ORDER BY a";
        {
            auto stmt = m_db.prepare(sql);
            QVERIFY(stmt && stmt->step().value_or(false));
            QCOMPARE(stmt->integer(0), 1); // one row read, the second left
        }
        auto again = m_db.prepare(sql);
        QVERIFY(again && again->step().value_or(false));
        QCOMPARE(again->integer(0), 1);
        // A kept statement holds no read transaction: a checkpoint is not kept from finishing.
        again = m_db.prepare("SELECT 1");
        QCOMPARE(m_db.queryInt("PRAGMA wal_checkpoint(TRUNCATE)").value_or(-1), 0);
    }

    void newAccessRulesCompileAgain()
    {
        const char* sql = "SELECT secret FROM t";
        const int before = m_db.keptStatements();
        QVERIFY(m_db.prepare(sql)); // compiled and kept while reading the column is allowed
        QCOMPARE(m_db.keptStatements(), before + 1);
        m_db.setAccessRules({{QStringLiteral("t.secret")}, {}});
        QCOMPARE(m_db.keptStatements(), 0);
        QVERIFY(!m_db.prepare(sql)); // the authorizer sees it again and refuses
    }

    void statementsOutliveCloseAndMove()
    {
        const int before = m_db.keptStatements();
        auto early = m_db.prepare("SELECT a FROM t");
        QVERIFY(early && early->step().value_or(false));
        Database moved = std::move(m_db);
        early = Result<Statement>(std::unexpected(Error{})); // made before the move, kept by the moved connection
        QCOMPARE(moved.keptStatements(), before + 1);
        auto open = moved.prepare("SELECT a FROM t");
        QVERIFY(open);
        moved.close(); // the statement still in use finalizes itself when it goes
        QCOMPARE(moved.keptStatements(), 0);
    }

private:
    QString path() const { return m_dir.filePath(QStringLiteral("cache.forlop")); }

    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statement_cache.moc"
