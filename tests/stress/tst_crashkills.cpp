// Crash safety of the long operations (stress label): a child process (this executable) signs in and takes
// backups, or rotates the database key, in a loop; the parent kills it with SIGKILL at random moments. After
// every kill the clinic must still open with a valid password (for every user, as the key file and database
// must still be a pair), pass the integrity and encryption checks, keep its audit chain up to the anchor in the
// key file, and every backup published under its final name must still verify. Interrupted backups leave only
// hidden temporary folders, which are never taken for backups.
//
// The writer kill harness itself is tests/core/tst_crashsafety.cpp, registered a second time with 200 kills
// as stress_crashsafety (tests/faults/CMakeLists.txt). FORLOP_STRESS_KILLS sets the kills per mode here.
#include "TestClinic.h"
#include "accounts/DatabaseKeyRotation.h"
#include "accounts/UserStore.h"
#include "audit/AuditLog.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupRestore.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace forlop;
using namespace forlop::test;

namespace {

constexpr auto RoleVariable = "FORLOP_KILL_CHILD";
constexpr int DefaultKills = 40;

const FixedClock ChildClock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));

int runChild(const QString& role)
{
    const QString path = qEnvironmentVariable("FORLOP_KILL_DB");
    const QString destination = qEnvironmentVariable("FORLOP_KILL_DEST");
    auto clinic = Clinic::open(path, QStringLiteral("admin"), TestClinic::Password, ChildClock);
    if (!clinic) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(clinic.error().message));
        return 1;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        // Something new in every round, so consecutive backups and copies differ.
        if (auto status = (*clinic)->audit(AuditEvent{QStringLiteral("test.work"),
                                                      std::nullopt,
                                                      QStringLiteral("test"),
                                                      i,
                                                      QLatin1String(AuditBasis::System),
                                                      {},
                                                      QStringLiteral("ok")});
            !status) {
            std::fprintf(stderr, "audit: %s\n", qPrintable(status.error().message));
            return 1;
        }
        if (role == QLatin1String("backup")) {
            auto backup = BackupWriter::write(**clinic, destination);
            if (!backup) {
                std::fprintf(stderr, "backup: %s\n", qPrintable(backup.error().message));
                return 1;
            }
            std::printf("backup %s\n", qPrintable(QFileInfo(backup->folder).fileName()));
        } else {
            if (auto status = DatabaseKeyRotation::rotate(**clinic); !status) {
                std::fprintf(stderr, "rotate: %s\n", qPrintable(status.error().message));
                return 1;
            }
            std::puts("rotated");
        }
        std::fflush(stdout);
    }
}

int configuredKills()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("FORLOP_STRESS_KILLS", &ok);
    return ok && kills > 0 ? kills : DefaultKills;
}

// The check `forlop-admin check` makes, on a clinic just signed in to: the file, the audit chain up to the
// anchor the key file held before this sign-in, and a key file entry for every active user.
void checkClinic(Clinic& clinic, const Keyring& before, const QString& where)
{
    auto problems = clinic.db().fullCheck();
    QVERIFY2(problems, qPrintable(where));
    QVERIFY2(problems->isEmpty(), qPrintable(where + QLatin1String(": ") + problems->join(QLatin1String("; "))));
    auto chain = AuditLog::verify(clinic.db(), before.auditAnchorSeq, before.auditAnchorHash);
    QVERIFY2(chain, qPrintable(where));
    QVERIFY2(chain->intact, qPrintable(where + QLatin1String(": ") + chain->problem));
    auto users = UserStore::all(clinic.db());
    QVERIFY2(users, qPrintable(where));
    for (const User& user : *users) {
        QVERIFY2(!user.active || clinic.keyring().find(user.name), qPrintable(where + QLatin1String(": ") + user.name));
    }
}

struct Round
{
    QByteArray output;
    bool ready = false;
};

// Starts the child, lets it work for a random while (sometimes killing it while it still signs in), kills it.
Round killChild(const QString& role, const QString& path, const QString& destination, int round, int maxDelayMs)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(RoleVariable), role);
    environment.insert(QStringLiteral("FORLOP_KILL_DB"), path);
    environment.insert(QStringLiteral("FORLOP_KILL_DEST"), destination);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    Round result;
    if (!child.waitForStarted(10000)) {
        return result;
    }
    if (round % 8 != 7) {
        QElapsedTimer waiting;
        waiting.start();
        while (!result.output.contains("ready\n") && waiting.elapsed() < 20000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(20);
            result.output += child.readAllStandardOutput();
        }
    }
    QThread::msleep(QRandomGenerator::global()->bounded(1, std::max(2, maxDelayMs)));
    if (child.state() == QProcess::Running) {
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    }
    child.waitForFinished(10000);
    result.output += child.readAllStandardOutput();
    if (child.exitStatus() == QProcess::NormalExit) {
        // The child only ever stops by being killed; a normal exit is a failure it reported.
        qWarning("child ended by itself: %s", child.readAllStandardError().constData());
        result.ready = false;
        result.output = "failed";
        return result;
    }
    result.ready = result.output.contains("ready\n");
    return result;
}

