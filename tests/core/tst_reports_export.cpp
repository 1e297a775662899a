// The period report as an exported file: the export is audited (one "report.export" row naming the period and
// the format, in the same transaction as the figures), the CSV is written atomically with the figures of the
// report, and a role without reports or a path that cannot be written changes nothing.
#include "pathway/CsvReader.h"
#include "reports/PeriodReport.h"
#include "reports/PeriodReportExport.h"
#include "tst_reports_fixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace forlop;
using namespace forlop::test;

namespace {

std::int64_t exportRows(Clinic& clinic, const QString& reason)
{
    auto stmt = clinic.db().prepare(
        "SELECT count(*) FROM audit_log WHERE action = 'report.export' AND object_type = 'period_report' "
        "AND reason = ?1 AND user_id = ?2 AND basis = 'clinic' AND patient_id IS NULL");
    if (!stmt) {
        return -1;
    }
    stmt->bindAll(reason, clinic.session().userId);
    auto row = stmt->step();
    return row && *row ? stmt->int64(0) : -1;
}

std::int64_t allExportRows(Clinic& clinic)
{
    auto value = clinic.db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'report.export'");
    return value ? *value : -1;
}

} // namespace

class TestReportsExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportsClinic> m_clinic;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clinic = std::make_unique<ReportsClinic>();
    }

    void cleanupTestCase() { m_clinic.reset(); }

    void preparingAnExportIsAudited()
    {
        Clinic& leader = *m_clinic->leader;
        const QString reason = QStringLiteral("period 2026-02-01/2026-03-01 pdf");
        const std::int64_t before = exportRows(leader, reason);
        auto report = PeriodReportExport::prepare(leader, ReportsClinic::february(), PeriodReportExport::Format::Pdf);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(exportRows(leader, reason), before + 1);
        // The same figures as the report on screen, without the clinical override reasons.
        auto shown = PeriodReport::make(leader, ReportsClinic::february());
        QVERIFY(shown);
        QCOMPARE(report->sections.size(), shown->sections.size());
        const ReportTable* channels = report->table(QLatin1String(PeriodReport::ReferralChannels));
        QVERIFY(channels);
        QCOMPARE(channels->rows.last().at(1).text, QStringLiteral("10"));
        QCOMPARE(report->table(QLatin1String(PeriodReport::EligibilityOverrides))->headers.size(), 4);
    }

    void csvIsWrittenAndAudited()
    {
        Clinic& leader = *m_clinic->leader;
        const QString reason = QStringLiteral("period 2026-02-01/2026-03-01 csv");
        const std::int64_t before = exportRows(leader, reason);
        const QString path = m_dir.filePath(QStringLiteral("periode.csv"));
        auto written = PeriodReportExport::writeCsv(leader, ReportsClinic::february(), path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(exportRows(leader, reason), before + 1);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        auto records = CsvReader::parse(bytes);
        QVERIFY(records);
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.startsWith(PeriodReport::tr("Fidelity to the national standard")));
        QVERIFY(text.contains(QStringLiteral("01.02.2026–28.02.2026")));
        // The GP row of referrals by channel: two of ten referrals.
        bool gpRow = false;
        for (const CsvRecord& record : *records) {
            if (record.fields.value(0) == ReferralCodes::displayName(ReferralChannel::Gp)) {
                QCOMPARE(record.fields.value(1), QStringLiteral("2"));
                QCOMPARE(record.fields.value(2), QStringLiteral("20.0 %"));
                gpRow = true;
            }
        }
        QVERIFY(gpRow);
        // Figures only: no pseudonym of any patient in the period.
        for (std::int64_t patient : {m_clinic->p1, m_clinic->p2, m_clinic->p3}) {
            const QByteArray sql = "SELECT pseudonym FROM patient WHERE id = " + QByteArray::number(qlonglong(patient));
            auto pseudonym = leader.db().queryText(sql.constData());
            QVERIFY(pseudonym);
            QVERIFY(!text.contains(*pseudonym));
        }
    }

    void aPathThatCannotBeWrittenChangesNothing()
    {
        Clinic& leader = *m_clinic->leader;
        const std::int64_t before = allExportRows(leader);
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/periode.csv"));
        auto written = PeriodReportExport::writeCsv(leader, ReportsClinic::february(), path);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Failed);
        QVERIFY(written.error().message.contains(QStringLiteral("periode.csv")));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(allExportRows(leader), before);
    }

    void onlyRolesWithReportsMayExport()
    {
        const std::int64_t before = allExportRows(*m_clinic->leader);
        for (Clinic* clinic : {m_clinic->a.get(), m_clinic->desk.get()}) {
            auto report =
                PeriodReportExport::prepare(*clinic, ReportsClinic::february(), PeriodReportExport::Format::Pdf);
            QVERIFY(!report);
            QCOMPARE(report.error().code, ErrorCode::PermissionDenied);
            const QString path = m_dir.filePath(QStringLiteral("nekt.csv"));
            QVERIFY(!PeriodReportExport::writeCsv(*clinic, ReportsClinic::february(), path));
            QVERIFY(!QFile::exists(path));
        }
        QCOMPARE(allExportRows(*m_clinic->leader), before);
    }
};

QTEST_GUILESS_MAIN(TestReportsExport)
#include "tst_reports_export.moc"
