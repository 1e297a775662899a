// The assessment package: the versioned example catalogue, statuses per instrument and timepoint, range-checked
// scores, completion per due timepoint, and outcome measures at start and end.
#include "PathwayFixture.h"
#include "pathway/AssessmentPackage.h"
#include "pathway/EndOfTreatment.h"
#include "pathway/InstrumentCatalogue.h"
#include "pathway/SessionLog.h"
#include "storage/Database.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

const Instrument* byCode(const InstrumentCatalogueVersion& catalogue, const char* code)
{
    for (const Instrument& instrument : catalogue.instruments) {
        if (instrument.code == QLatin1String(code)) {
            return &instrument;
        }
    }
    return nullptr;
}

} // namespace

class TestPathwayPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exampleCatalogueIsSeeded();
    void scoresAreRangeChecked_data();
    void scoresAreRangeChecked();
    void completionPerTimepoint();
    void outcomeMeasuresSideBySide();
    void newCatalogueVersionLeavesOldPackages();
    void scoresAreClinical();

private:
    std::unique_ptr<PathwayClinic> m_clinic;
    std::unique_ptr<PathwayDriver> m_driver;
    InstrumentCatalogueVersion m_catalogue;
};

void TestPathwayPackage::initTestCase()
{
    m_clinic = std::make_unique<PathwayClinic>();
    m_driver = std::make_unique<PathwayDriver>(*m_clinic);
    auto catalogue = InstrumentCatalogue::current(m_driver->clinician().db());
    QVERIFY(catalogue.has_value());
    m_catalogue = *catalogue;
}

void TestPathwayPackage::exampleCatalogueIsSeeded()
{
    QVERIFY(m_catalogue.example);
    QVERIFY(m_catalogue.label.contains(QStringLiteral("Example")));
    QCOMPARE(m_catalogue.instruments.size(), 4);
    const Instrument* triage = byCode(m_catalogue, "triage");
    QVERIFY(triage);
    QCOMPARE(triage->name, QStringLiteral("Triage for skadelig seksuell adferd"));
    QCOMPARE(triage->timepoints, QList<Timepoint>{Timepoint::Intake});
    const struct
    {
        const char* code;
        int max;
    } ranges[] = {{"core10", 40}, {"phq9", 27}, {"gad7", 21}};
    for (const auto& range : ranges) {
        const Instrument* instrument = byCode(m_catalogue, range.code);
        QVERIFY(instrument);
        QCOMPARE(instrument->scores.size(), 1);
        QCOMPARE(instrument->scores.first().minimum, 0);
        QCOMPARE(instrument->scores.first().maximum, range.max);
        QCOMPARE(instrument->timepoints, (QList<Timepoint>{Timepoint::Intake, Timepoint::End, Timepoint::FollowUp}));
    }
    // Catalogue rows are frozen.
    QVERIFY(!m_driver->leader().db().exec("UPDATE instrument_score SET max_value = 99").has_value());
}

void TestPathwayPackage::scoresAreRangeChecked_data()
{
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("score"); // -1: none given
    QTest::addColumn<bool>("withDate");
    QTest::addColumn<QString>("declineReason");
    QTest::addColumn<bool>("valid");
    const int completed = int(InstrumentStatus::Completed);
    const int declined = int(InstrumentStatus::Declined);
    const int inProgress = int(InstrumentStatus::InProgress);
    QTest::newRow("PHQ-9 0") << "phq9" << completed << 0 << true << QString() << true;
    QTest::newRow("PHQ-9 27") << "phq9" << completed << 27 << true << QString() << true;
    QTest::newRow("PHQ-9 28") << "phq9" << completed << 28 << true << QString() << false;
    QTest::newRow("PHQ-9 -1 given as in progress") << "phq9" << inProgress << -1 << false << QString() << true;
    QTest::newRow("GAD-7 22") << "gad7" << completed << 22 << true << QString() << false;
    QTest::newRow("completed without score") << "core10" << completed << -1 << true << QString() << false;
    QTest::newRow("completed without date") << "core10" << completed << 20 << false << QString() << false;
    QTest::newRow("triage completed, no scores") << "triage" << completed << -1 << true << QString() << true;
    QTest::newRow("declined with reason") << "gad7" << declined << -1 << false << QStringLiteral("Orket ikke") << true;
    QTest::newRow("declined without reason") << "gad7" << declined << -1 << false << QString() << false;
    QTest::newRow("declined with a score") << "gad7" << declined << 3 << false << QStringLiteral("x") << false;
}

