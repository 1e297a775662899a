// forlop-admin import-referrals, stats and demo, run as the real executable.
#include "AdminProcess.h"
#include "PathwayFixture.h"
#include "clinic/Clinic.h"
#include "pathway/ClinicStatistics.h"
#include "pathway/DemoClinicGenerator.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

QString failureText(const AdminOutcome& run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class TestPathwayCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importWithOneBadRowImportsNothing();
    void importGoodFile();
    void importNeedsTheRightRole();
    void importMissingFile();
    void statsAsJson();
    void statsAsText();
    void demoClinic();
    void demoUsage();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    std::int64_t patients();

    std::unique_ptr<PathwayClinic> m_clinic;
};

void TestPathwayCli::initTestCase()
{
    // The messages checked here are the English source texts: forlop-admin inherits this, and LANGUAGE=en beside
    // the tests' C locale makes it choose English.
    qputenv("LANGUAGE", "en");
    m_clinic = std::make_unique<PathwayClinic>();
}

QString TestPathwayCli::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_clinic->base().dir() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

std::int64_t TestPathwayCli::patients()
{
    auto admin = m_clinic->open(QStringLiteral("admin"));
    return admin ? admin->db().queryInt("SELECT count(*) FROM patient").value_or(-1) : -1;
}

void TestPathwayCli::importWithOneBadRowImportsNothing()
{
    const QString id = syntheticNationalId(QDate(1981, 4, 4), 1);
    const QString csv = writeFile(QStringLiteral("bad.csv"), "received,channel,national_id\n"
                                                             "2026-01-05,gp," +
                                                                 id.toLatin1() +
                                                                 "\n"
                                                                 "2026-01-06,telegram,\n"
                                                                 "2026-01-07,phone,\n");
    QVERIFY(!csv.isEmpty());
    const std::int64_t before = patients();
    const AdminOutcome run = runAdminAs(QStringLiteral("import-referrals"), m_clinic->path(),
                                        QStringLiteral("sekretar"), {TestClinic::Password}, {csv});
    QVERIFY2(run.exitCode == 1, qPrintable(failureText(run)));
    QVERIFY2(run.err.contains(QStringLiteral("line 3:")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("channel")));
    QVERIFY(!run.err.contains(QStringLiteral("line 2:")));
    QVERIFY(!run.err.contains(id));
    QCOMPARE(patients(), before);
}

void TestPathwayCli::importGoodFile()
{
    const QString csv = writeFile(QStringLiteral("good.csv"), "channel,received,name,urgency\n"
                                                              "self,2026-02-01,\"Syntetisk, Per\",urgent\n"
                                                              "chat,2026-02-02,,\n");
    const std::int64_t before = patients();
    const AdminOutcome run = runAdminAs(QStringLiteral("import-referrals"), m_clinic->path(), QStringLiteral("leder"),
                                        {TestClinic::Password}, {csv});
    QVERIFY2(run.exitCode == 0, qPrintable(failureText(run)));
    QVERIFY(run.out.contains(QStringLiteral("line 2: P-")));
    QVERIFY(run.out.contains(QStringLiteral("line 3: P-")));
    QCOMPARE(patients(), before + 2);
}

void TestPathwayCli::importNeedsTheRightRole()
{
    const QString csv = writeFile(QStringLiteral("one.csv"), "received,channel\n2026-02-01,gp\n");
    const AdminOutcome run = runAdminAs(QStringLiteral("import-referrals"), m_clinic->path(), QStringLiteral("admin"),
                                        {TestClinic::Password}, {csv});
    QVERIFY2(run.exitCode == 1, qPrintable(failureText(run)));
    const AdminOutcome wrong =
        runAdminAs(QStringLiteral("import-referrals"), m_clinic->path(), QStringLiteral("sekretar"), {"not-it"}, {csv});
    QCOMPARE(wrong.exitCode, 3);
}

void TestPathwayCli::importMissingFile()
{
    const AdminOutcome run =
        runAdminAs(QStringLiteral("import-referrals"), m_clinic->path(), QStringLiteral("sekretar"),
                   {TestClinic::Password}, {m_clinic->base().dir() + QStringLiteral("/none.csv")});
    QVERIFY2(run.exitCode == 1, qPrintable(failureText(run)));
    const AdminOutcome usage = runAdminAs(QStringLiteral("import-referrals"), m_clinic->path(),
                                          QStringLiteral("sekretar"), {TestClinic::Password});
    QCOMPARE(usage.exitCode, 2);
}

