// The referral import: every row checked, all or nothing, each bad row named by its line.
#include "PathwayFixture.h"
#include "pathway/PatientRegistry.h"
#include "pathway/ReferralImport.h"
#include "pathway/Referrals.h"
#include "storage/Database.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

std::int64_t count(Clinic& clinic, const char* sql)
{
    return clinic.db().queryInt(sql).value_or(-1);
}

} // namespace

class TestPathwayImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneBadRowImportsNothing();
    void rowErrors_data();
    void rowErrors();
    void headerErrors_data();
    void headerErrors();
    void goodFileImportsEverything();
    void duplicatesAreRefused();
    void onlySecretariesAndLeadersImport();

private:
    QByteArray id(int serial) const
    {
        return syntheticNationalId(QDate(1975 + serial % 20, 1 + serial % 12, 1 + serial % 27), serial).toLatin1();
    }

    std::unique_ptr<PathwayClinic> m_clinic;
    std::unique_ptr<PathwayDriver> m_driver;
};

void TestPathwayImport::initTestCase()
{
    m_clinic = std::make_unique<PathwayClinic>();
    m_driver = std::make_unique<PathwayDriver>(*m_clinic);
}

void TestPathwayImport::oneBadRowImportsNothing()
{
    const QByteArray csv = "received,channel,national_id,name\n"
                           "2026-01-05,gp," +
                           id(1) +
                           ",Kari Syntetisk\n"
                           "2026-01-06,phone,,\n"
                           "2026-02-30,chat,,Feil Dato\n"
                           "2026-01-07,self," +
                           id(2) + ",\"Nordmann, Per\"\n";
    const std::int64_t before = count(m_driver->secretary(), "SELECT count(*) FROM patient");
    const std::int64_t auditBefore = count(m_driver->admin(), "SELECT count(*) FROM audit_log");
    auto result = ReferralImport::run(m_driver->secretary(), csv);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().rows.size(), 1);
    QCOMPARE(result.error().rows.first().line, 4);
    QVERIFY(result.error().rows.first().message.contains(QStringLiteral("received")));
    QVERIFY(!result.error().error.message.isEmpty());
    QCOMPARE(count(m_driver->secretary(), "SELECT count(*) FROM patient"), before);
    QCOMPARE(count(m_driver->secretary(), "SELECT count(*) FROM referral WHERE source = 'import'"), std::int64_t(0));
    QCOMPARE(count(m_driver->admin(), "SELECT count(*) FROM audit_log"), auditBefore);
}

void TestPathwayImport::rowErrors_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no date") << QByteArray(",gp,,,,,,") << QStringLiteral("received");
    QTest::newRow("date with slashes") << QByteArray("05/01/2026,gp,,,,,,") << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("date in the future") << QByteArray("2026-04-01,gp,,,,,,") << QStringLiteral("future");
    QTest::newRow("unknown channel") << QByteArray("2026-01-05,fax,,,,,,") << QStringLiteral("channel");
    QTest::newRow("no channel") << QByteArray("2026-01-05,,,,,,,") << QStringLiteral("channel");
    QTest::newRow("bad urgency") << QByteArray("2026-01-05,gp,asap,,,,,") << QStringLiteral("urgency");
    QTest::newRow("bad check digits") << QByteArray("2026-01-05,gp,,15839012345,,,,") << QStringLiteral("check digits");
    QTest::newRow("impossible date in ID")
        << QByteArray("2026-01-05,gp,,31029012345,,,,") << QStringLiteral("date of birth");
    QTest::newRow("birth year not a year") << QByteArray("2026-01-05,gp,,,nineteen,,,") << QStringLiteral("birth_year");
    QTest::newRow("minor by birth year") << QByteArray("2026-01-05,gp,,,2010,,,") << QStringLiteral("under 18");
    QTest::newRow("too few fields") << QByteArray("2026-01-05,gp") << QStringLiteral("2");
    QTest::newRow("bad phone") << QByteArray("2026-01-05,gp,,,,,call me,") << QStringLiteral("phone");
}

void TestPathwayImport::rowErrors()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, messagePart);
    const QByteArray csv = "received,channel,urgency,national_id,birth_year,name,phone,reason\n"
                           "2026-01-05,gp,normal,,1980,,,\n" +
                           row + "\n";
    auto read = ReferralImport::read(csv, ClinicKind::Test, m_clinic->clock().today());
    QVERIFY(!read.has_value());
    QCOMPARE(read.error().rows.size(), 1);
    QCOMPARE(read.error().rows.first().line, 3);
    QVERIFY2(read.error().rows.first().message.contains(messagePart), qPrintable(read.error().rows.first().message));
}

void TestPathwayImport::headerErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("header only") << QByteArray("received,channel\n");
    QTest::newRow("missing channel") << QByteArray("received,name\n2026-01-05,Ola\n");
    QTest::newRow("unknown column") << QByteArray("received,channel,email\n2026-01-05,gp,x@y\n");
    QTest::newRow("duplicate column") << QByteArray("received,channel,Channel\n2026-01-05,gp,gp\n");
    QTest::newRow("broken quoting") << QByteArray("received,channel\n\"2026-01-05,gp\n");
}

