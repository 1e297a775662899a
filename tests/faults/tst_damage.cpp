// Damaged files: a truncated or bit-flipped database, write-ahead log or key file, and a backup whose manifest
// was forged. Each gives a clear message that names the damaged file and says to restore from backup; none
// crashes, and none opens as an empty clinic or silently as a clinic that lost saved changes.
#include "TestClinic.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupRestore.h"
#include "backup/BackupWriter.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace forlop;
using namespace forlop::test;

namespace {

const FixedClock Clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Applies "truncate:N" (N < 0 counts from the end), "flip:N" (one bit of byte N, N < 0 from the end),
// "empty", "delete" or "text:…" (replace the whole file).
void damage(const QString& path, const QString& how)
{
    const QByteArray bytes = readAll(path);
    const QString kind = how.section(QLatin1Char(':'), 0, 0);
    const QString argument = how.section(QLatin1Char(':'), 1);
    qint64 at = argument.toLongLong();
    if (at < 0) {
        at += bytes.size();
    }
    if (kind == QLatin1String("truncate")) {
        QVERIFY(QFile::resize(path, at));
    } else if (kind == QLatin1String("flip")) {
        QByteArray flipped = bytes;
        QVERIFY(at >= 0 && at < flipped.size());
        flipped[at] = static_cast<char>(flipped[at] ^ 0x04);
        writeBytes(path, flipped);
    } else if (kind == QLatin1String("empty")) {
        writeBytes(path, {});
    } else if (kind == QLatin1String("delete")) {
        QVERIFY(QFile::remove(path));
    } else if (kind == QLatin1String("text")) {
        writeBytes(path, argument.toUtf8());
    } else {
        QFAIL("unknown damage");
    }
}

// The child signs in (which commits its sign-in to the WAL and records the audit head in the key file) and
// waits to be killed: the files it leaves are what a crash or power cut leaves.
int runChild()
{
    auto clinic =
        Clinic::open(qEnvironmentVariable("FORLOP_DAMAGE_DB"), QStringLiteral("admin"), TestClinic::Password, Clock);
    std::fputs(clinic ? "ready\n" : "failed\n", stdout);
    std::fflush(stdout);
    while (true) {
        QThread::sleep(1);
    }
}

void leaveCrashImage(const QString& path)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FORLOP_DAMAGE_DB"), path);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted(10000));
    while (!child.canReadLine()) {
        QVERIFY(child.waitForReadyRead(30000));
    }
    QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10000));
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
}

void verifyNamed(const Error& error, const QString& file)
{
    QVERIFY2(error.message.contains(file), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("backup")), qPrintable(error.message));
}

} // namespace

