// Two real processes on one clinic database: each waits briefly for the other instead of failing with
// "database is locked", and no update is lost. The test executable re-runs itself as the second process
// (FORLOP_CONCURRENCY_CHILD names the role), as a second app window or forlop-admin would open the file.
#include "TestClinic.h"
#include "audit/AuditLog.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace forlop;
using namespace forlop::test;

namespace {

const FixedClock ChildClock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));

// A read-modify-write of one counter: the classic lost update if two writers interleave.
Status increment(Clinic& clinic)
{
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto value = clinic.db().queryInt("SELECT value FROM counter WHERE id = 1");
    if (!value) {
        return std::unexpected(value.error());
    }
    auto update = clinic.db().prepare("UPDATE counter SET value = ?1 WHERE id = 1");
    if (!update) {
        return std::unexpected(update.error());
    }
    update->bind(1, *value + 1);
    if (auto status = update->run(); !status) {
        return status;
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("test.increment"),
                                              std::nullopt,
                                              QStringLiteral("counter"),
                                              *value + 1,
                                              QLatin1String(AuditBasis::System),
                                              {},
                                              QStringLiteral("ok")});
        !status) {
        return status;
    }
    return transaction->commit();
}

// The child: signs in and works in a loop. Any error is printed and fails the process.
int runChild(const QString& role)
{
    const QString path = qEnvironmentVariable("FORLOP_CHILD_DB");
    const int rounds = qEnvironmentVariableIntValue("FORLOP_CHILD_ROUNDS");
    auto clinic = Clinic::open(path, QStringLiteral("admin"), TestClinic::Password, ChildClock);
    if (!clinic) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(clinic.error().message));
        return 1;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (int i = 0; i < rounds; ++i) {
        Status status;
        if (role == QLatin1String("writer")) {
            status = increment(**clinic);
        } else {
            // An audited read outside any transaction, as opening a patient's page writes.
            status = (*clinic)->audit(AuditEvent{QStringLiteral("test.read"),
                                                 std::nullopt,
                                                 QStringLiteral("counter"),
                                                 i,
                                                 QLatin1String(AuditBasis::System),
                                                 {},
                                                 QStringLiteral("ok")});
        }
        if (!status) {
            std::fprintf(stderr, "round %d: %s\n", i, qPrintable(status.error().message));
            return 1;
        }
    }
    return 0;
}

struct Child
{
    std::unique_ptr<QProcess> process;
};

std::unique_ptr<QProcess> startChild(const QString& role, const QString& path, int rounds)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FORLOP_CONCURRENCY_CHILD"), role);
    environment.insert(QStringLiteral("FORLOP_CHILD_DB"), path);
    environment.insert(QStringLiteral("FORLOP_CHILD_ROUNDS"), QString::number(rounds));
    process->setProcessEnvironment(environment);
    process->start(QCoreApplication::applicationFilePath(), {});
    return process;
}

bool waitReady(QProcess& process)
{
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(30000)) {
            return false;
        }
    }
    return process.readLine().trimmed() == "ready";
}

bool finishedCleanly(QProcess& process, QByteArray& errors)
{
    const bool finished = process.waitForFinished(90000);
    errors = process.readAllStandardError();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

std::int64_t countAudit(Database& db, const char* action)
{
    auto stmt = db.prepare("SELECT count(*) FROM audit_log WHERE action = ?1");
    stmt->bind(1, QString::fromLatin1(action));
    (void)stmt->step();
    return stmt->int64(0);
}

void prepareCounter(TestClinic& clinic)
{
    auto admin = clinic.open(QStringLiteral("admin"));
    QVERIFY(admin);
    QVERIFY(admin->db().exec("CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL);"
                             "INSERT INTO counter VALUES (1, 0);"));
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoWritersLoseNoUpdate()
    {
        TestClinic clinic;
        prepareCounter(clinic);
        constexpr int Rounds = 150;
        auto first = startChild(QStringLiteral("writer"), clinic.path(), Rounds);
        auto second = startChild(QStringLiteral("writer"), clinic.path(), Rounds);
        QByteArray errors;
        QVERIFY2(finishedCleanly(*first, errors), errors.constData());
        QVERIFY2(finishedCleanly(*second, errors), errors.constData());

        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        QCOMPARE(*admin->db().queryInt("SELECT value FROM counter WHERE id = 1"), 2 * Rounds);
        QCOMPARE(countAudit(admin->db(), "test.increment"), 2 * Rounds);
        auto chain = AuditLog::verify(admin->db(), 0, {});
        QVERIFY(chain);
        QVERIFY2(chain->intact, qPrintable(chain->problem));
    }

    void auditedReadsFromTwoProcesses()
    {
        TestClinic clinic;
        prepareCounter(clinic);
        constexpr int Rounds = 200;
        auto first = startChild(QStringLiteral("reader"), clinic.path(), Rounds);
        auto second = startChild(QStringLiteral("reader"), clinic.path(), Rounds);
        QByteArray errors;
        QVERIFY2(finishedCleanly(*first, errors), errors.constData());
        QVERIFY2(finishedCleanly(*second, errors), errors.constData());
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        QCOMPARE(countAudit(admin->db(), "test.read"), 2 * Rounds);
        auto chain = AuditLog::verify(admin->db(), 0, {});
        QVERIFY(chain && chain->intact);
    }

    // forlop-admin backup (here: this process) while the app (the child) keeps writing.
    void backupWhileAnotherProcessWrites()
    {
        TestClinic clinic;
        prepareCounter(clinic);
        QTemporaryDir destination;
        auto writer = startChild(QStringLiteral("writer"), clinic.path(), 300);
        QVERIFY(waitReady(*writer));
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        QList<BackupLocation> backups;
        for (int i = 0; i < 3 && writer->state() == QProcess::Running; ++i) {
            auto backup = BackupWriter::write(*admin, destination.path());
            QVERIFY2(backup, backup ? "" : qPrintable(backup.error().message));
            backups << *backup;
        }
        QByteArray errors;
        QVERIFY2(finishedCleanly(*writer, errors), errors.constData());
        QVERIFY(!backups.isEmpty());

        // Each backup is one consistent moment: its counter equals its number of increment rows.
        for (const BackupLocation& backup : std::as_const(backups)) {
            QVERIFY(BackupVerifier::checkFiles(backup));
            auto copy = Database::open(backup.databasePath(), admin->databaseKey());
            QVERIFY(copy);
            QCOMPARE(*copy->queryInt("SELECT value FROM counter WHERE id = 1"), countAudit(*copy, "test.increment"));
        }
        QCOMPARE(*admin->db().queryInt("SELECT value FROM counter WHERE id = 1"), 300);
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString role = qEnvironmentVariable("FORLOP_CONCURRENCY_CHILD");
    if (!role.isEmpty()) {
        return runChild(role);
    }
    TestConcurrency test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrency.moc"
