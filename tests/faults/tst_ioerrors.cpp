// I/O-error injection (SECURITY-NOTES §4.6 T3): for every N, the N-th read, write or sync during a realistic
// multi-table write transaction fails with SQLITE_IOERR or SQLITE_FULL. Each time the operation must report a
// clear error, the database must pass integrity_check and cipher_integrity_check afterwards, and the
// transaction must be there entirely or not at all.
//
// The transaction: a new staff account (user row), the clinic's letter template and address (setting rows, the
// template long enough to need overflow pages) and an audit row — what an administrator's change writes. The
// pathway's note signing did not exist when this was written; switch to it when it does.
#include "FaultVfs.h"
#include "accounts/UserStore.h"
#include "audit/AuditLog.h"
#include "clinic/ClinicSettings.h"
#include "security/SecretBytes.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace forlop;
using namespace forlop::test;

namespace {

const FixedClock TestClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));

QString letter(int variant)
{
    return QStringLiteral("Velkommen til samtale %1. ").arg(variant).repeated(300);
}

Status writeTransaction(Database& db)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    User user;
    user.name = QStringLiteral("ny");
    user.fullName = QStringLiteral("Ny Ansatt");
    user.roles = Role::Secretary;
    user.createdAt = TestClock.now();
    if (auto id = UserStore::insert(db, user); !id) {
        return std::unexpected(id.error());
    }
    if (auto status = ClinicSettings::store(db, Setting::LetterTemplate, letter(2)); !status) {
        return status;
    }
    if (auto status = ClinicSettings::store(db, Setting::ClinicAddress, QStringLiteral("Nyveien 2")); !status) {
        return status;
    }
    AuditEvent event{QStringLiteral("user.add"),
                     std::nullopt,
                     QStringLiteral("user"),
                     1,
                     QLatin1String(AuditBasis::Administrative),
                     {},
                     QStringLiteral("ok")};
    if (auto seq =
            AuditLog::append(db, TestClock, {1, QStringLiteral("admin"), QStringLiteral("administrator")}, event);
        !seq) {
        return std::unexpected(seq.error());
    }
    return transaction->commit();
}

// How much of the transaction is in the file: 0 (none) to 4 (all four parts).
int partsPresent(Database& db, std::int64_t auditBefore)
{
    int parts = 0;
    auto user = UserStore::findByName(db, QStringLiteral("ny"));
    parts += user && *user ? 1 : 0;
    auto text = ClinicSettings::value(db, Setting::LetterTemplate);
    parts += text && text->toString() == letter(2) ? 1 : 0;
    auto address = ClinicSettings::value(db, Setting::ClinicAddress);
    parts += address && address->toString() == QLatin1String("Nyveien 2") ? 1 : 0;
    auto audit = AuditLog::head(db);
    parts += audit && audit->seq == auditBefore + 1 ? 1 : 0;
    return parts;
}

} // namespace

