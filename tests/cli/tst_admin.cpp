// The forlop-admin contract, tested by running the real executable: forms, help, exit codes, init and check.
#include "AdminProcess.h"
#include "TestClinic.h"
#include "clinic/Clinic.h"
#include "security/Keyring.h"
#include "security/PasswordKdf.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace forlop;

namespace {

using Outcome = test::AdminOutcome;
using test::runAdmin;

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes) {
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    return bytes;
}

// Every file in a folder with its bytes, so "left untouched" can be checked for the whole folder.
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(dir).entryList(QDir::Files)) {
        files.insert(name, test::readAll(QDir(dir).filePath(name)));
    }
    return files;
}

const QRegularExpression RecoveryKeyPattern(QStringLiteral("\\b[0-9A-Z]{5}(-[0-9A-Z]{5}){7}\\b"));
// Real clinics need 10 characters or more.
constexpr auto AdminPassword = "correct horse battery";
constexpr auto LeaderPassword = "leader staple battery";

} // namespace

class TestAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void help();
    void commandHelp_data();
    void commandHelp();
    void usageErrors_data();
    void usageErrors();
    void missingInputLineIsUsageError();
    void initWithoutLeaderThenCheck();
    void initWithLeaderThenCheckAsLeader();
    void initOverExistingClinicFails();
    void wrongPasswordAndUnknownUserLookAlike();
    void passwordIsNormalisedLikeTheDesktopApp();
    void newerDatabaseIsAFailureNotDamage();
    void foreignFiles_data();
    void foreignFiles();
    void missingDatabaseFails();
    void checkReportsKeyringDamage();
    void checkReportsForeignClinicalPublicKey();
    void checkReportsAuditLogCutShort();
};

void TestAdmin::version()
{
    const Outcome run = runAdmin({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("forlop-admin " FORLOP_VERSION));
    QVERIFY(run.err.isEmpty());
}

void TestAdmin::help()
{
    const Outcome run = runAdmin({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    // Each command is listed at the start of its own line, with its summary after it.
    for (const auto& command : {QStringLiteral("init"), QStringLiteral("check")}) {
        const QRegularExpression line(QStringLiteral("^  %1 +\\S").arg(command), QRegularExpression::MultilineOption);
        QVERIFY2(line.match(run.out).hasMatch(), qPrintable(command));
    }
    QVERIFY(run.out.contains(QStringLiteral("--password-stdin")));
    QCOMPARE(runAdmin({QStringLiteral("-h")}).out, run.out);
}

void TestAdmin::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("usage");
    QTest::newRow("init") << QStringLiteral("init")
                          << QStringLiteral("forlop-admin init DB --clinic NAME --admin USER --password-stdin [");
    QTest::newRow("check") << QStringLiteral("check")
                           << QStringLiteral("forlop-admin check DB --user USER --password-stdin");
}

void TestAdmin::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);
    const Outcome run = runAdmin({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY2(run.out.contains(usage), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("--password-stdin")));
    // No option takes a password as an argument.
    QVERIFY(!QRegularExpression(QStringLiteral("--password\\b(?!-)")).match(run.out).hasMatch());
}

void TestAdmin::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString db = QStringLiteral("/nonexistent/clinic.forlop");
    const QStringList user{QStringLiteral("--user"), QStringLiteral("admin")};
    const QString stdinFlag = QStringLiteral("--password-stdin");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), db};
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("check without DB") << (QStringList{QStringLiteral("check")} + user + QStringList{stdinFlag});
    QTest::newRow("check with extra argument")
        << (QStringList{QStringLiteral("check"), db, QStringLiteral("extra")} + user + QStringList{stdinFlag});
    QTest::newRow("check unknown option")
        << (QStringList{QStringLiteral("check"), db, QStringLiteral("--verbose"), stdinFlag} + user);
    QTest::newRow("check --password x")
        << (QStringList{QStringLiteral("check"), db, QStringLiteral("--password"), QStringLiteral("x")} + user);
    QTest::newRow("check --password=x")
        << (QStringList{QStringLiteral("check"), db, QStringLiteral("--password=x")} + user);
    QTest::newRow("check without --user") << QStringList{QStringLiteral("check"), db, stdinFlag};
    QTest::newRow("check without --password-stdin") << (QStringList{QStringLiteral("check"), db} + user);
    QTest::newRow("check --user without value")
        << QStringList{QStringLiteral("check"), db, stdinFlag, QStringLiteral("--user")};
    QTest::newRow("check --user twice") << (QStringList{QStringLiteral("check"), db, stdinFlag} + user +
                                            QStringList{QStringLiteral("--user"), QStringLiteral("leder")});
    QTest::newRow("init without --clinic")
        << QStringList{QStringLiteral("init"), db, QStringLiteral("--admin"), QStringLiteral("a"), stdinFlag};
    QTest::newRow("init without --admin")
        << QStringList{QStringLiteral("init"), db, QStringLiteral("--clinic"), QStringLiteral("K"), stdinFlag};
    QTest::newRow("init --password x")
        << QStringList{QStringLiteral("init"), db, QStringLiteral("--clinic"), QStringLiteral("K"),
                       QStringLiteral("--admin"), QStringLiteral("a"), QStringLiteral("--password"),
                       QStringLiteral("x")};
}