void TestPathwayPackage::scoresAreRangeChecked()
{
    QFETCH(QString, instrument);
    QFETCH(int, status);
    QFETCH(int, score);
    QFETCH(bool, withDate);
    QFETCH(QString, declineReason);
    QFETCH(bool, valid);
    auto patient = m_driver->patientIn(PatientState::Assessment);
    QVERIFY(patient.has_value());
    const Instrument* chosen = byCode(m_catalogue, instrument.toLatin1().constData());
    QVERIFY(chosen);
    InstrumentEntry entry{chosen->id, Timepoint::Intake, InstrumentStatus(status), {}, {}, declineReason};
    if (withDate) {
        entry.completedOn = m_clinic->clock().today();
    }
    if (score >= 0) {
        entry.scores.insert(QStringLiteral("total"), score);
    }
    auto result = AssessmentPackages::record(m_driver->clinician(), *patient, entry);
    QCOMPARE(result.has_value(), valid);
    if (!valid) {
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    }
    auto view = AssessmentPackages::get(m_driver->clinician(), *patient);
    QVERIFY(view.has_value());
    const auto stored = std::find_if(view->results.cbegin(), view->results.cend(), [&](const InstrumentResult& r) {
        return r.instrumentId == chosen->id && r.timepoint == Timepoint::Intake;
    });
    QVERIFY(stored != view->results.cend());
    QCOMPARE(stored->status, valid ? InstrumentStatus(status) : InstrumentStatus::NotStarted);
    if (valid && score >= 0) {
        QCOMPARE(stored->scores.value(QStringLiteral("total")), score);
    }
}

void TestPathwayPackage::completionPerTimepoint()
{
    Clinic& clinician = m_driver->clinician();
    auto patient = m_driver->patientIn(PatientState::Assessment);
    QVERIFY(patient.has_value());
    auto completion = AssessmentPackages::completion(clinician, *patient);
    QVERIFY(completion.has_value());
    QCOMPARE(completion->keys(), QList<Timepoint>{Timepoint::Intake});
    QCOMPARE(completion->value(Timepoint::Intake).due, 4);
    QCOMPARE(completion->value(Timepoint::Intake).notStarted, 4);
    QCOMPARE(completion->value(Timepoint::Intake).percentCompleted(), 0);

    const QDate today = m_clinic->clock().today();
    QVERIFY(AssessmentPackages::record(
        clinician, *patient,
        {byCode(m_catalogue, "triage")->id, Timepoint::Intake, InstrumentStatus::Completed, today, {}, {}}));
    QVERIFY(AssessmentPackages::record(clinician, *patient,
                                       {byCode(m_catalogue, "phq9")->id,
                                        Timepoint::Intake,
                                        InstrumentStatus::Completed,
                                        today,
                                        {{QStringLiteral("total"), 9}},
                                        {}}));
    QVERIFY(AssessmentPackages::record(clinician, *patient,
                                       {byCode(m_catalogue, "gad7")->id,
                                        Timepoint::Intake,
                                        InstrumentStatus::Declined,
                                        {},
                                        {},
                                        QStringLiteral("Ønsket ikke")}));
    QVERIFY(AssessmentPackages::record(
        clinician, *patient,
        {byCode(m_catalogue, "core10")->id, Timepoint::Intake, InstrumentStatus::InProgress, {}, {}, {}}));
    // The end timepoint can be recorded early, but is not due until a treatment ends.
    QVERIFY(AssessmentPackages::record(
        clinician, *patient,
        {byCode(m_catalogue, "phq9")->id, Timepoint::End, InstrumentStatus::InProgress, {}, {}, {}}));
    // An instrument not given at a timepoint is refused.
    QCOMPARE(AssessmentPackages::record(
                 clinician, *patient,
                 {byCode(m_catalogue, "triage")->id, Timepoint::End, InstrumentStatus::InProgress, {}, {}, {}})
                 .error()
                 .code,
             ErrorCode::InvalidInput);
    completion = AssessmentPackages::completion(clinician, *patient);
    const PackageCompletion intake = completion->value(Timepoint::Intake);
    QCOMPARE(intake.due, 4);
    QCOMPARE(intake.completed, 2);
    QCOMPARE(intake.declined, 1);
    QCOMPARE(intake.inProgress, 1);
    QCOMPARE(intake.notStarted, 0);
    QCOMPARE(intake.percentCompleted(), 50);
    QVERIFY(!intake.allAccountedFor());
    QCOMPARE(completion->size(), 1);
}