void TestPathwayCli::statsAsJson()
{
    {
        PathwayDriver driver(*m_clinic);
        QVERIFY(driver.patientIn(PatientState::Treatment).has_value());
        QVERIFY(driver.patientIn(PatientState::Excluded).has_value());
    }
    const AdminOutcome run = runAdminAs(QStringLiteral("stats"), m_clinic->path(), QStringLiteral("admin"),
                                        {TestClinic::Password}, {QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(failureText(run)));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    auto leader = m_clinic->open(QStringLiteral("leder"));
    auto counts = ClinicStatistics::compute(*leader);
    QVERIFY(counts.has_value());
    QCOMPARE(json, counts->toJson());
    QCOMPARE(json.value(QStringLiteral("patients")).toObject().value(QStringLiteral("total")).toInteger(), patients());
    const QJsonObject byState =
        json.value(QStringLiteral("patients")).toObject().value(QStringLiteral("by_state")).toObject();
    QCOMPARE(byState.value(QStringLiteral("treatment")).toInteger(), 1);
    QCOMPARE(byState.value(QStringLiteral("excluded")).toInteger(), 1);
    for (const char* key : {"referrals", "appointments", "sessions", "notes", "duty_reports"}) {
        QVERIFY2(json.contains(QLatin1String(key)), key);
    }
    // A clinician has no statistics.
    const AdminOutcome clinician = runAdminAs(QStringLiteral("stats"), m_clinic->path(), QStringLiteral("psykolog1"),
                                              {TestClinic::Password}, {QStringLiteral("--json")});
    QCOMPARE(clinician.exitCode, 1);
    QVERIFY(clinician.out.isEmpty());
}

void TestPathwayCli::statsAsText()
{
    const AdminOutcome run =
        runAdminAs(QStringLiteral("stats"), m_clinic->path(), QStringLiteral("leder"), {TestClinic::Password});
    QVERIFY2(run.exitCode == 0, qPrintable(failureText(run)));
    QVERIFY(run.out.contains(QStringLiteral("Patients: ")));
    QVERIFY(run.out.contains(QStringLiteral("Signed notes: ")));
}

void TestPathwayCli::demoClinic()
{
    // Real key derivation for every user: a handful of patients keeps this to seconds.
    const QString path = m_clinic->base().dir() + QStringLiteral("/demo.forlop");
    const AdminOutcome run = runAdmin({QStringLiteral("demo"), path, QStringLiteral("--patients"), QStringLiteral("10"),
                                       QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--today"),
                                       QStringLiteral("2026-03-02")});
    QVERIFY2(run.exitCode == 0, qPrintable(failureText(run)));
    QVERIFY(run.out.contains(QStringLiteral("psykolog2")));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(17, 0), Qt::UTC));
    auto clinician = Clinic::open(path, QStringLiteral("psykolog1"), DemoClinicGenerator::Password, clock);
    QVERIFY(clinician.has_value());
    QCOMPARE((*clinician)->info().kind, ClinicKind::Demo);
    QCOMPARE(*(*clinician)->db().queryInt("SELECT count(*) FROM patient"), std::int64_t(10));
    QCOMPARE(*(*clinician)->db().queryInt("SELECT count(DISTINCT state) FROM patient"), std::int64_t(10));
    // Never over an existing clinic.
    const AdminOutcome again = runAdmin({QStringLiteral("demo"), path});
    QCOMPARE(again.exitCode, 1);
}

void TestPathwayCli::demoUsage()
{
    const QString path = m_clinic->base().dir() + QStringLiteral("/x.forlop");
    QCOMPARE(runAdmin({QStringLiteral("demo"), path, QStringLiteral("--patients"), QStringLiteral("many")}).exitCode,
             2);
    QCOMPARE(runAdmin({QStringLiteral("demo"), path, QStringLiteral("--today"), QStringLiteral("2.3.2026")}).exitCode,
             2);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestPathwayCli)
#include "tst_pathway_cli.moc"