void TestAdmin::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Outcome run = runAdmin(arguments, QByteArray(AdminPassword) + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.trimmed().isEmpty());
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent")));
}

void TestAdmin::missingInputLineIsUsageError()
{
    // The password must be on standard input: an empty input is a usage error, not a wrong password.
    test::TestClinic clinic;
    const auto before = snapshot(clinic.dir());
    const Outcome check = runAdmin({QStringLiteral("check"), clinic.path(), QStringLiteral("--user"),
                                    QStringLiteral("admin"), QStringLiteral("--password-stdin")});
    QCOMPARE(check.exitCode, 2);
    QVERIFY(!check.err.isEmpty());
    QCOMPARE(snapshot(clinic.dir()), before);

    // init --leader needs the leader's password on line 2, and creates nothing without it.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.forlop"));
    const Outcome init = runAdmin({QStringLiteral("init"), db, QStringLiteral("--clinic"), QStringLiteral("Klinikk"),
                                   QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--leader"),
                                   QStringLiteral("leder"), QStringLiteral("--password-stdin")},
                                  QByteArray(AdminPassword) + '\n');
    QCOMPARE(init.exitCode, 2);
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestAdmin::initWithoutLeaderThenCheck()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("klinikk.forlop"));
    const Outcome init =
        runAdmin({QStringLiteral("init"), db, QStringLiteral("--clinic"), QStringLiteral("Klinikk Øst"),
                  QStringLiteral("--site"), QStringLiteral("Testby"), QStringLiteral("--admin"),
                  QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                 QByteArray(AdminPassword) + '\n');
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.err.isEmpty(), qPrintable(init.err));
    QVERIFY(QFileInfo::exists(db));
    QVERIFY(QFileInfo::exists(Keyring::pathFor(db)));
    QVERIFY(!test::readAll(db).startsWith("SQLite format 3"));
    const QRegularExpressionMatch key = RecoveryKeyPattern.match(init.out);
    QVERIFY2(key.hasMatch(), qPrintable(init.out));
    // Stdin's trailing newline is not part of the password, and passwords are not echoed.
    QVERIFY(!init.out.contains(QLatin1String(AdminPassword)));

    // A real clinic: the real key derivation for every entry, admin and the recovery key only.
    auto keyring = Keyring::load(Keyring::pathFor(db));
    QVERIFY(keyring);
    QCOMPARE(keyring->entries.size(), std::size_t(2));
    for (const KeyringEntry& entry : keyring->entries) {
        QCOMPARE(entry.kdf.opsLimit, KdfParams::forClinics().opsLimit);
        QCOMPARE(entry.kdf.memLimit, KdfParams::forClinics().memLimit);
    }
    QVERIFY(keyring->find(QStringLiteral("admin")));
    QVERIFY(!keyring->find(QStringLiteral("admin"))->holdsClinicalKey());

    // The printed key is the real recovery key: it opens the clinic and holds the clinical key.
    {
        auto recovered = Clinic::openWithRecoveryKey(db, key.captured(0), SystemClock::instance());
        QVERIFY2(recovered, recovered ? "" : qPrintable(recovered.error().message));
        QVERIFY((*recovered)->clinicalSecretKey() != nullptr);
        QCOMPARE((*recovered)->info().name, QStringLiteral("Klinikk Øst"));
    }

    const Outcome check = runAdmin({QStringLiteral("check"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                                    QStringLiteral("--password-stdin")},
                                   QByteArray(AdminPassword) + '\n');
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.err.isEmpty(), qPrintable(check.err));
    QVERIFY(check.out.contains(QStringLiteral("Klinikk Øst")));
    // One line per part checked (database, schema, key file, audit anchor) plus the clinic and the verdict.
    QVERIFY2(check.out.trimmed().split(QLatin1Char('\n')).size() >= 6, qPrintable(check.out));
}

