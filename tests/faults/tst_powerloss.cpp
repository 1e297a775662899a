// Simulated power loss (SECURITY-NOTES §4.6 T2). Transactions are committed in a loop through the fault VFS,
// which records every unsynced write; at a random write, truncate or sync the power goes, and the unsynced
// changes are rolled back (all of them, or a random subset as a reordering disk cache might leave them).
// With Forløp's settings (WAL, synchronous = FULL) no acknowledged commit may be lost and the file must stay
// healthy. The same harness with synchronous = NORMAL must detect lost commits: the negative control that
// proves the harness can see a loss at all.
#include "FaultVfs.h"
#include "audit/AuditLog.h"
#include "security/SecretBytes.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace forlop;
using namespace forlop::test;

namespace {

const FixedClock TestClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));

struct Outcome
{
    bool corrupt = false;
    bool lostAcknowledged = false;
    bool torn = false; // a transaction present in part
    QString detail;
};

// One transaction touches three tables: a numbered row with a payload, a mirror row, and an audit row.
Status commitOne(Database& db, std::int64_t seq, std::mt19937& random)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto insert = db.prepare("INSERT INTO ledger (seq, payload) VALUES (?1, randomblob(?2))");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    insert->bindAll(seq, static_cast<std::int64_t>(std::uniform_int_distribution<int>(50, 2500)(random)));
    if (auto status = insert->run(); !status) {
        return status;
    }
    auto mirror = db.prepare("INSERT INTO ledger_mirror (seq) VALUES (?1)");
    if (!mirror) {
        return std::unexpected(mirror.error());
    }
    mirror->bind(1, seq);
    if (auto status = mirror->run(); !status) {
        return status;
    }
    AuditEvent event{QStringLiteral("test.commit"),     std::nullopt, QStringLiteral("ledger"), seq,
                     QLatin1String(AuditBasis::System), {},           QStringLiteral("ok")};
    if (auto row =
            AuditLog::append(db, TestClock, {1, QStringLiteral("admin"), QStringLiteral("administrator")}, event);
        !row) {
        return std::unexpected(row.error());
    }
    return transaction->commit();
}

} // namespace

