// CleanShutdown: opening may skip reading every page only for a file exactly as a clean close left it.
#include "TestClinic.h"
#include "audit/AuditEvent.h"
#include "clinic/Clinic.h"
#include "storage/CleanShutdown.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QTest>

using namespace forlop;

namespace {

constexpr qsizetype PageSize = 4096;

void fill(Clinic& clinic)
{
    // Enough pages that a flip can land in one the sign-in does not read.
    auto transaction = Transaction::begin(clinic.db());
    QVERIFY(transaction);
    for (int i = 0; i < 300; ++i) {
        QVERIFY(clinic.audit(AuditEvent{QStringLiteral("test.fill"), std::nullopt, QStringLiteral("test"), i,
                                        QLatin1String(AuditBasis::System), {}, QStringLiteral("ok")}));
    }
    QVERIFY(transaction->commit());
}

} // namespace

class TestCleanShutdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanCloseLeavesAMarkerThatTheNextOpenTakes()
    {
        test::TestClinic clinic;
        QVERIFY(clinic.open(QStringLiteral("admin")));
        const QString marker = CleanShutdown::markerPath(clinic.path());
        QVERIFY(QFile::exists(marker));
        {
            auto again = clinic.open(QStringLiteral("admin"));
            QVERIFY(again);
            // Taken at open: a crash now would leave no marker behind.
            QVERIFY(!QFile::exists(marker));
        }
        QVERIFY(QFile::exists(marker));
        QVERIFY(CleanShutdown::takeMatching(clinic.path()));
        QVERIFY(!CleanShutdown::takeMatching(clinic.path()));
    }

    // A write right after the clean close, within the same tick of the file system's clock, still invalidates it.
    void anyWriteAfterTheCloseMakesTheNextOpenReadEveryPage()
    {
        test::TestClinic clinic;
        {
            auto admin = clinic.open(QStringLiteral("admin"));
            QVERIFY(admin);
            fill(*admin);
        }
        QVERIFY(QFile::exists(CleanShutdown::markerPath(clinic.path())));
        QByteArray bytes = test::readAll(clinic.path());
        const qsizetype pages = bytes.size() / PageSize;
        QVERIFY(pages > 6);
        const qsizetype at = (pages / 2) * PageSize + 2000;
        bytes[at] = static_cast<char>(bytes[at] ^ 0x10);
        QFile file(clinic.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(at));
        QCOMPARE(file.write(bytes.constData() + at, 1), qint64(1));
        file.close();

        auto opened = Clinic::open(clinic.path(), QStringLiteral("admin"), "test", clinic.clock());
        QVERIFY2(!opened, "a page damaged after the clean close was not read at open");
        QCOMPARE(opened.error().code, ErrorCode::Damaged);
    }

    void aWriteAheadLogWithContentIsNotAClean()
    {
        test::TestClinic clinic;
        QVERIFY(clinic.open(QStringLiteral("admin")));
        QFile wal(clinic.path() + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        QCOMPARE(wal.write("x"), qint64(1));
        wal.close();
        QVERIFY(!CleanShutdown::takeMatching(clinic.path()));
        QVERIFY(QFile::remove(clinic.path() + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestCleanShutdown)
#include "tst_cleanshutdown.moc"