void TestAdmin::initWithLeaderThenCheckAsLeader()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sub/klinikk.forlop"));
    const Outcome init =
        runAdmin({QStringLiteral("init"), db, QStringLiteral("--clinic"), QStringLiteral("Klinikk Vest"),
                  QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--leader"),
                  QStringLiteral("leder"), QStringLiteral("--password-stdin")},
                 QByteArray(AdminPassword) + '\n' + LeaderPassword + '\n');
    QCOMPARE(init.exitCode, 0);
    QVERIFY(RecoveryKeyPattern.match(init.out).hasMatch());
    auto keyring = Keyring::load(Keyring::pathFor(db));
    QVERIFY(keyring);
    QCOMPARE(keyring->entries.size(), std::size_t(3));
    QVERIFY(keyring->find(QStringLiteral("leder")));
    QVERIFY(keyring->find(QStringLiteral("leder"))->holdsClinicalKey());
    QVERIFY(!keyring->find(QStringLiteral("admin"))->holdsClinicalKey());

    // The leader's password is line 2, not line 1.
    const Outcome check = runAdmin({QStringLiteral("check"), db, QStringLiteral("--user"), QStringLiteral("leder"),
                                    QStringLiteral("--password-stdin")},
                                   QByteArray(LeaderPassword) + "\r\n");
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains(QStringLiteral("Klinikk Vest")));
}

void TestAdmin::initOverExistingClinicFails()
{
    test::TestClinic clinic;
    const auto before = snapshot(clinic.dir());
    const Outcome run =
        runAdmin({QStringLiteral("init"), clinic.path(), QStringLiteral("--clinic"), QStringLiteral("Ny klinikk"),
                  QStringLiteral("--admin"), QStringLiteral("sjef"), QStringLiteral("--password-stdin")},
                 QByteArray(AdminPassword) + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!RecoveryKeyPattern.match(run.out).hasMatch());
    QCOMPARE(snapshot(clinic.dir()), before);
    QVERIFY(clinic.open(QStringLiteral("admin")));
}

void TestAdmin::wrongPasswordAndUnknownUserLookAlike()
{
    test::TestClinic clinic;
    const QByteArray databaseBefore = test::readAll(clinic.path());
    auto check = [&](const QString& user, const QByteArray& password) {
        return runAdmin({QStringLiteral("check"), clinic.path(), QStringLiteral("--user"), user,
                         QStringLiteral("--password-stdin")},
                        password + '\n');
    };
    const Outcome wrongPassword = check(QStringLiteral("admin"), "not the password");
    const Outcome unknownUser = check(QStringLiteral("nobody"), "not the password");
    QCOMPARE(wrongPassword.exitCode, 3);
    QCOMPARE(unknownUser.exitCode, 3);
    QVERIFY(!wrongPassword.err.trimmed().isEmpty());
    QCOMPARE(unknownUser.err, wrongPassword.err);
    QVERIFY(!wrongPassword.err.contains(QStringLiteral("admin")));
    QVERIFY(!unknownUser.err.contains(QStringLiteral("nobody")));
    QVERIFY(wrongPassword.out.isEmpty());
    QCOMPARE(test::readAll(clinic.path()), databaseBefore);

    // A password that is right apart from a trailing space is wrong: lines are taken as they are.
    QCOMPARE(check(QStringLiteral("admin"), QByteArray(test::TestClinic::Password) + ' ').exitCode, 3);
    QCOMPARE(check(QStringLiteral("admin"), test::TestClinic::Password).exitCode, 0);
}

