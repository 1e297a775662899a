// I/O-error injection (SECURITY-NOTES §4.6 T3): for every N, the N-th read, write or sync while a clinician signs
// a session note fails with SQLITE_IOERR or SQLITE_FULL. Each time the signing must report a clear error, the
// database must pass integrity_check and cipher_integrity_check afterwards, and the signing must be there
// entirely (the note signed and its audit row) or not at all.
#include "FaultVfs.h"
#include "PathwayFixture.h"
#include "pathway/ClinicalNote.h"
#include "pathway/Signer.h"
#include "security/SecretBytes.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace forlop;
using namespace forlop::test;

namespace {

constexpr auto Clinician = "psykolog1";

// How much of the signing is in the file: 0 (none), 1 (a part: never allowed) or 2 (the note signed and the
// audit row that records it).
int partsPresent(Database& db, std::int64_t noteId)
{
    int parts = 0;
    auto note = db.prepare("SELECT signed_at IS NOT NULL FROM clinical_note WHERE id = ?1");
    note->bind(1, noteId);
    parts += note->step().value_or(false) && note->int64(0) == 1 ? 1 : 0;
    auto audit = db.prepare("SELECT count(*) FROM audit_log WHERE action = 'note.sign' AND object_id = ?1");
    audit->bind(1, noteId);
    parts += audit->step().value_or(false) && audit->int64(0) == 1 ? 1 : 0;
    return parts;
}

} // namespace

class TestIoErrors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PathwayClinic> m_clinic;
    SecretBytes m_key;
    std::int64_t m_note = 0;

    // A fresh copy of the clinic (database and key file) with the unsigned draft.
    QString freshCopy(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        for (const char* suffix : {"", ".keyring", "-wal", "-shm"}) {
            QFile::remove(path + QLatin1String(suffix));
        }
        QFile::copy(m_clinic->path(), path);
        QFile::copy(Keyring::pathFor(m_clinic->path()), Keyring::pathFor(path));
        return path;
    }

    // Signs in through the fault VFS (no fault armed yet) and confirms the password for signing. The page
    // cache is cut to a few pages: opening runs quick_check, which would otherwise leave every page of this
    // small file cached, and a clinic's real database is larger than its cache.
    struct Session
    {
        std::unique_ptr<Clinic> clinic;
        std::optional<Signer> signer;
    };
    Session signIn(const QString& path)
    {
        Session session;
        auto clinic = Clinic::open(path, QLatin1String(Clinician), TestClinic::Password, m_clinic->clock());
        if (!clinic) {
            qWarning("sign-in: %s", qPrintable(clinic.error().message));
            return session;
        }
        session.clinic = std::move(*clinic);
        (void)session.clinic->db().exec("PRAGMA cache_size = 4; PRAGMA shrink_memory;");
        auto signer = Signer::confirm(*session.clinic, TestClinic::Password);
        if (signer) {
            session.signer = *signer;
        }
        return session;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FaultVfs::install();
        m_clinic = std::make_unique<PathwayClinic>();
        {
            PathwayDriver driver(*m_clinic);
            auto patient = driver.patientIn(PatientState::Treatment);
            QVERIFY(patient);
            auto note = ClinicalNotes::createDraft(driver.clinician(), *patient, std::nullopt,
                                                   QStringLiteral("Samtale om søvn og bekymringer. ").repeated(40));
            QVERIFY(note);
            m_note = *note;
            m_key = driver.clinician().databaseKey().clone();
        }
        // Real fsyncs only cost time here: the VFS still counts and fails syncs, it just does not wait for the disk.
        FaultVfs::skipSyncs(true);
    }

    void cleanupTestCase() { Database::setVfsForTests({}); }

    void cleanup()
    {
        FaultVfs::reset();
        FaultVfs::skipSyncs(true);
    }

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

        Database::setVfsForTests(FaultVfs::Name);
        // A clean run counts the operations the signing performs.
        int total = 0;
        {
            Session session = signIn(freshCopy(QStringLiteral("count.forlop")));
            QVERIFY(session.clinic && session.signer);
            FaultVfs::failNth(kind, std::numeric_limits<int>::max(), errorCode);
            QVERIFY(ClinicalNotes::sign(*session.clinic, m_note, *session.signer));
            total = FaultVfs::count(kind);
        }
        QVERIFY2(total > 0, "the signing performs no operation of this kind");

        int failures = 0;
        for (int n = 1; n <= total; ++n) {
            const QString path = freshCopy(QStringLiteral("run.forlop"));
            Status result;
            {
                Session session = signIn(path);
                QVERIFY(session.clinic && session.signer);
                FaultVfs::failNth(kind, n, errorCode, persistent);
                result = ClinicalNotes::sign(*session.clinic, m_note, *session.signer);
                QVERIFY2(FaultVfs::faultFired(),
                         qPrintable(QStringLiteral("fault %1 of %2 never fired").arg(n).arg(total)));
                // Signing out with the fault still armed: a persistent fault hits the clean-up too.
            }
            FaultVfs::reset();
            FaultVfs::skipSyncs(true);

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
            const int parts = partsPresent(*db, m_note);
            QVERIFY2(parts == 0 || parts == 2, qPrintable(where + QStringLiteral(": %1 of 2 parts").arg(parts)));
            // Reported signed means signed; reported failed means nothing was saved (the messages say so).
            QVERIFY2(result ? parts == 2 : parts == 0,
                     qPrintable(where + QStringLiteral(": reported %1, %2 of 2 parts")
                                            .arg(result ? QStringLiteral("success") : result.error().message)
                                            .arg(parts)));
            // And the clinic still opens for its users.
            db->close();
            auto again = Clinic::open(path, QLatin1String(Clinician), TestClinic::Password, m_clinic->clock());
            QVERIFY2(again, qPrintable(where + QLatin1String(": ") + (again ? QString() : again.error().message)));
        }
        qInfo("%d operations, %d reported failures", total, failures);
        if (kind != FaultVfs::Op::Read) {
            QVERIFY(failures > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestIoErrors)
#include "tst_ioerrors.moc"