class TestDamage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedDatabase_data()
    {
        QTest::addColumn<QString>("how");
        for (const char* how :
             {"empty", "truncate:100", "truncate:4095", "truncate:4096", "truncate:-4096", "truncate:-1", "flip:0",
              "flip:17", "flip:100", "flip:4200", "flip:9000", "flip:-20", "flip:-3000", "text:SQLite format 3"}) {
            QTest::newRow(how) << QString::fromLatin1(how);
        }
        // A file of the right size whose first page is a plain SQLite header.
        QTest::newRow("plain header") << QStringLiteral("plain");
    }

    void damagedDatabase()
    {
        QFETCH(QString, how);
        TestClinic clinic;
        {
            auto admin = clinic.open(QStringLiteral("admin"));
            QVERIFY(admin);
            // Enough rows for several pages, so flips land in pages the sign-in does and does not read.
            auto transaction = Transaction::begin(admin->db());
            QVERIFY(transaction);
            for (int i = 0; i < 200; ++i) {
                QVERIFY(admin->audit(AuditEvent{QStringLiteral("test.fill"),
                                                std::nullopt,
                                                QStringLiteral("test"),
                                                i,
                                                QLatin1String(AuditBasis::System),
                                                {},
                                                QStringLiteral("ok")}));
            }
            QVERIFY(transaction->commit());
        }
        if (how == QLatin1String("plain")) {
            QByteArray bytes = readAll(clinic.path());
            bytes.replace(0, 16, QByteArray("SQLite format 3\0", 16));
            writeBytes(clinic.path(), bytes);
        } else {
            damage(clinic.path(), how);
        }
        const QByteArray damaged = readAll(clinic.path());
        auto opened = Clinic::open(clinic.path(), QStringLiteral("admin"), TestClinic::Password, clinic.clock());
        if (!opened) {
            QCOMPARE(opened.error().code, ErrorCode::Damaged);
            verifyNamed(opened.error(), QStringLiteral("clinic.forlop"));
            QCOMPARE(readAll(clinic.path()), damaged); // refused without writing
            return;
        }
        // A flip in a page the sign-in does not read: the full check must find it, never a silent clinic.
        auto problems = (*opened)->db().fullCheck();
        QVERIFY2(!problems || !problems->isEmpty(), "a damaged database passed every check");
    }

    void damagedWriteAheadLog_data()
    {
        QTest::addColumn<QString>("how");
        for (const char* how : {"empty", "truncate:32", "truncate:1000", "truncate:-1", "truncate:-4000", "flip:3",
                                "flip:20", "flip:40", "flip:5000", "flip:-50", "delete"}) {
            QTest::newRow(how) << QString::fromLatin1(how);
        }
    }

    // SQLite reads a WAL up to its first bad frame and ignores the rest, exactly as after a crash before those
    // commits. The audit head recorded in the key file at sign-in is what tells the two apart.
    void damagedWriteAheadLog()
    {
        QFETCH(QString, how);
        TestClinic clinic;
        leaveCrashImage(clinic.path());
        damage(clinic.path() + QStringLiteral("-wal"), how);
        QFile::remove(clinic.path() + QStringLiteral("-shm")); // a reboot loses it

        auto opened = Clinic::open(clinic.path(), QStringLiteral("admin"), TestClinic::Password, clinic.clock());
        if (!opened) {
            QCOMPARE(opened.error().code, ErrorCode::Damaged);
            verifyNamed(opened.error(), QStringLiteral("clinic.forlop"));
            return;
        }
        const QString warning = (*opened)->damageWarning();
        QVERIFY2(!warning.isEmpty(), "the clinic opened silently without the changes the WAL held");
        QVERIFY(warning.contains(QStringLiteral("clinic.forlop-wal")));
        QVERIFY(warning.contains(QStringLiteral("clinic.forlop.keyring")));
        QVERIFY(warning.contains(QStringLiteral("backup")));

        // The warning does not go away by signing in again, and such a clinic is not backed up.
        QTemporaryDir destination;
        auto backup = BackupWriter::write(**opened, destination.path());
        QVERIFY(!backup);
        QCOMPARE(backup.error().code, ErrorCode::Damaged);
        QVERIFY(BackupCatalog::list(destination.path()).isEmpty());
        (*opened)->lock();
        auto again = Clinic::open(clinic.path(), QStringLiteral("leder"), TestClinic::Password, clinic.clock());
        QVERIFY(again);
        QVERIFY(!(*again)->damageWarning().isEmpty());
    }

    void intactWriteAheadLogOpensQuietly()
    {
        TestClinic clinic;
        leaveCrashImage(clinic.path());
        QFile::remove(clinic.path() + QStringLiteral("-shm"));
        auto opened = Clinic::open(clinic.path(), QStringLiteral("admin"), TestClinic::Password, clinic.clock());
        QVERIFY(opened);
        QVERIFY2((*opened)->damageWarning().isEmpty(), qPrintable((*opened)->damageWarning()));
        auto problems = (*opened)->db().fullCheck();
        QVERIFY(problems && problems->isEmpty());
    }

    // An older copy of the database put back beside a newer key file (a rollback) is told apart as well.
    void olderDatabaseBesideNewerKeyFile()
    {
        TestClinic clinic;
        QTemporaryDir old;
        const QString copy = old.filePath(QStringLiteral("old.forlop"));
        QVERIFY(QFile::copy(clinic.path(), copy));
        {
            auto admin = clinic.open(QStringLiteral("admin"));
            QVERIFY(admin);
        }
        QVERIFY(QFile::remove(clinic.path()));
        QVERIFY(QFile::copy(copy, clinic.path()));
        auto opened = Clinic::open(clinic.path(), QStringLiteral("admin"), TestClinic::Password, clinic.clock());
        QVERIFY(opened);
        QVERIFY(!(*opened)->damageWarning().isEmpty());
    }

    void damagedKeyFile_data()
    {
        QTest::addColumn<QString>("how");
        for (const char* how :
             {"empty", "delete", "truncate:200", "truncate:-2", "flip:300", "flip:-40", "text:{}", "text:not json"}) {
            QTest::newRow(how) << QString::fromLatin1(how);
        }
    }

    void damagedKeyFile()
    {
        QFETCH(QString, how);
        TestClinic clinic;
        const QString keyring = Keyring::pathFor(clinic.path());
        damage(keyring, how);
        const QByteArray database = readAll(clinic.path());
        auto opened = Clinic::open(clinic.path(), QStringLiteral("admin"), TestClinic::Password, clinic.clock());
        QVERIFY(!opened);
        // A flip inside a base64 key may still parse; then the key no longer opens and says so.
        QVERIFY2(opened.error().code == ErrorCode::Damaged || opened.error().code == ErrorCode::AuthenticationFailed,
                 qPrintable(opened.error().message));
        if (opened.error().code == ErrorCode::Damaged) {
            verifyNamed(opened.error(), QStringLiteral("clinic.forlop.keyring"));
        }
        QCOMPARE(readAll(clinic.path()), database);
    }

    // A manifest rewritten with a valid checksum but a different content is caught by the restore's own checks.
    void forgedManifest()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        {
            auto admin = clinic.open(QStringLiteral("admin"));
            QVERIFY(admin);
            QVERIFY(BackupWriter::write(*admin, destination.path()));
        }
        const auto backup = BackupCatalog::list(destination.path()).first().backup;
        QVERIFY(backup);
        BackupManifest forged = backup->manifest;
        forged.content.rowCounts[QStringLiteral("user")] = 3;
        writeBytes(backup->manifestPath(), forged.toJson());
        QTemporaryDir target;
        RestoreRequest request{backup->folder, target.filePath(QStringLiteral("r.forlop")), QStringLiteral("admin"),
                               TestClinic::Password};
        auto restored = BackupRestore::restore(request, clinic.clock());
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::Damaged);
        verifyNamed(restored.error(), QStringLiteral("clinic.forlop"));
        QVERIFY(QDir(target.path()).isEmpty());
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("FORLOP_DAMAGE_DB")) {
        return runChild();
    }
    TestDamage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_damage.moc"