// How long to let the child work before the kill. It adapts to the machine: longer while no operation
// finishes in time, shorter once they do, settling where about half the rounds finish one, so kills keep
// landing both inside and between operations.
class KillWindow
{
public:
    explicit KillWindow(int startMs)
        : m_ms(startMs)
    {
    }
    [[nodiscard]] int ms() const { return m_ms; }
    void update(bool completedOne) { m_ms = completedOne ? std::max(50, m_ms * 4 / 5) : std::min(8000, m_ms * 5 / 4); }

private:
    int m_ms;
};

} // namespace

class TestCrashKills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killsDuringBackup()
    {
        TestClinic clinic;
        QTemporaryDir destination;
        const int kills = configuredKills();
        int published = 0;
        KillWindow window(400);
        QElapsedTimer elapsed;
        elapsed.start();
        for (int round = 0; round < kills; ++round) {
            const Round result =
                killChild(QStringLiteral("backup"), clinic.path(), destination.path(), round, window.ms());
            QVERIFY2(result.output != "failed", "the child failed by itself");
            const int finished = static_cast<int>(result.output.count("backup "));
            published += finished;
            window.update(finished > 0);
            const QString where = QStringLiteral("round %1").arg(round);

            auto before = Keyring::load(Keyring::pathFor(clinic.path()));
            QVERIFY2(before, qPrintable(where));
            auto admin = clinic.open(QStringLiteral("admin"));
            QVERIFY2(admin, qPrintable(where));
            checkClinic(*admin, *before, where);
            if (QTest::currentTestFailed()) {
                return;
            }
            // Every published backup verifies; interrupted ones are hidden temporaries, not backups.
            const auto entries = BackupCatalog::list(destination.path());
            for (const auto& entry : entries) {
                QVERIFY2(entry.backup, qPrintable(where + QLatin1String(": ") + entry.problem));
                QVERIFY2(BackupVerifier::checkFiles(*entry.backup),
                         qPrintable(where + QLatin1String(": ") + entry.folder));
            }
            QVERIFY2(entries.size() >= published, qPrintable(where));
        }
        // The newest backup restores and opens.
        auto latest = BackupCatalog::latest(destination.path(), clinic.open(QStringLiteral("admin"))->info().uuid);
        QVERIFY(latest);
        QTemporaryDir restoreDir;
        RestoreRequest request{latest->folder, restoreDir.filePath(QStringLiteral("r.forlop")), QStringLiteral("leder"),
                               TestClinic::Password};
        auto restored = BackupRestore::restore(request, clinic.clock());
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        qInfo("%d kills during backups; %d backups acknowledged, %lld published; %lld ms", kills, published,
              static_cast<long long>(BackupCatalog::list(destination.path()).size()),
              static_cast<long long>(elapsed.elapsed()));
        QVERIFY2(published > 0, "no backup finished between kills; the harness tested nothing");
    }

    void killsDuringKeyRotation()
    {
        TestClinic clinic;
        const int kills = configuredKills();
        int rotations = 0;
        KillWindow window(400);
        QElapsedTimer elapsed;
        elapsed.start();
        for (int round = 0; round < kills; ++round) {
            const Round result = killChild(QStringLiteral("rotate"), clinic.path(), {}, round, window.ms());
            QVERIFY2(result.output != "failed", "the child failed by itself");
            const int finished = static_cast<int>(result.output.count("rotated"));
            rotations += finished;
            window.update(finished > 0);
            const QString where = QStringLiteral("round %1").arg(round);

            auto before = Keyring::load(Keyring::pathFor(clinic.path()));
            QVERIFY2(before, qPrintable(where + QLatin1String(": ") + (before ? QString() : before.error().message)));
            // The leader first: an interrupted rotation must be finished for whoever signs in next.
            for (const char* name : {"leder", "admin"}) {
                auto user =
                    Clinic::open(clinic.path(), QString::fromLatin1(name), TestClinic::Password, clinic.clock());
                QVERIFY2(user, qPrintable(where + QLatin1Char(' ') + QLatin1String(name) + QLatin1String(": ") +
                                          (user ? QString() : user.error().message)));
                checkClinic(**user, *before, where);
                if (QTest::currentTestFailed()) {
                    return;
                }
                (*user)->lock();
                before = Keyring::load(Keyring::pathFor(clinic.path()));
                QVERIFY(before);
            }
            // Nothing of the rotation is left behind once someone has signed in.
            QVERIFY2(!QFile::exists(DatabaseKeyRotation::copyPath(clinic.path())), qPrintable(where));
            QVERIFY2(!QFile::exists(DatabaseKeyRotation::pendingKeyringPath(clinic.path())), qPrintable(where));
        }
        qInfo("%d kills during key rotations; %d rotations acknowledged; %lld ms", kills, rotations,
              static_cast<long long>(elapsed.elapsed()));
        QVERIFY2(rotations > 0, "no rotation finished between kills; the harness tested nothing");
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString role = qEnvironmentVariable(RoleVariable);
    if (!role.isEmpty()) {
        return runChild(role);
    }
    TestCrashKills test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashkills.moc"
