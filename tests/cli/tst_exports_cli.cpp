// forlop-admin export-registry and export-stats, run as the real executable against the hand-built clinic of
// the reports tests: exit codes, what is written, and what a refused or mistaken run leaves behind.
#include "../core/tst_reports_fixture.h"

#include "AdminProcess.h"
#include "reports/ExportSchemaValidator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace forlop;
using namespace forlop::test;

namespace {

constexpr QByteArrayView Password = TestClinic::Password;

QString failureText(const AdminOutcome& run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out, run.err);
}

QJsonObject jsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::int64_t scalar(Clinic& clinic, const QByteArray& sql)
{
    auto value = clinic.db().queryInt(sql.constData());
    return value ? *value : -1;
}

} // namespace

class TestExportsCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportsClinic> m_clinic;
    QTemporaryDir m_out;

    AdminOutcome exportRegistry(const QString& user, const QString& folder, const QByteArray& password = "test")
    {
        return runAdminAs(QStringLiteral("export-registry"), m_clinic->clinic.path(), user, {password}, {folder});
    }

    AdminOutcome exportStats(const QString& user, const QString& from, const QString& to, const QString& file)
    {
        return runAdminAs(QStringLiteral("export-stats"), m_clinic->clinic.path(), user, {QByteArray(Password.data())},
                          {QStringLiteral("--from"), from, QStringLiteral("--to"), to, file});
    }