void TestAdmin::passwordIsNormalisedLikeTheDesktopApp()
{
    // The desktop app turns typed text into NFC; a terminal may send the same password decomposed.
    const QString typed = QStringLiteral("blåbærsyltetøy på brødskiva");
    const QByteArray decomposed = typed.normalized(QString::NormalizationForm_D).toUtf8();
    QVERIFY(decomposed != typed.toUtf8());
    QTemporaryDir dir;
    NewClinic request;
    request.databasePath = dir.filePath(QStringLiteral("nfc.forlop"));
    request.name = QStringLiteral("Testklinikken");
    request.kind = ClinicKind::Test;
    request.adminName = QStringLiteral("admin");
    request.adminPassword = PasswordKdf::normalise(typed);
    request.kdf = KdfParams::fastForTests();
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    QVERIFY(ClinicFactory::create(request, clock));

    const Outcome run = runAdmin({QStringLiteral("check"), request.databasePath, QStringLiteral("--user"),
                                  QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                                 decomposed + '\n');
    QCOMPARE(run.exitCode, 0);
}

void TestAdmin::newerDatabaseIsAFailureNotDamage()
{
    test::TestClinic clinic;
    {
        auto open = clinic.open(QStringLiteral("admin"));
        QVERIFY(open);
        QVERIFY(open->db().exec("PRAGMA user_version = 9999"));
    }
    const Outcome run = runAdmin({QStringLiteral("check"), clinic.path(), QStringLiteral("--user"),
                                  QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                                 QByteArray(test::TestClinic::Password) + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
}

void TestAdmin::foreignFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("withKeyFile");
    QTest::newRow("random bytes") << randomBytes(16384) << false;
    QTest::newRow("plain text") << QByteArray("Dette er en vanlig tekstfil.\n").repeated(200) << false;
    QTest::newRow("empty file") << QByteArray() << false;
    // The key file opens (right password), but the database it guards has been replaced.
    QTest::newRow("random bytes beside a valid key file") << randomBytes(16384) << true;
    QTest::newRow("plain text beside a valid key file")
        << QByteArray("Dette er en vanlig tekstfil.\n").repeated(200) << true;
}

void TestAdmin::foreignFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, withKeyFile);
    test::TestClinic clinic;
    const QString db = withKeyFile ? clinic.path() : QDir(clinic.dir()).filePath(QStringLiteral("foreign.forlop"));
    if (withKeyFile) {
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(db + suffix);
        }
    }
    writeFile(db, content);
    const auto before = snapshot(clinic.dir());
    const Outcome run = runAdmin({QStringLiteral("check"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                                  QStringLiteral("--password-stdin")},
                                 QByteArray(test::TestClinic::Password) + '\n');
    QCOMPARE(run.exitCode, 4);
    QVERIFY(!run.err.trimmed().isEmpty());
    QCOMPARE(test::readAll(db), content);
    QCOMPARE(snapshot(clinic.dir()), before);
}

void TestAdmin::missingDatabaseFails()
{
    QTemporaryDir dir;
    const Outcome run =
        runAdmin({QStringLiteral("check"), dir.filePath(QStringLiteral("none.forlop")), QStringLiteral("--user"),
                  QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                 QByteArray(AdminPassword) + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestAdmin::checkReportsKeyringDamage()
{
    test::TestClinic clinic;
    const QString keyringPath = Keyring::pathFor(clinic.path());
    auto keyring = Keyring::load(keyringPath);
    QVERIFY(keyring);
    // Saved through Keyring, so the file itself is well-formed and only the check's consistency rules see that
    // an active user has lost their way in.
    QVERIFY(keyring->find(QStringLiteral("leder")));
    keyring->remove(QStringLiteral("leder"));
    QVERIFY(keyring->save(keyringPath));

    const Outcome run = runAdmin({QStringLiteral("check"), clinic.path(), QStringLiteral("--user"),
                                  QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                                 QByteArray(test::TestClinic::Password) + '\n');
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.out.contains(QStringLiteral("  - ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("leder")), qPrintable(run.out));
    QVERIFY(!run.err.isEmpty());
}

void TestAdmin::checkReportsForeignClinicalPublicKey()
{
    test::TestClinic clinic;
    const QString keyringPath = Keyring::pathFor(clinic.path());
    auto keyring = Keyring::load(keyringPath);
    QVERIFY(keyring);
    // A well-formed public key, but not the clinical key's: text sealed to it could never be read.
    keyring->clinicalPublicKey = randomBytes(static_cast<int>(keyring->clinicalPublicKey.size()));
    QVERIFY(keyring->save(keyringPath));

    // Only a session holding the clinical key can tell.
    const Outcome run = runAdmin({QStringLiteral("check"), clinic.path(), QStringLiteral("--user"),
                                  QStringLiteral("leder"), QStringLiteral("--password-stdin")},
                                 QByteArray(test::TestClinic::Password) + '\n');
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.out.contains(QStringLiteral("  - ")), qPrintable(run.out));
}

void TestAdmin::checkReportsAuditLogCutShort()
{
    test::TestClinic clinic;
    const QString keyringPath = Keyring::pathFor(clinic.path());
    auto keyring = Keyring::load(keyringPath);
    QVERIFY(keyring);
    // As if the last rows of the log had been removed since the key file last recorded its head. Signing in
    // adds rows and moves the anchor, so the check must compare with the key file as it was before.
    keyring->auditAnchorSeq += 1;
    QVERIFY(keyring->save(keyringPath));

    const Outcome run = runAdmin({QStringLiteral("check"), clinic.path(), QStringLiteral("--user"),
                                  QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                                 QByteArray(test::TestClinic::Password) + '\n');
    QCOMPARE(run.exitCode, 4);
    // The problem is listed under its part, naming the row the key file recorded.
    QVERIFY2(run.out.contains(QStringLiteral("  - ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QString::number(keyring->auditAnchorSeq)), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_admin.moc"