void TestPathwayPackage::outcomeMeasuresSideBySide()
{
    Clinic& clinician = m_driver->clinician();
    auto patient = m_driver->patientIn(PatientState::Treatment);
    QVERIFY(patient.has_value());
    const QDate today = m_clinic->clock().today();
    const Instrument* phq9 = byCode(m_catalogue, "phq9");
    QVERIFY(EndOfTreatment::end(clinician, *patient,
                                {EndReason::Completed, today, QStringLiteral("Bedre"), today.addMonths(6)}));
    auto completion = AssessmentPackages::completion(clinician, *patient);
    QCOMPARE(completion->keys(), (QList<Timepoint>{Timepoint::Intake, Timepoint::End}));
    QCOMPARE(completion->value(Timepoint::End).due, 3);
    QVERIFY(AssessmentPackages::record(
        clinician, *patient,
        {phq9->id, Timepoint::End, InstrumentStatus::Completed, today, {{QStringLiteral("total"), 4}}, {}}));
    auto measures = EndOfTreatment::outcomeMeasures(clinician, *patient);
    QVERIFY(measures.has_value());
    QCOMPARE(measures->size(), 3); // CORE-10, PHQ-9, GAD-7 totals; the triage has no scores
    const auto phq = std::find_if(measures->cbegin(), measures->cend(),
                                  [&](const OutcomeMeasure& m) { return m.instrumentId == phq9->id; });
    QVERIFY(phq != measures->cend());
    QCOMPARE(phq->atIntake, std::optional<int>(13)); // the driver records the middle of each range
    QCOMPARE(phq->atEnd, std::optional<int>(4));
    const auto gad = std::find_if(measures->cbegin(), measures->cend(),
                                  [&](const OutcomeMeasure& m) { return m.instrumentName == QLatin1String("GAD-7"); });
    QVERIFY(!gad->atEnd.has_value());
    // Follow-up makes the follow-up timepoint due.
    QVERIFY(EndOfTreatment::startFollowUp(clinician, *patient, today));
    QCOMPARE(AssessmentPackages::completion(clinician, *patient)->value(Timepoint::FollowUp).due, 3);
}

void TestPathwayPackage::newCatalogueVersionLeavesOldPackages()
{
    auto patient = m_driver->patientIn(PatientState::Assessment);
    QVERIFY(patient.has_value());
    Instrument own{0,
                   QStringLiteral("own_scale"),
                   QStringLiteral("Klinikkens skala"),
                   {Timepoint::Intake},
                   {ScoreField{0, QStringLiteral("total"), QStringLiteral("Sum"), 0, 10}}};
    QCOMPARE(InstrumentCatalogue::addVersion(m_driver->clinician(), QStringLiteral("Ny"), {own}).error().code,
             ErrorCode::PermissionDenied);
    own.scores.first().minimum = 11;
    QCOMPARE(InstrumentCatalogue::addVersion(m_driver->leader(), QStringLiteral("Ny"), {own}).error().code,
             ErrorCode::InvalidInput);
    own.scores.first().minimum = 0;
    auto version = InstrumentCatalogue::addVersion(m_driver->leader(), QStringLiteral("Ny"), {own});
    QVERIFY(version.has_value());
    auto current = InstrumentCatalogue::current(m_driver->leader().db());
    QCOMPARE(current->id, *version);
    QVERIFY(!current->example);
    QCOMPARE(current->instruments.size(), 1);
    // The package started before keeps the old version; a new one gets the new.
    QCOMPARE(AssessmentPackages::get(m_driver->clinician(), *patient)->catalogue.id, m_catalogue.id);
    auto later = m_driver->patientIn(PatientState::Assessment);
    QVERIFY(later.has_value());
    QCOMPARE(AssessmentPackages::get(m_driver->clinician(), *later)->catalogue.id, *version);
    QCOMPARE(AssessmentPackages::completion(m_driver->clinician(), *later)->value(Timepoint::Intake).due, 1);
}

void TestPathwayPackage::scoresAreClinical()
{
    auto patient = m_driver->patientIn(PatientState::Treatment);
    QVERIFY(patient.has_value());
    QCOMPARE(AssessmentPackages::get(m_driver->secretary(), *patient).error().code, ErrorCode::PermissionDenied);
    QVERIFY(!m_driver->secretary().db().prepare("SELECT scores FROM instrument_status").has_value());
    QVERIFY(m_driver->secretary().db().prepare("SELECT status FROM instrument_status").has_value());
}

QTEST_GUILESS_MAIN(TestPathwayPackage)
#include "tst_pathway_package.moc"