private Q_SLOTS:
    void initTestCase() { m_clinic = std::make_unique<ReportsClinic>(); }
    void cleanupTestCase() { m_clinic.reset(); }

    void exportRegistryWritesTheConsentingPatients()
    {
        const QString folder = m_out.filePath(QStringLiteral("kvaso"));
        const AdminOutcome run = exportRegistry(QStringLiteral("leder"), folder);
        QVERIFY2(run.exitCode == 0, qPrintable(failureText(run)));
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.contains(QDir::toNativeSeparators(folder)));
        QVERIFY(run.out.contains(QStringLiteral("patients.csv")));

        QFile schemaFile(QFINDTESTDATA("../../docs/registry-export/registry-export-v1.schema.json"));
        QVERIFY(schemaFile.open(QIODevice::ReadOnly));
        const QStringList problems = ExportSchemaValidator::validateFolder(
            QJsonDocument::fromJson(schemaFile.readAll()).object(), folder);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(jsonFile(QDir(folder).filePath(QStringLiteral("manifest.json"))).value(QStringLiteral("patients")).toInt(),
                 3);

        // The withdrawn (P2) and the declined (P3) patient have no key: they were never exported.
        Clinic& leader = *m_clinic->leader;
        QCOMPARE(scalar(leader, "SELECT count(*) FROM registry_key"), 3);
        for (std::int64_t absent : {m_clinic->p2, m_clinic->p3}) {
            QCOMPARE(scalar(leader, "SELECT count(*) FROM registry_key WHERE patient_id = " +
                                        QByteArray::number(qlonglong(absent))),
                     0);
        }
        const QString patients = QString::fromUtf8(readAll(QDir(folder).filePath(QStringLiteral("patients.csv"))));
        QCOMPARE(patients.count(QStringLiteral("\r\n")), 4); // header and three patients
        QCOMPARE(scalar(leader, "SELECT count(*) FROM audit_log WHERE action = 'registry.export'"), 1);
    }

    void exportRegistryRefusals()
    {
        const QString folder = m_out.filePath(QStringLiteral("refused"));
        // A clinician may not export: exit 1, nothing written.
        AdminOutcome run = exportRegistry(QStringLiteral("psykolog1"), folder);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFileInfo::exists(folder));
        // A wrong password: exit 3.
        run = exportRegistry(QStringLiteral("leder"), folder, "wrong");
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!QFileInfo::exists(folder));
        // A folder that holds something: exit 1, and it is left as it was.
        QVERIFY(QDir().mkdir(folder));
        QFile other(QDir(folder).filePath(QStringLiteral("other.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("kept");
        other.close();
        run = exportRegistry(QStringLiteral("leder"), folder);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("other.txt")});
        // No destination: a usage error.
        run = runAdminAs(QStringLiteral("export-registry"), m_clinic->clinic.path(), QStringLiteral("leder"), {"test"});
        QCOMPARE(run.exitCode, 2);
    }

    void exportStatsWritesOneJsonFile()
    {
        const QString file = m_out.filePath(QStringLiteral("stats-2026-02.json"));
        const AdminOutcome run = exportStats(QStringLiteral("leder"), QStringLiteral("2026-02-01"),
                                             QStringLiteral("2026-02-28"), file);
        QVERIFY2(run.exitCode == 0, qPrintable(failureText(run)));
        const QJsonObject json = jsonFile(file);
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("forlop-national-statistics"));
        const QJsonObject period = json.value(QStringLiteral("period")).toObject();
        QCOMPARE(period.value(QStringLiteral("first_day")).toString(), QStringLiteral("2026-02-01"));
        QCOMPARE(period.value(QStringLiteral("last_day")).toString(), QStringLiteral("2026-02-28"));
        QFile schemaFile(QFINDTESTDATA("../../docs/national-statistics/national-statistics-v1.schema.json"));
        QVERIFY(schemaFile.open(QIODevice::ReadOnly));
        const QStringList problems = ExportSchemaValidator::validateValue(
            QJsonDocument::fromJson(schemaFile.readAll()).object(), json, QStringLiteral("statistics"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // A single day is a period too.
        const AdminOutcome oneDay = exportStats(QStringLiteral("leder"), QStringLiteral("2026-02-02"),
                                                QStringLiteral("2026-02-02"), m_out.filePath(QStringLiteral("day.json")));
        QVERIFY2(oneDay.exitCode == 0, qPrintable(failureText(oneDay)));
    }

    void exportStatsUsageErrors_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("no such day") << "2026-02-30" << "2026-03-31";
        QTest::newRow("Norwegian form") << "01.02.2026" << "2026-02-28";
        QTest::newRow("no leading zeros") << "2026-2-1" << "2026-02-28";
        QTest::newRow("bad last day") << "2026-02-01" << "end of month";
        QTest::newRow("from after to") << "2026-03-01" << "2026-02-01";
        QTest::newRow("empty") << "" << "2026-02-01";
    }

    void exportStatsUsageErrors()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const QString file = m_out.filePath(QStringLiteral("never.json"));
        const std::int64_t audits = scalar(*m_clinic->leader, "SELECT count(*) FROM audit_log");
        const AdminOutcome run = exportStats(QStringLiteral("leder"), from, to, file);
        QVERIFY2(run.exitCode == 2, qPrintable(failureText(run)));
        QVERIFY(run.err.contains(QStringLiteral("--from")) || run.err.contains(QStringLiteral("--to")));
        QVERIFY(!QFileInfo::exists(file));
        // Refused before signing in: not even the sign-in is in the audit trail.
        QCOMPARE(scalar(*m_clinic->leader, "SELECT count(*) FROM audit_log"), audits);
    }

    void exportStatsRefusals()
    {
        const QString file = m_out.filePath(QStringLiteral("refused.json"));
        AdminOutcome run = exportStats(QStringLiteral("sekretar"), QStringLiteral("2026-02-01"),
                                       QStringLiteral("2026-02-28"), file);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFileInfo::exists(file));
        run = exportStats(QStringLiteral("psykolog2"), QStringLiteral("2026-02-01"), QStringLiteral("2026-02-28"),
                          file);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFileInfo::exists(file));
        // --to missing: the framework's usage error.
        run = runAdminAs(QStringLiteral("export-stats"), m_clinic->clinic.path(), QStringLiteral("leder"), {"test"},
                         {QStringLiteral("--from"), QStringLiteral("2026-02-01"), file});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestExportsCli)
#include "tst_exports_cli.moc"