class TestPowerLoss : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;
    SecretBytes m_key;
    std::int64_t m_baseAudit = 0;

    // Commits from where the previous run stopped until the power goes; then checks what survived.
    Outcome runOnce(const QString& path, bool full, FaultVfs::Loss loss, std::mt19937& random, std::int64_t& acked)
    {
        Outcome outcome;
        FaultVfs::reset();
        Database::setVfsForTests(FaultVfs::Name);
        {
            auto db = Database::open(path, m_key);
            if (!db) {
                outcome.corrupt = true;
                outcome.detail = db.error().message;
                Database::setVfsForTests({});
                return outcome;
            }
            // Frequent checkpoints, so cuts also land in the middle of one (the one place WAL is fragile).
            (void)db->exec(full ? "PRAGMA wal_autocheckpoint = 8"
                                : "PRAGMA wal_autocheckpoint = 8; "
                                  "PRAGMA synchronous = NORMAL");
            FaultVfs::startRecording();
            FaultVfs::cutAfter(std::uniform_int_distribution<int>(1, 200)(random));
            for (std::int64_t seq = acked + 1; !FaultVfs::powerIsCut(); ++seq) {
                const Status status = commitOne(*db, seq, random);
                // A commit counts only when it returned OK before the power went.
                if (status && !FaultVfs::powerIsCut()) {
                    acked = seq;
                }
                if (!status) {
                    break;
                }
            }
            FaultVfs::cutPower();
        } // closing writes nothing any more: the power is off
        FaultVfs::dropUnsynced(loss, random);
        FaultVfs::reset();
        // Checked through the same VFS with syncs skipped: a pass-through, just faster than real fsyncs.
        FaultVfs::skipSyncs(true);
        auto db = Database::open(path, m_key);
        if (!db) {
            outcome.corrupt = true;
            outcome.detail = db.error().message;
            return outcome;
        }
        auto problems = db->fullCheck();
        if (!problems || !problems->isEmpty()) {
            outcome.corrupt = true;
            outcome.detail = problems ? problems->join(QLatin1Char(';')) : problems.error().message;
            return outcome;
        }
        const std::int64_t rows = *db->queryInt("SELECT count(*) FROM ledger");
        const std::int64_t maxSeq = *db->queryInt("SELECT coalesce(max(seq), 0) FROM ledger");
        const std::int64_t mirrors = *db->queryInt("SELECT count(*) FROM ledger_mirror");
        const std::int64_t audits = AuditLog::head(*db)->seq - m_baseAudit;
        if (rows != maxSeq || mirrors != rows || audits != rows) {
            outcome.torn = true;
            outcome.detail =
                QStringLiteral("rows %1, max %2, mirrors %3, audit %4").arg(rows).arg(maxSeq).arg(mirrors).arg(audits);
        }
        auto chain = AuditLog::verify(*db, 0, {});
        if (!chain || !chain->intact) {
            outcome.corrupt = true;
            outcome.detail = chain ? chain->problem : chain.error().message;
        }
        if (maxSeq < acked) {
            outcome.lostAcknowledged = true;
            outcome.detail = QStringLiteral("acknowledged %1, found %2").arg(acked).arg(maxSeq);
        }
        // The next run continues from what is really there (an unacknowledged commit may have survived).
        acked = maxSeq;
        return outcome;
    }

    struct Tally
    {
        int runs = 0;
        int corrupt = 0;
        int lost = 0;
        int torn = 0;
        QString firstProblem;
    };

    Tally run(bool full, FaultVfs::Loss loss, int runs, unsigned seed)
    {
        std::mt19937 random(seed);
        const QString path = m_dir.filePath(QStringLiteral("run-%1.forlop").arg(seed));
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile::remove(path + QLatin1String(suffix));
        }
        QFile::copy(m_base, path);
        Tally tally;
        std::int64_t acked = 0;
        for (int i = 0; i < runs; ++i) {
            const Outcome outcome = runOnce(path, full, loss, random, acked);
            ++tally.runs;
            tally.corrupt += outcome.corrupt ? 1 : 0;
            tally.lost += outcome.lostAcknowledged ? 1 : 0;
            tally.torn += outcome.torn ? 1 : 0;
            if (tally.firstProblem.isEmpty() && !outcome.detail.isEmpty()) {
                tally.firstProblem = QStringLiteral("run %1: %2").arg(i).arg(outcome.detail);
            }
            if (outcome.corrupt) {
                break; // later runs would only measure the damage again
            }
        }
        qInfo("%s, %s: %d runs, %d corrupt, %d lost acknowledged commits, %d torn", full ? "FULL" : "NORMAL",
              loss == FaultVfs::Loss::AllUnsynced ? "all unsynced writes lost" : "random subset lost", tally.runs,
              tally.corrupt, tally.lost, tally.torn);
        return tally;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FaultVfs::install();
        m_base = m_dir.filePath(QStringLiteral("base.forlop"));
        m_key = SecretBytes::random(Database::KeySize);
        auto db = Database::create(m_base, m_key);
        QVERIFY(db);
        QVERIFY(Schema::migrate(*db));
        QVERIFY(db->exec("CREATE TABLE ledger (seq INTEGER PRIMARY KEY, payload BLOB NOT NULL);"
                         "CREATE TABLE ledger_mirror (seq INTEGER PRIMARY KEY);"));
        QVERIFY(db->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        m_baseAudit = AuditLog::head(*db)->seq;
    }

    void cleanup()
    {
        FaultVfs::reset();
        Database::setVfsForTests({});
    }

    void fullSurvivesLosingAllUnsyncedWrites()
    {
        const Tally tally = run(true, FaultVfs::Loss::AllUnsynced, 70, 1);
        QVERIFY2(tally.corrupt == 0 && tally.lost == 0 && tally.torn == 0, qPrintable(tally.firstProblem));
    }

    void fullSurvivesReorderedWrites()
    {
        const Tally tally = run(true, FaultVfs::Loss::RandomSubset, 70, 2);
        QVERIFY2(tally.corrupt == 0 && tally.lost == 0 && tally.torn == 0, qPrintable(tally.firstProblem));
    }

    // The negative control: if this passes without a loss, the harness cannot see one and proves nothing.
    void normalLosesAcknowledgedCommits()
    {
        const Tally all = run(false, FaultVfs::Loss::AllUnsynced, 40, 3);
        QVERIFY2(all.lost > 0, "the harness saw no lost commit with synchronous = NORMAL");
        QCOMPARE(all.torn, 0);
        const Tally subset = run(false, FaultVfs::Loss::RandomSubset, 40, 4);
        QVERIFY2(subset.lost > 0, "the harness saw no lost commit with synchronous = NORMAL");
    }
};

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
