// The unit leader's "Fidelity to the standard" through the real main window, as leder on the hand-built clinic
// of the reports tests (tests/core/tst_reports_fixture.h), whose February 2026 figures are known: the page shows
// core's figures for the chosen period, an impossible period is refused with its message, a figure drills to
// its patients (table and chart) and a patient's record opens from the list through the record page (audited
// there), the override reasons are read on request, and the period report is exported as PDF and CSV (files
// checked, exports audited). Screenshots of the view with its charts in bokmål and English when
// FORLOP_SCREENSHOTS is set.
#include "../core/tst_reports_fixture.h"
#include "ClinicianGuiHelpers.h"
#include "Screenshots.h"
#include "backup/PathPrompt.h"
#include "leader/FidelityPage.h"
#include "leader/FidelityPatientsDialog.h"
#include "leader/FidelityPatientsModel.h"
#include "leader/FidelityPeriodChooser.h"
#include "leader/FidelitySectionView.h"
#include "leader/FidelityTableModel.h"
#include "leader/PeriodReportPdf.h"
#include "reports/PeriodReport.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace forlop;
using namespace forlop::test;

namespace {

std::int64_t auditRows(Clinic& clinic, const QString& action, const QString& objectType = {},
                       std::optional<std::int64_t> patientId = std::nullopt)
{
    auto stmt = clinic.db().prepare("SELECT count(*) FROM audit_log WHERE action = ?1 AND user_id = ?2 AND "
                                    "(?3 = '' OR object_type = ?3) AND (?4 IS NULL OR patient_id = ?4)");
    if (!stmt) {
        return -1;
    }
    stmt->bindAll(action, clinic.session().userId, objectType, patientId);
    auto row = stmt->step();
    return row && *row ? stmt->int64(0) : -1;
}

// The row of a report table whose first cell reads label; -1 when none does.
int rowLabelled(const ReportTable& table, const QString& label)
{
    for (int row = 0; row < table.rows.size(); ++row) {
        if (table.rows.at(row).value(0).text == label) {
            return row;
        }
    }
    return -1;
}

void setDays(FidelityPage* page, const QDate& first, const QDate& last)
{
    auto* preset = child<QComboBox>(page, "fidelityPresetCombo");
    preset->setCurrentIndex(preset->findData(int(FidelityPeriodChooser::Preset::Custom)));
    child<QDateEdit>(page, "fidelityFirstDayEdit")->setDate(first);
    child<QDateEdit>(page, "fidelityLastDayEdit")->setDate(last);
    clickButton(child<QPushButton>(page, "fidelityShowButton"));
}

} // namespace

class TestFidelityGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportsClinic> m_clinic;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    FidelityPage* fidelityPage(MainWindow& window)
    {
        if (!window.workspace() || !window.workspace()->showPage(QLatin1String(FidelityPage::PageId))) {
            return nullptr;
        }
        return qobject_cast<FidelityPage*>(window.workspace()->page(QLatin1String(FidelityPage::PageId)));
    }

    FidelityPatientsDialog* openedList()
    {
        FidelityPatientsDialog* dialog = nullptr;
        QElapsedTimer timer;
        timer.start();
        while (!(dialog = visibleWindow<FidelityPatientsDialog>()) && timer.elapsed() < GuiTimeout) {
            QTest::qWait(20);
        }
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        prepareGuiTest();
        QVERIFY(Language::install(QStringLiteral("nb")));
        m_clinic = std::make_unique<ReportsClinic>();
        m_window = std::make_unique<MainWindow>(AppOptions{m_clinic->clinic.path(), false}, m_clinic->clinic.clock());
        m_window->resize(1366, 768);
        m_window->show();
        m_window->start();
        QVERIFY(signInAs(*m_window, QStringLiteral("leder")));
    }

    void cleanup() { PathPrompt::setAnswerForTests({}); }

    void cleanupTestCase()
    {
        m_window.reset();
        m_clinic.reset();
    }

    void onlyRolesWithReportsSeeThePage()
    {
        QVERIFY(m_window->workspace()->pageIds().contains(QLatin1String(FidelityPage::PageId)));
        MainWindow clinician(AppOptions{m_clinic->clinic.path(), false}, m_clinic->clinic.clock());
        clinician.start();
        QVERIFY(signInAs(clinician, QStringLiteral("psykolog1")));
        QVERIFY(!clinician.workspace()->pageIds().contains(QLatin1String(FidelityPage::PageId)));
    }

    void thisYearIsShownFirstAndAudited()
    {
        Clinic& clinic = *m_window->clinic();
        const std::int64_t views = auditRows(clinic, QStringLiteral("report.view"), QStringLiteral("fidelity_report"));
        FidelityPage* page = fidelityPage(*m_window);
        QVERIFY(page);
        QVERIFY(page->fidelity());
        // Today is 2 March 2026: this year so far.
        QCOMPARE(page->fidelity()->period, (ReportPeriod{QDate(2026, 1, 1), QDate(2026, 3, 3)}));
        QCOMPARE(auditRows(clinic, QStringLiteral("report.view"), QStringLiteral("fidelity_report")), views + 1);
        QCOMPARE(child<QTabWidget>(page, "fidelityTabs")->count(), 5);
        QVERIFY(child<QLabel>(page, "fidelitySubtitleLabel")->text().contains(QStringLiteral("01.01.2026–02.03.2026")));
    }

    void presetsCoverTheirDays()
    {
        const QDate today(2026, 3, 2);
        using Preset = FidelityPeriodChooser::Preset;
        QCOMPARE(FidelityPeriodChooser::presetPeriod(Preset::LastYear, today),
                 (ReportPeriod{QDate(2025, 1, 1), QDate(2026, 1, 1)}));
        QCOMPARE(FidelityPeriodChooser::presetPeriod(Preset::Last12Months, today),
                 (ReportPeriod{QDate(2025, 4, 1), QDate(2026, 3, 3)}));
        // Choosing a preset shows its days in the date edits and its figures at once.
        FidelityPage* page = fidelityPage(*m_window);
        auto* preset = child<QComboBox>(page, "fidelityPresetCombo");
        preset->setCurrentIndex(preset->findData(int(Preset::LastYear)));
        QCOMPARE(page->fidelity()->period, (ReportPeriod{QDate(2025, 1, 1), QDate(2026, 1, 1)}));
        QCOMPARE(child<QDateEdit>(page, "fidelityFirstDayEdit")->date(), QDate(2025, 1, 1));
        QCOMPARE(child<QDateEdit>(page, "fidelityLastDayEdit")->date(), QDate(2025, 12, 31));
        // Nothing was referred last year.
        const FidelityTableModel* channels =
            page->section(QStringLiteral("waiting"))->model(QLatin1String(PeriodReport::ReferralChannels));
        QCOMPARE(channels->index(channels->rowCount() - 1, 1).data().toString(), QStringLiteral("0"));
    }

    void anImpossiblePeriodIsRefused()
    {
        FidelityPage* page = fidelityPage(*m_window);
        const ReportPeriod before = page->fidelity()->period;
        setDays(page, QDate(2026, 2, 28), QDate(2026, 2, 1));
        auto* error = child<QLabel>(page, "fidelityPeriodErrorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), ReportPeriod::tr("The period's first day must not be after its last day."));
        QCOMPARE(page->fidelity()->period, before);
    }

    void februaryShowsCoresFigures()
    {
        FidelityPage* page = fidelityPage(*m_window);
        setDays(page, QDate(2026, 2, 1), QDate(2026, 2, 28));
        QVERIFY(!child<QLabel>(page, "fidelityPeriodErrorLabel")->isVisible());
        QCOMPARE(page->fidelity()->period, ReportsClinic::february());
        auto expected = PeriodReport::make(*m_clinic->leader, ReportsClinic::february());
        QVERIFY(expected);

        // Every table of every section is on screen, cell for cell as core lays it out.
        for (const ReportSection& section : expected->sections) {
            FidelitySectionView* view = page->section(section.id);
            QVERIFY2(view, qPrintable(section.id));
            for (const ReportTable& table : section.tables) {
                FidelityTableModel* model = view->model(table.id);
                QVERIFY2(model, qPrintable(table.id));
                QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
                QCOMPARE(model->rowCount(), table.rows.size());
                QCOMPARE(model->columnCount(), table.headers.size());
                for (int row = 0; row < table.rows.size(); ++row) {
                    for (int column = 0; column < table.headers.size(); ++column) {
                        QCOMPARE(model->index(row, column).data().toString(), table.rows.at(row).at(column).text);
                    }
                }
            }
        }
        // The clinic's median wait in February: offers after 1, 7, 9 and 10 days.
        FidelityTableModel* waiting =
            page->section(QStringLiteral("waiting"))->model(QLatin1String(PeriodReport::WaitingSummary));
        QCOMPARE(waiting->index(0, 2).data().toString(), QStringLiteral("8"));
        QCOMPARE(waiting->index(0, 0).data().toString(), PeriodReport::tr("Whole clinic"));
        // The sessions chart sits beside its table, with the standard's band.
        QChartView* chart = child<QChartView>(page, "fidelityChart_treatment.sessions");
        QVERIFY(chart);
        bool band = false;
        for (QAbstractSeries* series : chart->chart()->series()) {
            band = band ||
                   series->name() == expected->table(QLatin1String(PeriodReport::TreatmentSessions))->chart.bandLabel;
        }
        QVERIFY(band);
        QVERIFY(child<QChartView>(page, "fidelityChart_waiting.months"));
        QVERIFY(child<QChartView>(page, "fidelityChart_referrals.channels"));
    }

    void aFigureDrillsToItsPatientsAndARecordOpens()
    {
        FidelityPage* page = fidelityPage(*m_window);
        Clinic& clinic = *m_window->clinic();
        QVERIFY(page->showSection(QStringLiteral("waiting")));
        QTableView* view = child<QTableView>(page, "fidelityTable_referrals.channels");
        QVERIFY(view && view->isVisible());
        auto* model = qobject_cast<FidelityTableModel*>(view->model());
        const int gpRow = rowLabelled(model->table(), ReferralCodes::displayName(ReferralChannel::Gp));
        QVERIFY(gpRow >= 0);
        const std::int64_t lists = auditRows(clinic, QStringLiteral("report.view"), QStringLiteral("report_patients"));

        // Enter on the GP referrals: the two patients referred by a GP in February.
        view->setFocus();
        view->setCurrentIndex(model->index(gpRow, 1));
        QTest::keyClick(view, Qt::Key_Return);
        FidelityPatientsDialog* dialog = openedList();
        QVERIFY(dialog);
        FidelityPatientsModel* patients = dialog->model();
        QAbstractItemModelTester tester(patients, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(patients->rowCount(), 2);
        QList<std::int64_t> ids{patients->patientId(0), patients->patientId(1)};
        std::sort(ids.begin(), ids.end());
        QList<std::int64_t> expected{m_clinic->p1, m_clinic->p6};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ids, expected);
        QCOMPARE(auditRows(clinic, QStringLiteral("report.view"), QStringLiteral("report_patients")), lists + 1);
        QVERIFY(child<QLabel>(dialog, "fidelityPatientsHeading")
                    ->text()
                    .contains(ReferralCodes::displayName(ReferralChannel::Gp)));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("fidelity-patients-nb")));

        // Opening P1 from the list shows the real record page, whose opening core audits.
        const int p1Row = patients->patientId(0) == m_clinic->p1 ? 0 : 1;
        const std::int64_t reads = auditRows(clinic, QStringLiteral("patient.view"), {}, m_clinic->p1);
        auto* list = child<QTableView>(dialog, "fidelityPatientsView");
        list->setFocus();
        list->setCurrentIndex(patients->index(p1Row, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(m_window->workspace()->currentPageId(), QLatin1String(PatientRecordPage::PageId));
        PatientRecordPage* record = recordPage(*m_window);
        QVERIFY(record && record->record());
        QCOMPARE(record->record()->patientId(), m_clinic->p1);
        QVERIFY(auditRows(clinic, QStringLiteral("patient.view"), {}, m_clinic->p1) > reads);
        QTRY_VERIFY(!visibleWindow<FidelityPatientsDialog>());
    }

    void aBarOfTheChartDrillsLikeItsRow()
    {
        FidelityPage* page = fidelityPage(*m_window);
        QVERIFY(page->showSection(QStringLiteral("treatment")));
        QChartView* chart = child<QChartView>(page, "fidelityChart_treatment.sessions");
        QVERIFY(chart);
        auto series = chart->chart()->series();
        QStackedBarSeries* bars = nullptr;
        for (QAbstractSeries* each : series) {
            bars = bars ? bars : qobject_cast<QStackedBarSeries*>(each);
        }
        QVERIFY(bars);
        // The bar of 17 attended sessions lies within the standard: P1's treatment.
        QBarSet* within = bars->barSets().value(1);
        QVERIFY(within);
        QCOMPARE(within->at(17), 1.0);
        Q_EMIT within->clicked(17);
        FidelityPatientsDialog* dialog = openedList();
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->patientId(0), m_clinic->p1);
        dialog->reject();
    }

    void overrideReasonsAreReadOnRequest()
    {
        FidelityPage* page = fidelityPage(*m_window);
        Clinic& clinic = *m_window->clinic();
        QVERIFY(page->showSection(QStringLiteral("eligibility")));
        FidelityTableModel* overrides =
            page->section(QStringLiteral("eligibility"))->model(QLatin1String(PeriodReport::EligibilityOverrides));
        QCOMPARE(overrides->columnCount(), 4);
        const std::int64_t reads = auditRows(clinic, QStringLiteral("eligibility_override.view"));
        clickButton(child<QPushButton>(page, "fidelityOverrideReasonsButton"));
        overrides =
            page->section(QStringLiteral("eligibility"))->model(QLatin1String(PeriodReport::EligibilityOverrides));
        QCOMPARE(overrides->columnCount(), 5);
        QCOMPARE(overrides->index(0, 4).data().toString(), QStringLiteral("Syntetisk: klinisk skjønn"));
        QCOMPARE(auditRows(clinic, QStringLiteral("eligibility_override.view")), reads + 1);
        QTRY_VERIFY(!page->findChild<QPushButton*>(QStringLiteral("fidelityOverrideReasonsButton")));
    }

    void thePeriodReportIsExportedAsPdfAndCsv()
    {
        FidelityPage* page = fidelityPage(*m_window);
        Clinic& clinic = *m_window->clinic();
        const std::int64_t exports =
            auditRows(clinic, QStringLiteral("report.export"), QStringLiteral("period_report"));
        QString suggested;
        PathPrompt::setAnswerForTests([&](PathPrompt::Kind kind, const QString& start) {
            suggested = start;
            return kind == PathPrompt::Kind::SaveFile ? m_dir.filePath(QStringLiteral("februar")) : QString();
        });
        clickButton(child<QPushButton>(page, "fidelityExportPdfButton"));
        QVERIFY(suggested.endsWith(QStringLiteral("2026-02-01-2026-02-28.pdf")));
        const QString pdf = m_dir.filePath(QStringLiteral("februar.pdf"));
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(readAll(pdf).left(4), QByteArray("%PDF"));
        QVERIFY(child<QLabel>(page, "fidelityMessageLabel")->text().contains(QStringLiteral("februar.pdf")));

        clickButton(child<QPushButton>(page, "fidelityExportCsvButton"));
        const QString csvPath = m_dir.filePath(QStringLiteral("februar.csv"));
        const QString csv = QString::fromUtf8(readAll(csvPath));
        QVERIFY(csv.startsWith(PeriodReport::tr("Fidelity to the national standard")));
        QVERIFY(csv.contains(QStringLiteral("01.02.2026–28.02.2026")));
        // The GP line of referrals by channel: 2 of February's 10 referrals, as on screen.
        const FidelityTableModel* channels =
            page->section(QStringLiteral("waiting"))->model(QLatin1String(PeriodReport::ReferralChannels));
        const int gpRow = rowLabelled(channels->table(), ReferralCodes::displayName(ReferralChannel::Gp));
        const QString gpLine = ReferralCodes::displayName(ReferralChannel::Gp) + QLatin1Char(',') +
                               channels->index(gpRow, 1).data().toString() + QLatin1Char(',');
        QVERIFY2(csv.contains(QStringLiteral("\r\n") + gpLine), qPrintable(gpLine));
        // Figures only: the clinical override reason shown on screen does not leave the app.
        QVERIFY(!csv.contains(QStringLiteral("klinisk skjønn")));
        QCOMPARE(auditRows(clinic, QStringLiteral("report.export"), QStringLiteral("period_report")), exports + 2);

        // What the PDF is printed from, to look at (the test machine has no PDF viewer).
        if (!screenshotPath(QStringLiteral("fidelity-pdf-document-nb")).isEmpty()) {
            QTextBrowser document;
            document.resize(1100, 900);
            document.setHtml(PeriodReportPdf::html(page->report()));
            QVERIFY(saveScreenshot(&document, QStringLiteral("fidelity-pdf-document-nb")));
        }

        // A cancelled dialog writes nothing and records nothing.
        PathPrompt::setAnswerForTests([](PathPrompt::Kind, const QString&) { return QString(); });
        clickButton(child<QPushButton>(page, "fidelityExportCsvButton"));
        QCOMPARE(auditRows(clinic, QStringLiteral("report.export"), QStringLiteral("period_report")), exports + 2);
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nb") << QStringLiteral("nb");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        m_window.reset();
        QVERIFY(Language::install(language) || language == QLatin1String("en"));
        MainWindow window(AppOptions{m_clinic->clinic.path(), false}, m_clinic->clinic.clock());
        window.resize(1366, 768);
        window.show();
        window.start();
        QVERIFY(signInAs(window, QStringLiteral("leder")));
        FidelityPage* page = fidelityPage(window);
        QVERIFY(page && page->fidelity());
        for (const char* section : {"waiting", "package", "eligibility", "treatment", "onward"}) {
            QVERIFY(page->showSection(QLatin1String(section)));
            QVERIFY(saveScreenshot(&window, QStringLiteral("fidelity-%1-%2").arg(QLatin1String(section), language)));
        }
        // The referrals by channel, further down the first tab.
        QVERIFY(page->showSection(QStringLiteral("waiting")));
        FidelitySectionView* waiting = page->section(QStringLiteral("waiting"));
        QCoreApplication::processEvents();
        waiting->verticalScrollBar()->setValue(waiting->verticalScrollBar()->maximum());
        QVERIFY(saveScreenshot(&window, QStringLiteral("fidelity-waiting-channels-") + language));
        QVERIFY(Language::install(QStringLiteral("nb")));
    }
};

QTEST_MAIN(TestFidelityGui)
#include "tst_fidelity_gui.moc"
