// The period report as data (sections, tables, cells with the patients behind them) and as CSV, on the
// hand-built clinic's February.
#include "tst_reports_fixture.h"

#include "pathway/CsvReader.h"
#include "reports/FidelityReports.h"
#include "reports/PeriodReport.h"
#include "reports/ReportCsv.h"

using namespace forlop;
using namespace forlop::test;

namespace {

using Ids = QList<std::int64_t>;

Ids sorted(Ids ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The row whose first cell reads `label`; null when there is none.
const QList<ReportCell>* rowLabelled(const ReportTable* table, const QString& label)
{
    if (!table) {
        return nullptr;
    }
    for (const QList<ReportCell>& row : table->rows) {
        if (!row.isEmpty() && row.first().text == label) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace

class TestReportsPeriod : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportsClinic> m_clinic;
    Report m_report;

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<ReportsClinic>();
        auto report = PeriodReport::make(*m_clinic->leader, ReportsClinic::february());
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        m_report = *report;
    }

    void cleanupTestCase() { m_clinic.reset(); }

    void everyTableIsThere()
    {
        QCOMPARE(m_report.sections.size(), 5);
        for (const char* id : {PeriodReport::WaitingSummary, PeriodReport::WaitingMonths, PeriodReport::ReferralChannels,
                               PeriodReport::ReferralUrgency, PeriodReport::PackageTimepoints,
                               PeriodReport::PackageClinicians, PeriodReport::EligibilitySummary,
                               PeriodReport::EligibilityOverrides, PeriodReport::TreatmentSessions,
                               PeriodReport::TreatmentBands, PeriodReport::TreatmentClinicians,
                               PeriodReport::TreatmentEndReasons, PeriodReport::TreatmentPlans,
                               PeriodReport::OnwardNeeds}) {
            const ReportTable* table = m_report.table(QLatin1String(id));
            QVERIFY2(table, id);
            for (const QList<ReportCell>& row : table->rows) {
                QCOMPARE(row.size(), table->headers.size());
            }
        }
        QVERIFY(m_report.subtitle.contains(QStringLiteral("01.02.2026–28.02.2026")));
        QVERIFY(m_report.subtitle.contains(QStringLiteral("Testklinikken")));
    }

    void cellsDrillToTheirPatients()
    {
        const ReportsClinic& c = *m_clinic;
        const ReportTable* channels = m_report.table(QLatin1String(PeriodReport::ReferralChannels));
        const auto* gp = rowLabelled(channels, ReferralCodes::displayName(ReferralChannel::Gp));
        QVERIFY(gp);
        QCOMPARE(gp->at(1).text, QStringLiteral("2"));
        QCOMPARE(*gp->at(1).number, 2.0);
        QCOMPARE(gp->at(1).patients, sorted({c.p1, c.p6}));
        QCOMPARE(gp->at(2).text, QStringLiteral("20.0 %"));
        QCOMPARE(channels->chart.kind, ChartKind::Bars);

        // The clinic's row first, then the clinicians by name, the unallocated last.
        const ReportTable* waiting = m_report.table(QLatin1String(PeriodReport::WaitingSummary));
        QCOMPARE(waiting->rows.first().first().text, PeriodReport::tr("Whole clinic"));
        QCOMPARE(waiting->rows.first().at(2).text, QStringLiteral("8"));
        QCOMPARE(waiting->rows.first().at(3).text, QStringLiteral("10"));
        const auto* a = rowLabelled(waiting, QStringLiteral("psykolog1"));
        QVERIFY(a);
        QCOMPARE(a->at(2).text, QStringLiteral("8.5"));
        QCOMPARE(a->at(1).patients, sorted({c.p1, c.p2}));

        const ReportTable* needs = m_report.table(QLatin1String(PeriodReport::OnwardNeeds));
        QCOMPARE(needs->rows.first().at(4).patients, Ids{c.p2});
    }

    void sessionsHistogramMarksTheStandard()
    {
        const ReportTable* sessions = m_report.table(QLatin1String(PeriodReport::TreatmentSessions));
        // 0 to 21 attended sessions, one row each.
        QCOMPARE(sessions->rows.size(), 22);
        QCOMPARE(sessions->rows.at(17).at(1).patients, Ids{m_clinic->p1});
        QCOMPARE(sessions->rows.at(16).at(1).text, QStringLiteral("0"));
        QCOMPARE(sessions->chart.band->first, 16.0);
        QCOMPARE(sessions->chart.band->second, 20.0);
        const ReportTable* bands = m_report.table(QLatin1String(PeriodReport::TreatmentBands));
        QCOMPARE(bands->rows.at(0).at(1).patients, Ids{m_clinic->p2});
        QCOMPARE(bands->rows.at(1).at(2).text, QStringLiteral("33.3 %"));
    }

    void overridesWithAndWithoutReasons()
    {
        const ReportTable* overrides = m_report.table(QLatin1String(PeriodReport::EligibilityOverrides));
        QCOMPARE(overrides->rows.size(), 1);
        QCOMPARE(overrides->headers.size(), 4);
        QCOMPARE(overrides->rows.first().first().text, QStringLiteral("04.02.2026"));
        QCOMPARE(overrides->rows.first().first().patients, Ids{m_clinic->p2});
        QCOMPARE(overrides->rows.first().at(1).text, QStringLiteral("psykolog1"));

        auto fidelity = FidelityReports::compute(*m_clinic->leader, ReportsClinic::february());
        QVERIFY(fidelity);
        auto reasons = OverrideReasons::read(*m_clinic->leader, fidelity->overrides);
        QVERIFY(reasons);
        const Report withReasons = PeriodReport::build(*fidelity, QStringLiteral("Testklinikken"),
                                                       QStringLiteral("leder"), *reasons);
        const ReportTable* table = withReasons.table(QLatin1String(PeriodReport::EligibilityOverrides));
        QCOMPARE(table->headers.size(), 5);
        QCOMPARE(table->rows.first().at(4).text, QStringLiteral("Syntetisk: klinisk skjønn"));
    }

    void csvHoldsEveryTable()
    {
        const QString csv = ReportCsv::write(m_report);
        auto records = CsvReader::parse(csv.toUtf8());
        QVERIFY2(records, records ? "" : qPrintable(records.error().what));
        QCOMPARE(records->first().fields, QStringList{m_report.title});
        int tables = 0;
        int cells = 0;
        for (const ReportSection& section : m_report.sections) {
            for (const ReportTable& table : section.tables) {
                ++tables;
                const QString heading = section.title + QStringLiteral(" – ") + table.title;
                const auto at = std::find_if(records->begin(), records->end(), [&](const CsvRecord& record) {
                    return record.fields == QStringList{heading};
                });
                QVERIFY2(at != records->end(), qPrintable(heading));
                QCOMPARE((at + 1)->fields, table.headers);
                for (qsizetype row = 0; row < table.rows.size(); ++row) {
                    QCOMPARE((at + 2 + row)->fields.size(), table.headers.size());
                    QCOMPARE((at + 2 + row)->fields.first(), table.rows.at(row).first().text);
                    cells += int(table.headers.size());
                }
            }
        }
        QCOMPARE(tables, 14);
        QVERIFY(cells > 100);
        QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
    }

    void onlyUnitLeaders()
    {
        auto refused = PeriodReport::make(*m_clinic->a, ReportsClinic::february());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestReportsPeriod)
#include "tst_reports_period.moc"
