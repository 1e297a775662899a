// forlop-admin backup and restore, run as the real executable: forms, exit codes, and what is on disk after.
#include "TestClinic.h"
#include "TestStaff.h"
#include "backup/BackupCatalog.h"
#include "clinic/Clinic.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome admin(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(FORLOP_ADMIN_PATH), arguments);
    if (!process.waitForStarted(10000)) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList backupFolders(const QString& destination)
{
    QStringList folders;
    for (const auto& entry : BackupCatalog::list(destination)) {
        folders << entry.folder;
    }
    return folders;
}

} // namespace

class TestBackupCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The checks read English output; under the tests' C locale forlop-admin would choose bokmål.
        qputenv("LANGUAGE", "en");
    }

    void backupThenRestoreWithPassword()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        const Outcome backup = admin({QStringLiteral("backup"), clinic.path(), QStringLiteral("--user"),
                                      QStringLiteral("admin"), QStringLiteral("--password-stdin"), destination.path()},
                                     "test\n");
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QVERIFY(backup.err.isEmpty());
        const QStringList folders = backupFolders(destination.path());
        QCOMPARE(folders.size(), 1);
        QVERIFY(backup.out.contains(QFileInfo(folders.first()).fileName()));

        QTemporaryDir target;
        const QString restored = target.filePath(QStringLiteral("restored.forlop"));
        const Outcome restore = admin({QStringLiteral("restore"), folders.first(), restored, QStringLiteral("--user"),
                                       QStringLiteral("leder"), QStringLiteral("--password-stdin")},
                                      "test\n");
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        // The same report as `check`, ending healthy.
        QVERIFY(restore.out.contains(QStringLiteral("Audit anchor")));
        QVERIFY(restore.out.contains(QStringLiteral("healthy")));
        auto opened = Clinic::open(restored, QStringLiteral("admin"), "test", clinic.clock());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));

        // The database file inside the backup folder is accepted as well.
        const QString again = target.filePath(QStringLiteral("again.forlop"));
        const Outcome byFile =
            admin({QStringLiteral("restore"), QDir(folders.first()).filePath(QStringLiteral("clinic.forlop")), again,
                   QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                  "test\n");
        QVERIFY2(byFile.exitCode == 0, qPrintable(byFile.err));
    }

    void restoreWithRecoveryKey()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        QCOMPARE(admin({QStringLiteral("backup"), clinic.path(), QStringLiteral("--user"), QStringLiteral("leder"),
                        QStringLiteral("--password-stdin"), destination.path()},
                       "test\n")
                     .exitCode,
                 0);
        QTemporaryDir target;
        const Outcome restore =
            admin({QStringLiteral("restore"), backupFolders(destination.path()).first(),
                   target.filePath(QStringLiteral("r.forlop")), QStringLiteral("--recovery-key-stdin")},
                  clinic.recoveryKey().toUtf8() + '\n');
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString b = QStringLiteral("BACKUP");
        const QString n = QStringLiteral("NEW");
        QTest::addRow("backup without folder")
            << QStringList{QStringLiteral("backup"), QStringLiteral("db"), QStringLiteral("--user"),
                           QStringLiteral("admin"), QStringLiteral("--password-stdin")};
        QTest::addRow("negative keep") << QStringList{QStringLiteral("backup"),           QStringLiteral("db"),
                                                      QStringLiteral("--user"),           QStringLiteral("admin"),
                                                      QStringLiteral("--password-stdin"), QStringLiteral("dest"),
                                                      QStringLiteral("--keep-daily"),     QStringLiteral("-1")};
        QTest::addRow("restore without credentials") << QStringList{QStringLiteral("restore"), b, n};
        QTest::addRow("restore with both") << QStringList{QStringLiteral("restore"),
                                                          b,
                                                          n,
                                                          QStringLiteral("--user"),
                                                          QStringLiteral("admin"),
                                                          QStringLiteral("--password-stdin"),
                                                          QStringLiteral("--recovery-key-stdin")};
        QTest::addRow("restore password without user")
            << QStringList{QStringLiteral("restore"), b, n, QStringLiteral("--password-stdin")};
        QTest::addRow("restore recovery with user") << QStringList{QStringLiteral("restore"),
                                                                   b,
                                                                   n,
                                                                   QStringLiteral("--user"),
                                                                   QStringLiteral("admin"),
                                                                   QStringLiteral("--recovery-key-stdin")};
        QTest::addRow("restore without target")
            << QStringList{QStringLiteral("restore"), b, QStringLiteral("--recovery-key-stdin")};
        QTest::addRow("password as argument")
            << QStringList{QStringLiteral("restore"), b, n, QStringLiteral("--password"), QStringLiteral("x")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Outcome run = admin(arguments, "test\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--help")));
    }

    void missingInputIsUsageError()
    {
        const Outcome run = admin({QStringLiteral("restore"), QStringLiteral("B"), QStringLiteral("N"),
                                   QStringLiteral("--recovery-key-stdin")});
        QCOMPARE(run.exitCode, 2);
    }

    void authenticationAndPermission()
    {
        TestClinic clinic;
        QVERIFY(addStaff(clinic, QStringLiteral("sekretar"), Role::Secretary) > 0);
        QTemporaryDir destination;
        const QStringList asAdmin{QStringLiteral("backup"),           clinic.path(),
                                  QStringLiteral("--user"),           QStringLiteral("admin"),
                                  QStringLiteral("--password-stdin"), destination.path()};
        QCOMPARE(admin(asAdmin, "wrong\n").exitCode, 3);
        const Outcome secretary =
            admin({QStringLiteral("backup"), clinic.path(), QStringLiteral("--user"), QStringLiteral("sekretar"),
                   QStringLiteral("--password-stdin"), destination.path()},
                  "test\n");
        QCOMPARE(secretary.exitCode, 1);
        QVERIFY(!secretary.err.isEmpty());
        QVERIFY(backupFolders(destination.path()).isEmpty());

        QCOMPARE(admin(asAdmin, "test\n").exitCode, 0);
        QTemporaryDir target;
        const QString restored = target.filePath(QStringLiteral("r.forlop"));
        const QStringList restoreAs{
            QStringLiteral("restore"), backupFolders(destination.path()).first(), restored, QStringLiteral("--user"),
            QStringLiteral("admin"),   QStringLiteral("--password-stdin")};
        QCOMPARE(admin(restoreAs, "wrong\n").exitCode, 3);
        QVERIFY(QDir(target.path()).isEmpty());
    }

    void restoreOverAnExistingDatabase()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        QCOMPARE(admin({QStringLiteral("backup"), clinic.path(), QStringLiteral("--user"), QStringLiteral("admin"),
                        QStringLiteral("--password-stdin"), destination.path()},
                       "test\n")
                     .exitCode,
                 0);
        const QString folder = backupFolders(destination.path()).first();
        const QByteArray live = readAll(clinic.path());
        QStringList restoreOver{
            QStringLiteral("restore"),         folder, clinic.path(), QStringLiteral("--user"), QStringLiteral("admin"),
            QStringLiteral("--password-stdin")};
        const Outcome refused = admin(restoreOver, "test\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("already exists")));
        QCOMPARE(readAll(clinic.path()), live);

        // Open in another program (this test process): refused even with --replace.
        restoreOver << QStringLiteral("--replace");
        {
            auto open = clinic.open(QStringLiteral("admin"));
            QVERIFY(open);
            const Outcome busy = admin(restoreOver, "test\n");
            QCOMPARE(busy.exitCode, 1);
            QVERIFY2(busy.err.contains(QStringLiteral("open in Forløp")), qPrintable(busy.err));
        }
        const Outcome replaced = admin(restoreOver, "test\n");
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        QCOMPARE(QDir(clinic.dir()).entryList({QStringLiteral("clinic.forlop.replaced-*")}).size(), 2);
    }

    void damagedBackupExitsFour()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        QCOMPARE(admin({QStringLiteral("backup"), clinic.path(), QStringLiteral("--user"), QStringLiteral("admin"),
                        QStringLiteral("--password-stdin"), destination.path()},
                       "test\n")
                     .exitCode,
                 0);
        const QString folder = backupFolders(destination.path()).first();
        const QString database = QDir(folder).filePath(QStringLiteral("clinic.forlop"));
        QVERIFY(QFile::resize(database, QFileInfo(database).size() - 4096));
        QTemporaryDir target;
        const Outcome run =
            admin({QStringLiteral("restore"), folder, target.filePath(QStringLiteral("r.forlop")),
                   QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                  "test\n");
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("clinic.forlop")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("another backup")));
        QVERIFY(QDir(target.path()).isEmpty());
    }

    void retentionOptions()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        const QStringList base{QStringLiteral("backup"),           clinic.path(),
                               QStringLiteral("--user"),           QStringLiteral("admin"),
                               QStringLiteral("--password-stdin"), destination.path()};
        QCOMPARE(admin(base + QStringList{QStringLiteral("--no-prune")}, "test\n").exitCode, 0);
        QTest::qWait(1100); // a new second, so the folders sort by time
        QCOMPARE(admin(base + QStringList{QStringLiteral("--no-prune")}, "test\n").exitCode, 0);
        QCOMPARE(backupFolders(destination.path()).size(), 2);
        QTest::qWait(1100);
        const Outcome pruned = admin(base + QStringList{QStringLiteral("--keep-daily"), QStringLiteral("1"),
                                                        QStringLiteral("--keep-weekly"), QStringLiteral("0"),
                                                        QStringLiteral("--keep-monthly"), QStringLiteral("0")},
                                     "test\n");
        QCOMPARE(pruned.exitCode, 0);
        QCOMPARE(pruned.out.count(QStringLiteral("Removed old backup")), 2);
        QCOMPARE(backupFolders(destination.path()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backup_cli.moc"