class TestIoErrors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;
    SecretBytes m_key;
    std::int64_t m_auditRows = 0;

    QString freshCopy(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile::remove(path + QLatin1String(suffix));
        }
        QFile::copy(m_base, path);
        return path;
    }

    // Opening runs quick_check, which leaves every page of this small file cached. A cache of a few pages
    // makes the transaction read (and spill) as it would in a clinic database larger than the cache.
    Result<Database> openSmallCache(const QString& path)
    {
        auto db = Database::open(path, m_key);
        if (db) {
            (void)db->exec("PRAGMA cache_size = 4; PRAGMA shrink_memory;");
        }
        return db;
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
        // Enough history for the audit table and its indexes to span several pages.
        for (int i = 0; i < 300; ++i) {
            AuditEvent event{QStringLiteral("patient.view"),          i,  QStringLiteral("patient"), i,
                             QLatin1String(AuditBasis::CareRelation), {}, QStringLiteral("ok")};
            QVERIFY(
                AuditLog::append(*db, TestClock, {2, QStringLiteral("psykolog"), QStringLiteral("clinician")}, event));
        }
        QVERIFY(ClinicSettings::store(*db, Setting::LetterTemplate, letter(1)));
        QVERIFY(db->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        m_auditRows = AuditLog::head(*db)->seq;
    }

    void cleanup() { Database::setVfsForTests({}); }

    void everyNthOperationFails_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("errorCode");
        QTest::addColumn<bool>("persistent");
        QTest::addRow("write IOERR") << int(FaultVfs::Op::Write) << SQLITE_IOERR << false;
        QTest::addRow("write FULL") << int(FaultVfs::Op::Write) << SQLITE_FULL << false;
        QTest::addRow("write FULL, stays full") << int(FaultVfs::Op::Write) << SQLITE_FULL << true;
        QTest::addRow("sync IOERR") << int(FaultVfs::Op::Sync) << SQLITE_IOERR << false;
        QTest::addRow("sync FULL") << int(FaultVfs::Op::Sync) << SQLITE_FULL << false;
        QTest::addRow("read IOERR") << int(FaultVfs::Op::Read) << SQLITE_IOERR << false;
        QTest::addRow("read FULL") << int(FaultVfs::Op::Read) << SQLITE_FULL << false;
    }

    void everyNthOperationFails()
    {
        QFETCH(int, op);
        QFETCH(int, errorCode);
        QFETCH(bool, persistent);
        const auto kind = static_cast<FaultVfs::Op>(op);

        // A clean run counts the operations the transaction performs.
        int total = 0;
        {
            const QString path = freshCopy(QStringLiteral("count.forlop"));
            Database::setVfsForTests(FaultVfs::Name);
            auto db = openSmallCache(path);
            QVERIFY(db);
            FaultVfs::failNth(kind, std::numeric_limits<int>::max(), errorCode);
            QVERIFY(writeTransaction(*db));
            total = FaultVfs::count(kind);
            Database::setVfsForTests({});
        }
        QVERIFY2(total > 0, "the transaction performs no operation of this kind");

        int failures = 0;
        for (int n = 1; n <= total; ++n) {
            const QString path = freshCopy(QStringLiteral("run.forlop"));
            Status result;
            {
                Database::setVfsForTests(FaultVfs::Name);
                auto db = openSmallCache(path);
                QVERIFY(db);
                FaultVfs::failNth(kind, n, errorCode, persistent);
                result = writeTransaction(*db);
                QVERIFY2(FaultVfs::faultFired(),
                         qPrintable(QStringLiteral("fault %1 of %2 never fired").arg(n).arg(total)));
                // The connection closes with the fault still armed: a persistent fault hits its clean-up too.
            }
            FaultVfs::reset();
            FaultVfs::skipSyncs(true); // the check needs no durability; pass-through otherwise

            const QString where = QStringLiteral("operation %1 of %2").arg(n).arg(total);
            if (!result) {
                ++failures;
                const Error& error = result.error();
                QVERIFY2(!error.message.isEmpty(), qPrintable(where));
                if (errorCode == SQLITE_FULL && kind == FaultVfs::Op::Write) {
                    QVERIFY2(error.code == ErrorCode::DiskFull,
                             qPrintable(where + QLatin1String(": ") + error.message));
                } else {
                    QVERIFY2(error.code == ErrorCode::Failed || error.code == ErrorCode::DiskFull ||
                                 error.code == ErrorCode::Damaged,
                             qPrintable(where + QLatin1String(": ") + error.message));
                }
            }
            auto db = Database::open(path, m_key);
            QVERIFY2(db, qPrintable(where + QLatin1String(": ") + (db ? QString() : db.error().message)));
            auto problems = db->fullCheck();
            QVERIFY2(problems, qPrintable(where));
            QVERIFY2(problems->isEmpty(), qPrintable(where + QLatin1String(": ") + problems->join(QLatin1Char('\n'))));
            const int parts = partsPresent(*db, m_auditRows);
            QVERIFY2(parts == 0 || parts == 4, qPrintable(where + QStringLiteral(": %1 of 4 parts").arg(parts)));
            // Reported saved means saved; reported failed means nothing was saved (the messages say so).
            QVERIFY2(result ? parts == 4 : parts == 0,
                     qPrintable(where + QStringLiteral(": reported %1, %2 of 4 parts")
                                            .arg(result ? QStringLiteral("success") : result.error().message)
                                            .arg(parts)));
        }
        qInfo("%d operations, %d reported failures", total, failures);
        if (kind != FaultVfs::Op::Read) {
            QVERIFY(failures > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestIoErrors)
#include "tst_ioerrors.moc"
