// The unit leader's caseloads and allocation through the real main window, as leder on a test clinic: the
// caseload figures checked against core, a figure drilled to its patients and one of them opened in the record
// (audited with the unit leader's basis), referrals allocated from the waiting list with the button and with the
// keyboard and checked in core, a refused allocation shown as a translated message that changes nothing.
// Screenshots of both pages at 1366×768 in bokmål and English when FORLOP_SCREENSHOTS is set.
#include "ClinicianGuiHelpers.h"
#include "Screenshots.h"
#include "TestStaff.h"
#include "access/PatientAccess.h"
#include "clinic/Clinic.h"
#include "leader/AllocationClinicianModel.h"
#include "leader/AllocationPage.h"
#include "leader/AllocationReferralModel.h"
#include "leader/CaseloadPage.h"
#include "leader/CaseloadTableModel.h"
#include "leader/LeaderPatientModel.h"
#include "pathway/ClinicalNote.h"
#include "pathway/PatientRegistry.h"
#include "pathway/Referrals.h"
#include "reports/AllocationBoard.h"
#include "reports/Caseloads.h"
#include "util/Language.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace forlop;
using namespace forlop::test;

namespace {

std::int64_t auditCount(Clinic& clinic, const QString& action, std::int64_t patientId, const QString& basis)
{
    auto stmt = clinic.db().prepare("SELECT count(*) FROM audit_log WHERE action = ?1 AND patient_id = ?2 "
                                    "AND user_id = ?3 AND basis = ?4 AND outcome = 'ok'");
    if (!stmt) {
        return -1;
    }
    stmt->bindAll(action, patientId, clinic.session().userId, basis);
    auto row = stmt->step();
    return row && *row ? stmt->int64(0) : -1;
}

QSet<std::int64_t> patientsOf(const LeaderPatientModel& model)
{
    QSet<std::int64_t> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.patientAt(row)->patientId);
    }
    return ids;
}

// Chooses a cell of a table as a click would.
void clickCell(QTableView* view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex(), index);
}

} // namespace

class TestLeaderGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClinicianFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::int64_t m_waiting = 0;        // psykolog1's, on the waiting list, nothing booked
    std::int64_t m_drafted = 0;        // psykolog1's, in eligibility, with a draft note five days old
    QList<std::int64_t> m_unallocated; // referrals without a clinician, urgent first then the longest waiting
    std::int64_t m_blocked = 0;        // unallocated, but leder is blocked from it by leder2

    CaseloadPage* showCaseloads()
    {
        if (!m_window->workspace()->showPage(QLatin1String(CaseloadPage::PageId))) {
            return nullptr;
        }
        return qobject_cast<CaseloadPage*>(m_window->workspace()->page(QLatin1String(CaseloadPage::PageId)));
    }

    AllocationPage* showAllocation(MainWindow& window)
    {
        if (!window.workspace()->showPage(QLatin1String(AllocationPage::PageId))) {
            return nullptr;
        }
        return qobject_cast<AllocationPage*>(window.workspace()->page(QLatin1String(AllocationPage::PageId)));
    }

    std::int64_t refer(Clinic& desk, int daysAgo, ReferralChannel channel, Urgency urgency)
    {
        NewReferral referral;
        referral.receivedOn = m_fixture->clinic.clock().today().addDays(-daysAgo);
        referral.channel = channel;
        referral.urgency = urgency;
        referral.reason = QStringLiteral("Syntetisk henvisning");
        auto registered = Referrals::registerReferral(desk, referral);
        if (!registered) {
            qWarning("referral: %s", qPrintable(registered.error().message));
            return 0;
        }
        return registered->patientId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareGuiTest();
        Language::install(QStringLiteral("nb"));
        m_fixture = std::make_unique<ClinicianFixture>();
        QVERIFY(m_fixture->setUp());
        PathwayClinic& clinic = m_fixture->clinic;
        {
            PathwayDriver driver(clinic);
            m_waiting = driver.patientIn(PatientState::Waiting, true).value_or(0);
            m_drafted = driver.patientIn(PatientState::Eligibility, true).value_or(0);
            QVERIFY(m_waiting && m_drafted);
            const QDateTime now = clinic.clock().now();
            clinic.clock().set(now.addDays(-5));
            QVERIFY(ClinicalNotes::createDraft(driver.clinician(), m_drafted, std::nullopt,
                                               QStringLiteral("Syntetisk utkast")));
            clinic.clock().set(now);

            // Five referrals wait: the urgent one first, then by the day received.
            const std::int64_t urgent = refer(driver.secretary(), 3, ReferralChannel::Police, Urgency::Urgent);
            const std::int64_t oldest = refer(driver.secretary(), 41, ReferralChannel::Gp, Urgency::Normal);
            const std::int64_t middle = refer(driver.secretary(), 20, ReferralChannel::Chat, Urgency::Normal);
            const std::int64_t newest = refer(driver.secretary(), 2, ReferralChannel::Phone, Urgency::Normal);
            m_blocked = refer(driver.secretary(), 10, ReferralChannel::Lawyer, Urgency::Normal);
            QVERIFY(urgent && oldest && middle && newest && m_blocked);
            m_unallocated = {urgent, oldest, middle, m_blocked, newest};
        }
        // A second unit leader shuts leder out of one referral: allocating it must then fail in core.
        QVERIFY(addStaff(clinic.base(), QStringLiteral("leder2"), Role::UnitLeader));
        auto leder2 = clinic.open(QStringLiteral("leder2"));
        QVERIFY(leder2);
        QVERIFY(PatientAccess::block(*leder2, m_blocked, clinic.userId(QStringLiteral("leder"))));

        m_window = std::make_unique<MainWindow>(AppOptions{clinic.path(), false}, clinic.clock());
        m_window->resize(1366, 768);
        m_window->show();
        m_window->start();
        QVERIFY(signInAs(*m_window, QStringLiteral("leder")));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // the keyboard tests need the focus
        const QStringList pages = m_window->workspace()->pageIds();
        QVERIFY(pages.contains(QLatin1String(CaseloadPage::PageId)));
        QVERIFY(pages.contains(QLatin1String(AllocationPage::PageId)));
    }

    void caseloadFiguresAreCores()
    {
        CaseloadPage* page = showCaseloads();
        QVERIFY(page);
        CaseloadTableModel* model = page->caseloadModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester patientTester(page->patientModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(child<QLabel>(page, "caseloadPeriodLabel")->text().contains(QStringLiteral("02.03.2026")));

        auto view = Caseloads::view(*m_window->clinic());
        QVERIFY2(view, view ? "" : qPrintable(view.error().message));
        QCOMPARE(model->rowCount(), view->clinicians.size());
        QCOMPARE(model->rowCount(), 2); // psykolog1 and psykolog2; the unit leaders carry no caseload
        for (int row = 0; row < model->rowCount(); ++row) {
            const Caseload& expected = view->clinicians.at(row);
            auto text = [&](int column) { return model->index(row, column).data().toString(); };
            QCOMPARE(text(CaseloadTableModel::ClinicianColumn), expected.name);
            QCOMPARE(text(CaseloadTableModel::ActiveColumn), QString::number(expected.active.count));
            QCOMPARE(text(CaseloadTableModel::SessionsColumn), QString::number(expected.sessionsDelivered.count));
            QCOMPARE(text(CaseloadTableModel::FreeColumn), CaseloadTableModel::hours(expected.freeMinutes));
            QCOMPARE(text(CaseloadTableModel::UnsignedColumn), QString::number(expected.unsignedNotes.count));
            QCOMPARE(text(CaseloadTableModel::DutyColumn), QString::number(expected.openDutyFollowUps.count));
            QCOMPARE(text(CaseloadTableModel::NoAppointmentColumn), QString::number(expected.withoutAppointment.count));
            for (int column = 0; column < CaseloadTableModel::ColumnCount; ++column) {
                if (auto state = CaseloadTableModel::stateOf(column)) {
                    const qint64 count = expected.activeByState.value(*state).count;
                    QCOMPARE(text(column), count ? QString::number(count) : QString());
                }
            }
        }
        // And the story the fixture told: psykolog1 has the treated, waiting and drafted patients, one session
        // today, one draft older than three days, and none of the three has anything booked ahead.
        const int p1 =
            view->clinicians.at(0).clinicianId == m_fixture->clinic.userId(QStringLiteral("psykolog1")) ? 0 : 1;
        auto text = [&](int column) { return model->index(p1, column).data().toString(); };
        QCOMPARE(text(CaseloadTableModel::ActiveColumn), QStringLiteral("3"));
        QCOMPARE(text(CaseloadTableModel::TreatmentColumn), QStringLiteral("1"));
        QCOMPARE(text(CaseloadTableModel::WaitingColumn), QStringLiteral("1"));
        QCOMPARE(text(CaseloadTableModel::EligibilityColumn), QStringLiteral("1"));
        QCOMPARE(text(CaseloadTableModel::SessionsColumn), QStringLiteral("1"));
        QCOMPARE(text(CaseloadTableModel::UnsignedColumn), QStringLiteral("1"));
        QCOMPARE(text(CaseloadTableModel::NoAppointmentColumn), QStringLiteral("3")); // today's has taken place
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("leader-caseloads-figures-nb")));
    }

    void drillToPatientsAndOpenOne()
    {
        CaseloadPage* page = showCaseloads();
        QVERIFY(page);
        LeaderPatientModel* patients = page->patientModel();
        QAbstractItemModelTester tester(patients, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* table = child<QTableView>(page, "caseloadTableView");
        auto* list = child<QTableView>(page, "caseloadPatientsView");
        CaseloadTableModel* model = page->caseloadModel();
        const std::int64_t psykolog1 = m_fixture->clinic.userId(QStringLiteral("psykolog1"));
        const int row = model->caseloadAt(0)->clinicianId == psykolog1 ? 0 : 1;

        // The clinician's name lists the active patients; each figure lists the patients behind it.
        clickCell(table, row, CaseloadTableModel::ClinicianColumn);
        QCOMPARE(patientsOf(*patients), (QSet<std::int64_t>{m_fixture->treated, m_waiting, m_drafted}));
        QVERIFY(child<QLabel>(page, "caseloadDrillTitleLabel")->text().startsWith(model->caseloadAt(row)->name));
        clickCell(table, row, CaseloadTableModel::UnsignedColumn);
        QCOMPARE(patientsOf(*patients), QSet<std::int64_t>{m_drafted});
        clickCell(table, row, CaseloadTableModel::SessionsColumn);
        QCOMPARE(patientsOf(*patients), QSet<std::int64_t>{m_fixture->treated});
        QCOMPARE(patients->index(0, LeaderPatientModel::PatientColumn).data().toString(), m_fixture->treatedPseudonym);
        QCOMPARE(patients->index(0, LeaderPatientModel::StateColumn).data().toString(),
                 PatientStates::displayName(PatientState::Treatment));

        // Keyboard: Enter on "no appointment" goes down to its list, Enter there opens the record.
        table->setFocus();
        table->setCurrentIndex(model->index(row, CaseloadTableModel::NoAppointmentColumn));
        QCOMPARE(patientsOf(*patients), (QSet<std::int64_t>{m_fixture->treated, m_waiting, m_drafted}));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(list->hasFocus());
        QVERIFY(list->currentIndex().isValid());
        const std::int64_t first = list->currentIndex().data(LeaderPatientModel::PatientIdRole).toLongLong();

        Clinic& clinic = *m_window->clinic();
        // The record's clinical reads carry the unit leader's basis of access: the whole clinic.
        const auto views = auditCount(clinic, QStringLiteral("timeline.view"), first, QStringLiteral("clinic"));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(m_window->workspace()->currentPageId(), QLatin1String(PatientRecordPage::PageId));
        PatientRecordPage* record = recordPage(*m_window);
        QVERIFY(record && record->record());
        QCOMPARE(record->record()->patientId(), first);
        QVERIFY(!record->record()->isEmergency());
        QCOMPARE(auditCount(clinic, QStringLiteral("timeline.view"), first, QStringLiteral("clinic")), views + 1);

        // Back on the caseloads, the button opens the treated patient the same way.
        page = showCaseloads();
        QVERIFY(page);
        table->setCurrentIndex(model->index(row, CaseloadTableModel::TreatmentColumn));
        QCOMPARE(patientsOf(*patients), QSet<std::int64_t>{m_fixture->treated});
        list->setCurrentIndex(patients->index(0, 0));
        const auto treatedViews =
            auditCount(clinic, QStringLiteral("timeline.view"), m_fixture->treated, QStringLiteral("clinic"));
        clickButton(child<QPushButton>(page, "caseloadOpenPatientButton"));
        QCOMPARE(record->record()->patientId(), m_fixture->treated);
        QCOMPARE(auditCount(clinic, QStringLiteral("timeline.view"), m_fixture->treated, QStringLiteral("clinic")),
                 treatedViews + 1);
    }

    void patientListsFetchOnePageAtATime()
    {
        // A figure of many patients: core reads them a page at a time as the view asks (the same patient
        // repeated stands in for 120 different ones here; core returns a row per id asked).
        LeaderPatientModel model(*m_window->clinic());
        model.setPatients(QList<std::int64_t>(120, m_fixture->treated));
        QCOMPARE(model.totalCount(), 120);
        QCOMPARE(model.rowCount(), LeaderPatientModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * LeaderPatientModel::PageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 120);
        QVERIFY(!model.canFetchMore({}));
        // The tester fetches on its own while it checks, so it watches only from here.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPatients(QList<std::int64_t>(70, m_fixture->treated));
        QVERIFY(model.rowCount() >= LeaderPatientModel::PageSize);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void allocateFromTheWaitingList()
    {
        AllocationPage* page = showAllocation(*m_window);
        QVERIFY(page);
        AllocationReferralModel* referrals = page->referralModel();
        AllocationClinicianModel* clinicians = page->clinicianModel();
        QAbstractItemModelTester referralTester(referrals, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester clinicianTester(clinicians, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(referrals->rowCount(), m_unallocated.size());
        for (int row = 0; row < referrals->rowCount(); ++row) {
            QCOMPARE(referrals->referralAt(row)->patientId, m_unallocated.at(row));
        }
        QCOMPARE(referrals->index(0, AllocationReferralModel::UrgencyColumn).data().toString(),
                 ReferralCodes::displayName(Urgency::Urgent));
        QCOMPARE(referrals->referralAt(1)->daysWaited, 41);

        // Each clinician with the load core reports.
        auto board = AllocationBoard::view(*m_window->clinic());
        QVERIFY(board);
        QCOMPARE(clinicians->rowCount(), board->clinicians.size());
        const std::int64_t psykolog1 = m_fixture->clinic.userId(QStringLiteral("psykolog1"));
        const std::int64_t psykolog2 = m_fixture->clinic.userId(QStringLiteral("psykolog2"));
        for (int row = 0; row < clinicians->rowCount(); ++row) {
            const ClinicianLoadSummary& expected = board->clinicians.at(row);
            QCOMPARE(clinicians->index(row, AllocationClinicianModel::ClinicianColumn).data().toString(),
                     expected.name);
            QCOMPARE(clinicians->index(row, AllocationClinicianModel::ActiveColumn).data().toInt(),
                     expected.activePatients);
            QCOMPARE(clinicians->index(row, AllocationClinicianModel::FreeColumn).data().toString(),
                     CaseloadTableModel::hours(expected.freeMinutes));
        }
        QCOMPARE(clinicians->index(clinicians->rowOf(psykolog1), AllocationClinicianModel::ActiveColumn).data().toInt(),
                 3);
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("leader-allocation-before-nb")));

        // Nothing chosen on the right: the button waits.
        auto* referralView = child<QTableView>(page, "allocationReferralView");
        auto* clinicianView = child<QTableView>(page, "allocationClinicianView");
        auto* allocate = child<QPushButton>(page, "allocateButton");
        clinicianView->setCurrentIndex({});
        QVERIFY(!allocate->isEnabled());
        auto* message = child<QLabel>(page, "allocationMessageLabel");
        QTest::keyClick(referralView, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), AllocationPage::tr("Choose a referral and a clinician first."));
        QCOMPARE(referrals->rowCount(), m_unallocated.size());

        // The oldest referral to psykolog2, with the mouse.
        clickCell(referralView, 1, AllocationReferralModel::PatientColumn);
        clickCell(clinicianView, clinicians->rowOf(psykolog2), AllocationClinicianModel::ClinicianColumn);
        QVERIFY(child<QLabel>(page, "allocationChoiceLabel")->text().contains(referrals->referralAt(1)->pseudonym));
        const QString oldestPseudonym = referrals->referralAt(1)->pseudonym;
        clickButton(allocate);
        Clinic& clinic = *m_window->clinic();
        auto oldest = PatientRegistry::get(clinic, m_unallocated.at(1));
        QVERIFY(oldest);
        QCOMPARE(oldest->clinicianId, std::optional<std::int64_t>(psykolog2));
        QCOMPARE(auditCount(clinic, QStringLiteral("patient.allocate"), m_unallocated.at(1),
                            QStringLiteral("administrative")),
                 1);
        QCOMPARE(referrals->rowCount(), m_unallocated.size() - 1);
        QCOMPARE(referrals->rowOf(m_unallocated.at(1)), -1);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(oldestPseudonym));
        QCOMPARE(clinicians->index(clinicians->rowOf(psykolog2), AllocationClinicianModel::ActiveColumn).data().toInt(),
                 2);

        // The urgent one to psykolog1, with the keyboard: choose, Tab across, Ctrl+Return.
        referralView->setFocus();
        referralView->setCurrentIndex(referrals->index(0, 0));
        QCOMPARE(referrals->referralAt(0)->patientId, m_unallocated.at(0));
        QTest::keyClick(referralView, Qt::Key_Return); // moves on to the clinicians
        QTRY_VERIFY(clinicianView->hasFocus());
        clinicianView->setCurrentIndex(clinicians->index(clinicians->rowOf(psykolog1), 0));
        QTest::keyClick(clinicianView, Qt::Key_Return, Qt::ControlModifier);
        auto urgent = PatientRegistry::get(clinic, m_unallocated.at(0));
        QVERIFY(urgent);
        QCOMPARE(urgent->clinicianId, std::optional<std::int64_t>(psykolog1));
        QCOMPARE(referrals->rowCount(), m_unallocated.size() - 2);

        // Core refuses the referral leder is blocked from: the message says so and nothing changes.
        const int blockedRow = referrals->rowOf(m_blocked);
        QVERIFY(blockedRow >= 0);
        clickCell(referralView, blockedRow, AllocationReferralModel::PatientColumn);
        clickCell(clinicianView, clinicians->rowOf(psykolog1), AllocationClinicianModel::ClinicianColumn);
        clickButton(allocate);
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!message->text().contains(QStringLiteral("P-"))); // the error names no patient
        QVERIFY(referrals->rowOf(m_blocked) >= 0);
        auto blocked = PatientRegistry::get(*m_fixture->clinic.open(QStringLiteral("leder2")), m_blocked);
        QVERIFY(blocked);
        QVERIFY(!blocked->clinicianId);
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("leader-allocation-refused-nb")));
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
        MainWindow window(AppOptions{m_fixture->clinic.path(), false}, m_fixture->clinic.clock());
        window.resize(1366, 768);
        window.show();
        window.start();
        QVERIFY(signInAs(window, QStringLiteral("leder")));
        QVERIFY(window.workspace()->showPage(QLatin1String(CaseloadPage::PageId)));
        auto* page = qobject_cast<CaseloadPage*>(window.workspace()->page(QLatin1String(CaseloadPage::PageId)));
        QVERIFY(page);
        QTRY_VERIFY(page->caseloadModel()->rowCount() > 0);
        auto* table = child<QTableView>(page, "caseloadTableView");
        table->setCurrentIndex(page->caseloadModel()->index(0, CaseloadTableModel::ActiveColumn));
        QVERIFY(saveScreenshot(&window, QStringLiteral("leader-caseloads-") + language));

        AllocationPage* allocation = showAllocation(window);
        QVERIFY(allocation);
        QVERIFY(allocation->referralModel()->rowCount() > 0);
        child<QTableView>(allocation, "allocationClinicianView")
            ->setCurrentIndex(allocation->clinicianModel()->index(0, 0));
        QVERIFY(saveScreenshot(&window, QStringLiteral("leader-allocation-") + language));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_fixture.reset();
    }
};

QTEST_MAIN(TestLeaderGui)
#include "tst_leader_gui.moc"