void TestPathwayImport::headerErrors()
{
    QFETCH(QByteArray, csv);
    auto read = ReferralImport::read(csv, ClinicKind::Test, m_clinic->clock().today());
    QVERIFY(!read.has_value());
    QCOMPARE(read.error().rows.size(), 1);
    QVERIFY(read.error().rows.first().line >= 1);
    QVERIFY(!read.error().rows.first().message.isEmpty());
}

void TestPathwayImport::goodFileImportsEverything()
{
    // Any column order, upper-case header names, quoted fields with commas and line breaks, CRLF.
    const QByteArray csv = "\xEF\xBB\xBFName,Channel,Received,National_ID,Reason,Urgency,Phone,Birth_Year\r\n"
                           "\"Hansen, Ola\",gp,2026-02-01," +
                           id(10) +
                           ",\"Bekymret\nfor egne tanker\",urgent,"
                           "+47 900 00 000,\r\n"
                           ",chat,2026-02-03,,,,,1990\r\n"
                           "Anne Syntetisk,police,2026-02-04,,,normal,,\r\n";
    const std::int64_t before = count(m_driver->secretary(), "SELECT count(*) FROM patient");
    auto result = ReferralImport::run(m_driver->secretary(), csv);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().error.message));
    QCOMPARE(result->patients.size(), 3);
    QCOMPARE(result->lines, (QList<int>{2, 4, 5}));
    QCOMPARE(count(m_driver->secretary(), "SELECT count(*) FROM patient"), before + 3);

    auto first = PatientRegistry::get(m_driver->secretary(), result->patients.at(0).patientId);
    QVERIFY(first.has_value());
    QCOMPARE(first->state, PatientState::Referred);
    QCOMPARE(first->identity.name, QStringLiteral("Hansen, Ola"));
    QCOMPARE(first->identity.nationalId, QString::fromLatin1(id(10)));
    QCOMPARE(first->identity.phone, QStringLiteral("+47 900 00 000"));
    auto referral = Referrals::get(m_driver->secretary(), first->id);
    QCOMPARE(referral->urgency, Urgency::Urgent);
    QCOMPARE(referral->channel, ReferralChannel::Gp);
    QCOMPARE(referral->receivedOn, QDate(2026, 2, 1));
    QVERIFY(referral->imported);
    QCOMPARE(*Referrals::reason(m_driver->leader(), first->id), QStringLiteral("Bekymret\nfor egne tanker"));

    auto anonymous = PatientRegistry::get(m_driver->secretary(), result->patients.at(1).patientId);
    QCOMPARE(anonymous->identity.birthYear, std::optional<int>(1990));
    QVERIFY(anonymous->identity.name.isEmpty());
    QCOMPARE(anonymous->displayName(), anonymous->pseudonym);
    // Each import row is audited as a referral import.
    QCOMPARE(count(m_driver->admin(), "SELECT count(*) FROM audit_log WHERE action = 'referral.import'"),
             std::int64_t(3));
}

void TestPathwayImport::duplicatesAreRefused()
{
    // Twice in the file: the second names the first's line.
    const QByteArray twice =
        "received,channel,national_id\n2026-01-05,gp," + id(20) + "\n2026-01-06,gp," + id(20) + "\n";
    auto read = ReferralImport::read(twice, ClinicKind::Test, m_clinic->clock().today());
    QVERIFY(!read.has_value());
    QCOMPARE(read.error().rows.first().line, 3);
    QVERIFY(read.error().rows.first().message.contains(QLatin1Char('2')));
    // Already registered: refused at run time, nothing imported.
    const QByteArray first = "received,channel,national_id\n2026-01-05,gp," + id(21) + "\n";
    QVERIFY(ReferralImport::run(m_driver->secretary(), first));
    const QByteArray again =
        "received,channel,national_id\n2026-01-05,gp," + id(22) + "\n2026-01-05,gp," + id(21) + "\n";
    auto result = ReferralImport::run(m_driver->secretary(), again);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().rows.size(), 1);
    QCOMPARE(result.error().rows.first().line, 3);
    auto stmt = m_driver->secretary().db().prepare("SELECT count(*) FROM patient WHERE national_id = ?1");
    stmt->bind(1, QString::fromLatin1(id(22)));
    QVERIFY(stmt->step().value_or(false));
    QCOMPARE(stmt->int64(0), std::int64_t(0));
}

void TestPathwayImport::onlySecretariesAndLeadersImport()
{
    const QByteArray csv = "received,channel\n2026-01-05,gp\n";
    QCOMPARE(ReferralImport::run(m_driver->clinician(), csv).error().error.code, ErrorCode::PermissionDenied);
    QCOMPARE(ReferralImport::run(m_driver->admin(), csv).error().error.code, ErrorCode::PermissionDenied);
    QVERIFY(ReferralImport::run(m_driver->leader(), csv).has_value());
}

QTEST_GUILESS_MAIN(TestPathwayImport)
#include "tst_pathway_import.moc"
