// The unit leader's log review through the real main window: the emergency access waits on top and is marked as
// reviewed; the audit log shows flagged rows first, pages lazily as the view scrolls, filters by user and by
// patient; and one patient's access log is exported for that patient as CSV and PDF, each export audited.
#include "GuiTestHelpers.h"
#include "PathwayFixture.h"
#include "Screenshots.h"
#include "access/PatientAccess.h"
#include "audit/AuditLogModel.h"
#include "audit/LogReviewPage.h"
#include "audit/PatientLogExport.h"
#include "backup/PathPrompt.h"
#include "clinic/Clinic.h"
#include "pathway/PatientRegistry.h"
#include "shell/NavigationFrame.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace forlop;
using namespace forlop::test;

namespace {

constexpr int Timeout = 30000;
const QString Reason = QStringLiteral("Pasienten ringte i krise og behandler er syk i dag");

AuditFilter forPatient(std::int64_t patientId)
{
    AuditFilter filter;
    filter.patientId = patientId;
    return filter;
}

} // namespace

class TestLogReviewGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareGuiTest(); }
    void cleanup() { PathPrompt::setAnswerForTests({}); }

    void emergencyFirstReviewFilterAndExport()
    {
        PathwayClinic clinic;
        std::int64_t patientId = 0;
        QString pseudonym;
        {
            PathwayDriver driver(clinic);
            auto patient = driver.patientIn(PatientState::Assessment);
            QVERIFY(patient);
            patientId = *patient;
            auto record = PatientRegistry::get(driver.leader(), patientId);
            QVERIFY(record);
            pseudonym = record->pseudonym;
            // Enough ordinary reads by the treating clinician to need a second page of the log.
            const AccessGrant care{QLatin1String(AuditBasis::CareRelation), {}};
            for (int i = 0; i < AuditLogModel::PageSize + 20; ++i) {
                QVERIFY(PatientAccess::auditRead(driver.clinician(), patientId, QStringLiteral("patient"), patientId,
                                                 care));
            }
            // A colleague is refused, then breaks the glass with a reason.
            QVERIFY(!PatientAccess::clinical(driver.otherClinician(), patientId));
            auto glass = PatientAccess::breakGlass(driver.otherClinician(), patientId, Reason);
            QVERIFY2(glass.has_value(), glass ? "" : qPrintable(glass.error().message));
            QVERIFY(PatientAccess::auditRead(driver.otherClinician(), patientId, QStringLiteral("patient"), patientId,
                                             *glass));
        }

        MainWindow window({clinic.path(), false}, clinic.clock());
        window.resize(1366, 768);
        window.show();
        window.start();
        submitLogin(window, QStringLiteral("leder"), QStringLiteral("test"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), Timeout);
        // Signing in is not reading the log: the page reads it (and core records that) when first shown.
        {
            AuditFilter byLeader;
            byLeader.userId = clinic.userId(QStringLiteral("leder"));
            byLeader.flaggedFirst = false;
            byLeader.limit = 1000;
            auto rows = AuditReview::query(*window.clinic(), byLeader);
            QVERIFY(rows);
            const auto views = std::count_if(rows->cbegin(), rows->cend(), [](const AuditRecord& record) {
                return record.event.action == QLatin1String("audit_log.view");
            });
            QCOMPARE(views, 1); // this query's own
        }
        QVERIFY(window.workspace()->showPage(QLatin1String(LogReviewPage::PageId)));
        auto* page = qobject_cast<LogReviewPage*>(window.workspace()->page(QLatin1String(LogReviewPage::PageId)));
        QVERIFY(page);

        // --- The emergency access waits on top.
        auto* emergencies = child<QTableView>(page, "emergencyView");
        QAbstractItemModelTester emergencyTester(emergencies->model(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(emergencies->isVisible());
        QCOMPARE(emergencies->model()->rowCount(), 1);
        QCOMPARE(emergencies->model()->index(0, 1).data().toString(), QStringLiteral("psykolog2"));
        QCOMPARE(emergencies->model()->index(0, 2).data().toString(), pseudonym);
        QCOMPARE(emergencies->model()->index(0, 3).data().toString(), Reason);

        // --- The log: flagged rows first, and only a page loaded until the view scrolls.
        auto* logView = child<QTableView>(page, "auditLogView");
        auto* log = qobject_cast<AuditLogModel*>(logView->model());
        QVERIFY(log);
        QCOMPARE(log->rowCount(), AuditLogModel::PageSize);
        QVERIFY(log->total() > AuditLogModel::PageSize);
        QVERIFY(log->canFetchMore({}));
        QVERIFY(log->index(0, 0).data(AuditLogModel::FlaggedRole).toBool());
        QVERIFY(child<QLabel>(page, "countLabel")->text().contains(QStringLiteral("scroll")));
        QVERIFY(saveScreenshot(&window, QStringLiteral("logreview-01-page")));
        logView->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() > AuditLogModel::PageSize, Timeout);
        // Attached only now: the tester itself fetches more, which would hide whether the view did.
        QAbstractItemModelTester logTester(log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (log->canFetchMore({})) {
            log->fetchMore({});
        }
        QSet<std::int64_t> seqs;
        bool flaggedRun = true;
        int flagged = 0;
        for (int row = 0; row < log->rowCount(); ++row) {
            const AuditRecord* record = log->recordAt(row);
            QVERIFY2(!seqs.contains(record->seq), "a row shown twice");
            seqs.insert(record->seq);
            const bool isFlagged = AuditLogModel::isFlagged(*record);
            QVERIFY2(!isFlagged || flaggedRun, "a flagged row after an ordinary one");
            flaggedRun = flaggedRun && isFlagged;
            flagged += isFlagged ? 1 : 0;
        }
        QCOMPARE(flagged, 3); // refused, emergency granted, read under emergency access
        QVERIFY(log->rowCount() >= log->total());

        // --- By user: only psykolog2's rows.
        auto* user = child<QComboBox>(page, "userFilterComboBox");
        user->setCurrentIndex(user->findText(QStringLiteral("psykolog2")));
        QVERIFY(user->currentIndex() > 0);
        QTest::mouseClick(child<QPushButton>(page, "applyFilterButton"), Qt::LeftButton);
        AuditFilter byUser;
        byUser.userId = clinic.userId(QStringLiteral("psykolog2"));
        const auto psykolog2Rows = AuditReview::count(*window.clinic(), byUser);
        QVERIFY(psykolog2Rows && *psykolog2Rows >= 3); // signed in, refused, broke the glass, read, signed out
        QCOMPARE(log->rowCount(), *psykolog2Rows);
        for (int row = 0; row < log->rowCount(); ++row) {
            QCOMPARE(log->recordAt(row)->userName, QStringLiteral("psykolog2"));
        }
        QVERIFY(AuditLogModel::isFlagged(*log->recordAt(0)));
        QVERIFY(!child<QPushButton>(page, "exportCsvButton")->isEnabled());
        user->setCurrentIndex(0);

        // --- A pseudonym that names no patient: said under the bar, nothing else changes.
        typeInto(child(page, "patientFilterEdit"), QStringLiteral("P-1999-9999"));
        QTest::mouseClick(child<QPushButton>(page, "applyFilterButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(page, "filterProblemLabel")->isVisible());
        QCOMPARE(log->rowCount(), *psykolog2Rows);

        // --- "Show this patient's log" from the queue fills the patient filter.
        QTest::mouseClick(child<QPushButton>(page, "showEmergencyPatientButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(page, "filterProblemLabel")->isVisible());
        QCOMPARE(child(page, "patientFilterEdit")->text(), pseudonym);
        QVERIFY(log->rowCount() > 0);
        for (int row = 0; row < log->rowCount(); ++row) {
            QCOMPARE(log->recordAt(row)->event.patientId.value_or(0), patientId);
        }
        QVERIFY(child<QPushButton>(page, "exportCsvButton")->isEnabled());

        // --- Mark as reviewed: the queue empties, and core agrees.
        QTest::mouseClick(child<QPushButton>(page, "markReviewedButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(page, "messageLabel")->text().contains(QStringLiteral("reviewed")));
        QCOMPARE(emergencies->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(page, "noEmergenciesLabel")->isVisible());
        QVERIFY(!emergencies->isVisible());
        auto open = AuditReview::emergencyAccesses(*window.clinic(), true);
        QVERIFY(open && open->isEmpty());
        QVERIFY(saveScreenshot(&window, QStringLiteral("logreview-02-reviewed-patient")));

        // --- Export the patient's access log as CSV and as PDF, into a temporary folder.
        QTemporaryDir out;
        auto entriesBefore = AuditReview::count(*window.clinic(), forPatient(patientId));
        QVERIFY(entriesBefore);
        const QString csvPath = out.filePath(QStringLiteral("log.csv"));
        PathPrompt::setAnswerForTests([&](PathPrompt::Kind kind, const QString& start) {
            return kind == PathPrompt::Kind::SaveFile && start.endsWith(QStringLiteral(".csv")) ? csvPath : QString();
        });
        QTest::mouseClick(child<QPushButton>(page, "exportCsvButton"), Qt::LeftButton);
        QVERIFY2(QFile::exists(csvPath), qPrintable(child<QLabel>(page, "messageLabel")->text()));
        const QString csv = QString::fromUtf8(readAll(csvPath));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), *entriesBefore + 1); // a header and every access to this patient
        QVERIFY(lines.first().startsWith(QStringLiteral("Time,Who,Role")));
        QVERIFY(csv.contains(Reason));
        QVERIFY(csv.contains(QStringLiteral("psykolog2")));
        QVERIFY(csv.contains(QStringLiteral("Emergency access")));

        const QString pdfPath = out.filePath(QStringLiteral("log.pdf"));
        PathPrompt::setAnswerForTests([&](PathPrompt::Kind, const QString& start) {
            return start.endsWith(QStringLiteral(".pdf")) ? pdfPath : QString();
        });
        QTest::mouseClick(child<QPushButton>(page, "exportPdfButton"), Qt::LeftButton);
        QVERIFY2(QFile::exists(pdfPath), qPrintable(child<QLabel>(page, "messageLabel")->text()));
        QVERIFY(readAll(pdfPath).startsWith("%PDF"));
        QVERIFY(child<QLabel>(page, "messageLabel")->text().contains(pseudonym));

        // Both exports are in the log, under the patient.
        AuditFilter exports = forPatient(patientId);
        exports.limit = 1000;
        auto rows = AuditReview::query(*window.clinic(), exports);
        QVERIFY(rows);
        int exported = 0;
        for (const AuditRecord& record : *rows) {
            exported += record.event.action == QLatin1String("audit_log.export") ? 1 : 0;
        }
        QCOMPARE(exported, 2);

        // What the PDF is printed from, to look at (the test machine has no PDF viewer).
        if (!screenshotPath(QStringLiteral("logreview-03-patient-log-document")).isEmpty()) {
            auto entries = AuditReview::patientAccessLog(*window.clinic(), patientId);
            QVERIFY(entries);
            const ClinicInfo& info = window.clinic()->info();
            QTextBrowser document;
            document.resize(1100, 700);
            document.setHtml(
                PatientLogExport::html({info.name, info.site, pseudonym, {}, {}, clinic.clock().now()}, *entries));
            QVERIFY(saveScreenshot(&document, QStringLiteral("logreview-03-patient-log-document")));
        }

        // A cancelled file dialog writes nothing and changes nothing.
        PathPrompt::setAnswerForTests([](PathPrompt::Kind, const QString&) { return QString(); });
        QTest::mouseClick(child<QPushButton>(page, "exportCsvButton"), Qt::LeftButton);
        window.lock();
    }

    void onlyUnitLeadersReviewTheLog()
    {
        PathwayClinic clinic;
        MainWindow window({clinic.path(), false}, clinic.clock());
        window.show();
        window.start();
        for (const QString& user : {QStringLiteral("admin"), QStringLiteral("sekretar"), QStringLiteral("psykolog1")}) {
            submitLogin(window, user, QStringLiteral("test"));
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), Timeout);
            QVERIFY2(!window.workspace()->pageIds().contains(QLatin1String(LogReviewPage::PageId)), qPrintable(user));
            window.lock();
        }
    }
};

QTEST_MAIN(TestLogReviewGui)
#include "tst_logreview_gui.moc"
