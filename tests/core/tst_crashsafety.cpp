// Crash safety: a child process (this executable, run with --child) commits transactions in a loop and
// acknowledges each one after its commit returns; the parent kills it with SIGKILL at a random moment and
// checks that the reopened database is healthy and holds every acknowledged transaction, whole.
//
// FORLOP_CRASH_KILLS sets the number of kills (default 25) so a stress run can ask for more.
#include "security/SecretBytes.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sodium.h>

#include <csignal>
#include <cstdio>
#include <optional>

using namespace forlop;

namespace {

// The key travels through the environment, never argv (argv is world-readable in /proc).
constexpr auto KeyVariable = "FORLOP_CRASH_KEY";
constexpr auto KillsVariable = "FORLOP_CRASH_KILLS";
constexpr int DefaultKills = 25;
constexpr const char* TableNames[] = {"t1", "t2", "t3"};

std::optional<SecretBytes> keyFromHex(const QByteArray& hex)
{
    SecretBytes key(Database::KeySize);
    std::size_t length = 0;
    if (sodium_hex2bin(key.data(), key.size(), hex.constData(), static_cast<std::size_t>(hex.size()), nullptr, &length,
                       nullptr) != 0 ||
        length != Database::KeySize) {
        return std::nullopt;
    }
    return key;
}

QByteArray keyToHex(const SecretBytes& key)
{
    QByteArray hex(static_cast<qsizetype>(2 * key.size() + 1), '\0');
    sodium_bin2hex(hex.data(), static_cast<std::size_t>(hex.size()), key.data(), key.size());
    hex.chop(1);
    return hex;
}

// The child: one transaction per sequence number, the same number in all three tables, then the ack.
int runChild(const char* path)
{
    QByteArray hex = qgetenv(KeyVariable);
    qunsetenv(KeyVariable);
    const auto key = keyFromHex(hex);
    wipe(hex);
    if (!key) {
        std::fprintf(stderr, "child: no usable key in %s\n", KeyVariable);
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(path), *key);
    if (!db) {
        std::fprintf(stderr, "child: open failed: %s\n", qPrintable(db.error().message));
        return 3;
    }
    // Checkpoint often, so some kills land in the middle of a checkpoint as well as a commit.
    (void)db->exec("PRAGMA wal_autocheckpoint = 40");
    auto last = db->queryInt("SELECT coalesce(max(seq), 0) FROM t1");
    if (!last) {
        std::fprintf(stderr, "child: read failed: %s\n", qPrintable(last.error().message));
        return 4;
    }
    std::vector<Statement> inserts;
    for (const char* table : TableNames) {
        const QByteArray sql = QByteArray("INSERT INTO ") + table + " (seq, payload) VALUES (?1, randomblob(?2))";
        auto stmt = db->prepare(sql.constData());
        if (!stmt) {
            std::fprintf(stderr, "child: prepare failed: %s\n", qPrintable(stmt.error().message));
            return 5;
        }
        inserts.push_back(std::move(*stmt));
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (std::int64_t seq = *last + 1;; ++seq) {
        auto transaction = Transaction::begin(*db);
        if (!transaction) {
            std::fprintf(stderr, "child: begin failed: %s\n", qPrintable(transaction.error().message));
            return 6;
        }
        for (Statement& insert : inserts) {
            insert.reset();
            // Mostly small rows, now and then one larger than a page so overflow pages appear too; small on
            // average, because every reopen checks the whole file and a stress run makes thousands of rows.
            QRandomGenerator* random = QRandomGenerator::global();
            const int size = random->bounded(8) == 0 ? 4500 + random->bounded(2000) : 16 + random->bounded(800);
            insert.bindAll(seq, static_cast<std::int64_t>(size));
            if (auto status = insert.run(); !status) {
                std::fprintf(stderr, "child: insert failed: %s\n", qPrintable(status.error().message));
                return 7;
            }
        }
        if (auto status = transaction->commit(); !status) {
            std::fprintf(stderr, "child: commit failed: %s\n", qPrintable(status.error().message));
            return 8;
        }
        // Acknowledged only once the commit has returned.
        std::printf("%lld\n", static_cast<long long>(seq));
        std::fflush(stdout);
    }
}

int configuredKills()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue(KillsVariable, &ok);
    return ok && kills > 0 ? kills : DefaultKills;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNoAcknowledgedCommit();
};

void TestCrashSafety::killedWriterLosesNoAcknowledgedCommit()
{
    const int kills = configuredKills();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.forlop"));
    const SecretBytes key = SecretBytes::random(Database::KeySize);
    {
        auto db = Database::create(path, key);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        for (const char* table : TableNames) {
            const QByteArray sql = QByteArray("CREATE TABLE ") + table + " (seq INTEGER PRIMARY KEY, payload BLOB NOT NULL)";
            QVERIFY(db->exec(sql.constData()));
        }
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(KeyVariable), QString::fromLatin1(keyToHex(key)));

    std::int64_t acked = 0;      // the highest sequence number any child acknowledged, over all children
    std::int64_t databaseMax = 0; // what the database held after the previous kill
    int killsAfterAcks = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int round = 0; round < kills; ++round) {
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), path});
        QVERIFY(child.waitForStarted(10000));
        // Most kills are timed from the moment the child starts writing; every fifth from its start, so some
        // land while it opens the database and recovers the previous child's WAL.
        const bool fromStart = round % 5 == 4;
        QByteArray output;
        if (!fromStart) {
            QElapsedTimer waiting;
            waiting.start();
            while (!output.contains("ready\n") && waiting.elapsed() < 20000 && child.state() == QProcess::Running) {
                child.waitForReadyRead(50);
                output += child.readAllStandardOutput();
            }
            QVERIFY2(output.contains("ready\n"), child.readAllStandardError().constData());
        }
        QThread::msleep(QRandomGenerator::global()->bounded(2, 61));
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the child ended by itself: ") +
                            QString::fromLocal8Bit(child.readAllStandardError())));
        QCOMPARE(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();

        // Complete lines only; a line cut short by the kill counts as not acknowledged.
        std::int64_t childFirst = 0;
        std::int64_t childLast = 0;
        const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
        for (const QByteArray& line : lines) {
            if (line.isEmpty() || line == "ready") {
                continue;
            }
            bool ok = false;
            const std::int64_t seq = line.toLongLong(&ok);
            QVERIFY2(ok, line.constData());
            if (childFirst == 0) {
                childFirst = seq;
                // The child continues from what the database held: nothing was lost before it started.
                QCOMPARE(childFirst, databaseMax + 1);
            } else {
                QCOMPARE(seq, childLast + 1);
            }
            childLast = seq;
        }
        if (childLast > 0) {
            ++killsAfterAcks;
            acked = std::max(acked, childLast);
        }

        auto db = Database::open(path, key);
        QVERIFY2(db, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(db ? QString() : db.error().message)));
        auto problems = db->fullCheck();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1String("; "))));
        std::int64_t max = -1;
        for (const char* table : TableNames) {
            const QByteArray sql = QByteArray("SELECT coalesce(max(seq), 0) - count(*), coalesce(max(seq), 0), "
                                              "coalesce(min(seq), 1) FROM ") +
                                   table;
            auto stmt = db->prepare(sql.constData());
            QVERIFY(stmt);
            auto row = stmt->step();
            QVERIFY(row && *row);
            QCOMPARE(stmt->int64(0), 0); // no gaps: 1 … max, each once
            QCOMPARE(stmt->int64(2), 1);
            if (max < 0) {
                max = stmt->int64(1);
            }
            QCOMPARE(stmt->int64(1), max); // every transaction whole: the same numbers in all three tables
        }
        QVERIFY2(max >= acked, qPrintable(QStringLiteral("round %1: acknowledged %2, database holds %3")
                                              .arg(round)
                                              .arg(acked)
                                              .arg(max)));
        // At most the one transaction that committed but was killed before its ack, past what was known.
        QVERIFY2(max <= std::max(acked, databaseMax) + 1,
                 qPrintable(QStringLiteral("round %1: %2 rows, but only %3 acknowledged")
                                .arg(round)
                                .arg(max)
                                .arg(std::max(acked, databaseMax))));
        databaseMax = max;
    }
    qInfo("%d kills (%d after acknowledged commits); %lld transactions acknowledged, %lld in the database; %lld ms",
          kills, killsAfterAcks, static_cast<long long>(acked), static_cast<long long>(databaseMax),
          static_cast<long long>(elapsed.elapsed()));
    QVERIFY2(acked > 0, "no child acknowledged anything; the harness tested nothing");
    QVERIFY2(killsAfterAcks >= kills / 4, "too few kills landed among commits");
}

int main(int argc, char* argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0) {
        return runChild(argv[2]);
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
