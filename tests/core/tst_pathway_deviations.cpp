// Every deviation rule: the departures from the national standard that need a reason and are counted, and the
// ones derived from what the record lacks.
#include "PathwayFixture.h"
#include "pathway/AssessmentPackage.h"
#include "pathway/Deviation.h"
#include "pathway/EligibilityAssessment.h"
#include "pathway/EndOfTreatment.h"
#include "pathway/OnwardReferral.h"
#include "pathway/SessionLog.h"
#include "pathway/ThemeCatalogue.h"
#include "pathway/TreatmentPlan.h"
#include "pathway/UnmetNeed.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

int countOf(Clinic& clinic, std::int64_t patientId, DeviationKind kind)
{
    auto deviations = Deviations::forPatient(clinic, patientId);
    if (!deviations) {
        qWarning("%s", qPrintable(deviations.error().message));
        return -1;
    }
    return int(
        std::count_if(deviations->cbegin(), deviations->cend(), [&](const Deviation& d) { return d.kind == kind; }));
}

// Criteria of the national core in seeded order: adult, interest_or_risk, seeks_help, under_investigation,
// needs_elsewhere. Answers are given as five letters y/n/u.
CriterionAnswer answerOf(QChar c)
{
    return c == QLatin1Char('y')   ? CriterionAnswer::Yes
           : c == QLatin1Char('n') ? CriterionAnswer::No
                                   : CriterionAnswer::Unclear;
}

} // namespace

class TestPathwayDeviations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void derivedDecision_data();
    void derivedDecision();
    void eligibilityOverride_data();
    void eligibilityOverride();
    void everyCriterionMustBeAnswered();
    void exclusionNeedsOnwardChoice();
    void planOutsideRange_data();
    void planOutsideRange();
    void planChangeCountsOnce();
    void packageIncompleteAtTreatment_data();
    void packageIncompleteAtTreatment();
    void unmetNeedWithoutReferral();
    void shortTreatment_data();
    void shortTreatment();
    void clinicCountsMatch();

private:
    std::unique_ptr<PathwayClinic> m_clinic;
    std::unique_ptr<PathwayDriver> m_driver;
    QList<EligibilityCriterion> m_criteria;
};

void TestPathwayDeviations::initTestCase()
{
    m_clinic = std::make_unique<PathwayClinic>();
    m_driver = std::make_unique<PathwayDriver>(*m_clinic);
    auto criteria = EligibilityCriteria::current(m_driver->clinician().db());
    QVERIFY(criteria.has_value());
    m_criteria = criteria->criteria;
    QCOMPARE(m_criteria.size(), 5);
    QStringList codes;
    for (const auto& c : std::as_const(m_criteria)) {
        codes << c.code;
    }
    QCOMPARE(codes,
             QStringList({QStringLiteral("adult"), QStringLiteral("interest_or_risk"), QStringLiteral("seeks_help"),
                          QStringLiteral("under_investigation"), QStringLiteral("needs_elsewhere")}));
}

void TestPathwayDeviations::derivedDecision_data()
{
    QTest::addColumn<QString>("answers");
    QTest::addColumn<int>("expected"); // -1 undecided, 0 include, 1 exclude
    QTest::newRow("all inclusion yes, no exclusion") << QStringLiteral("yyynn") << 0;
    QTest::newRow("exclusion unclear still includes") << QStringLiteral("yyyuu") << 0;
    QTest::newRow("under 18") << QStringLiteral("nyynn") << 1;
    QTest::newRow("interest unclear") << QStringLiteral("yuynn") << 1;
    QTest::newRow("does not seek help") << QStringLiteral("yynnn") << 1;
    QTest::newRow("under investigation") << QStringLiteral("yyyyn") << 1;
    QTest::newRow("needs elsewhere first") << QStringLiteral("yyyny") << 1;
    QTest::newRow("both exclusions") << QStringLiteral("yyyyy") << 1;
    QTest::newRow("one unanswered") << QStringLiteral("yyyn-") << -1;
    QTest::newRow("none answered") << QStringLiteral("-----") << -1;
}

void TestPathwayDeviations::derivedDecision()
{
    QFETCH(QString, answers);
    QFETCH(int, expected);
    QHash<std::int64_t, CriterionAnswer> given;
    for (int i = 0; i < answers.size(); ++i) {
        if (answers.at(i) != QLatin1Char('-')) {
            given.insert(m_criteria.at(i).id, answerOf(answers.at(i)));
        }
    }
    const auto derived = EligibilityCriteria::derive(m_criteria, given);
    if (expected < 0) {
        QVERIFY(!derived.has_value());
    } else {
        QCOMPARE(derived, std::optional<EligibilityDecision>(expected == 0 ? EligibilityDecision::Include
                                                                           : EligibilityDecision::Exclude));
    }
}

void TestPathwayDeviations::eligibilityOverride_data()
{
    QTest::addColumn<QString>("answers");
    QTest::addColumn<bool>("include");
    QTest::addColumn<bool>("override");
    QTest::newRow("include as derived") << QStringLiteral("yyynn") << true << false;
    QTest::newRow("exclude as derived") << QStringLiteral("yyyny") << false << false;
    QTest::newRow("exclude against the criteria") << QStringLiteral("yyynn") << false << true;
    QTest::newRow("include against the criteria") << QStringLiteral("yuynn") << true << true;
}

void TestPathwayDeviations::eligibilityOverride()
{
    QFETCH(QString, answers);
    QFETCH(bool, include);
    QFETCH(bool, override);
    Clinic& clinician = m_driver->clinician();
    auto patient = m_driver->patientIn(PatientState::Eligibility);
    QVERIFY(patient.has_value());
    for (int i = 0; i < answers.size(); ++i) {
        QVERIFY(EligibilityAssessments::answer(clinician, *patient,
                                               {m_criteria.at(i).id, answerOf(answers.at(i)), QStringLiteral("k")}));
    }
    EligibilityConclusion conclusion;
    conclusion.decision = include ? EligibilityDecision::Include : EligibilityDecision::Exclude;
    conclusion.rationale = QStringLiteral("Begrunnelse");
    conclusion.onward.noReferralReason = QStringLiteral("Henvist av fastlege allerede");
    if (override) {
        auto refused = EligibilityAssessments::complete(clinician, *patient, conclusion);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(countOf(clinician, *patient, DeviationKind::EligibilityOverride), 0);
        conclusion.overrideReason = QStringLiteral("Klinisk skjønn");
    }
    QVERIFY(EligibilityAssessments::complete(clinician, *patient, conclusion));
    QCOMPARE(countOf(clinician, *patient, DeviationKind::EligibilityOverride), override ? 1 : 0);
    auto record = EligibilityAssessments::get(clinician, *patient);
    QVERIFY(record.has_value());
    QCOMPARE(record->isOverride(), override);
    QCOMPARE(record->finalDecision, std::optional<EligibilityDecision>(conclusion.decision));
    QCOMPARE(record->rationale, QStringLiteral("Begrunnelse"));
    QCOMPARE(record->responses.size(), 5);
    QCOMPARE(record->responses.first().comment, QStringLiteral("k"));
    if (override) {
        auto deviations = Deviations::forPatient(clinician, *patient);
        QCOMPARE(deviations->first().reason, QStringLiteral("Klinisk skjønn"));
        QCOMPARE(deviations->first().objectId, std::optional<std::int64_t>(record->id));
    }
    // A completed assessment is frozen, in code and in the schema.
    QVERIFY(!EligibilityAssessments::answer(clinician, *patient, {m_criteria.first().id, CriterionAnswer::No, {}}));
    QVERIFY(!clinician.db().exec("UPDATE eligibility_answer SET answer = 'no'").has_value());
    QVERIFY(!clinician.db().exec("UPDATE eligibility_assessment SET final_decision = 'include'").has_value());
}

void TestPathwayDeviations::everyCriterionMustBeAnswered()
{
    Clinic& clinician = m_driver->clinician();
    auto patient = m_driver->patientIn(PatientState::Eligibility);
    QVERIFY(patient.has_value());
    for (int i = 0; i < 4; ++i) {
        QVERIFY(EligibilityAssessments::answer(clinician, *patient, {m_criteria.at(i).id, CriterionAnswer::Yes, {}}));
    }
    auto result = EligibilityAssessments::complete(
        clinician, *patient, {EligibilityDecision::Include, QStringLiteral("r"), QStringLiteral("o"), {}});
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(result.error().message.contains(QLatin1Char('1')));
    // A criterion of another version is refused.
    QCOMPARE(EligibilityAssessments::answer(clinician, *patient, {999999, CriterionAnswer::Yes, {}}).error().code,
             ErrorCode::InvalidInput);
}

void TestPathwayDeviations::exclusionNeedsOnwardChoice()
{
    Clinic& clinician = m_driver->clinician();
    auto patient = m_driver->patientIn(PatientState::Eligibility);
    QVERIFY(patient.has_value());
    for (int i = 0; i < 5; ++i) {
        QVERIFY(EligibilityAssessments::answer(clinician, *patient,
                                               {m_criteria.at(i).id, answerOf(QStringLiteral("yyyyn").at(i)), {}}));
    }
    EligibilityConclusion conclusion{EligibilityDecision::Exclude, QStringLiteral("Under etterforskning"), {}, {}};
    QCOMPARE(EligibilityAssessments::complete(clinician, *patient, conclusion).error().code, ErrorCode::InvalidInput);
    conclusion.onward.referral =
        NewOnwardReferral{OnwardRecipient::Gp, QStringLiteral("Fastlegen"), QStringLiteral("Oppfølging"),
                          m_clinic->clock().today(), OnwardStatus::Sent};
    QVERIFY(EligibilityAssessments::complete(clinician, *patient, conclusion));
    auto onward = OnwardReferrals::list(clinician, *patient);
    QVERIFY(onward.has_value());
    QCOMPARE(onward->size(), 1);
    QCOMPARE(onward->first().recipient, OnwardRecipient::Gp);
    QCOMPARE(onward->first().reason, QStringLiteral("Oppfølging"));
    QCOMPARE(EligibilityAssessments::get(clinician, *patient)->onwardReferralId,
             std::optional<std::int64_t>(onward->first().id));
}

void TestPathwayDeviations::planOutsideRange_data()
{
    QTest::addColumn<int>("sessions");
    QTest::addColumn<bool>("outside");
    QTest::newRow("15") << 15 << true;
    QTest::newRow("16") << 16 << false;
    QTest::newRow("18") << 18 << false;
    QTest::newRow("20") << 20 << false;
    QTest::newRow("21") << 21 << true;
    QTest::newRow("8") << 8 << true;
    QTest::newRow("40") << 40 << true;
}

void TestPathwayDeviations::planOutsideRange()
{
    QFETCH(int, sessions);
    QFETCH(bool, outside);
    Clinic& clinician = m_driver->clinician();
    auto patient = m_driver->patientIn(PatientState::Assessment);
    QVERIFY(patient.has_value());
    PlanInput input;
    input.plannedSessions = sessions;
    if (outside) {
        auto refused = TreatmentPlans::set(clinician, *patient, input);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        input.outsideRangeReason = QStringLiteral("Begrunnelse for lengden");
    }
    QVERIFY(TreatmentPlans::set(clinician, *patient, input));
    QCOMPARE(countOf(clinician, *patient, DeviationKind::PlanOutsideRange), outside ? 1 : 0);
    QCOMPARE(TreatmentPlans::get(clinician, *patient)->plannedSessions, sessions);
    QCOMPARE(TreatmentPlans::withinAdvice(sessions), !outside);
}

void TestPathwayDeviations::planChangeCountsOnce()
{
    Clinic& clinician = m_driver->clinician();
    auto patient = m_driver->patientIn(PatientState::Assessment);
    QVERIFY(patient.has_value());
    auto themes = ThemeCatalogue::current(clinician.db());
    QVERIFY(themes.has_value());
    PlanInput input;
    input.plannedSessions = 18;
    QVERIFY(TreatmentPlans::set(clinician, *patient, input));
    input.plannedSessions = 24;
    input.outsideRangeReason = QStringLiteral("Lang vei");
    QVERIFY(TreatmentPlans::set(clinician, *patient, input));
    // Themes change, the number does not: no new deviation.
    input.themesBySession[1] = {themes->themes.first().id};
    QVERIFY(TreatmentPlans::set(clinician, *patient, input));
    QCOMPARE(countOf(clinician, *patient, DeviationKind::PlanOutsideRange), 1);
    input.plannedSessions = 26;
    QVERIFY(TreatmentPlans::set(clinician, *patient, input));
    QCOMPARE(countOf(clinician, *patient, DeviationKind::PlanOutsideRange), 2);
    QCOMPARE(TreatmentPlans::get(clinician, *patient)->themesBySession.value(1),
             QList<std::int64_t>{themes->themes.first().id});
    // Themes of sessions beyond the plan, or from no catalogue, are refused.
    input.themesBySession[27] = {themes->themes.first().id};
    QCOMPARE(TreatmentPlans::set(clinician, *patient, input).error().code, ErrorCode::InvalidInput);
    input.themesBySession.remove(27);
    input.themesBySession[2] = {987654};
    QCOMPARE(TreatmentPlans::set(clinician, *patient, input).error().code, ErrorCode::InvalidInput);
}

void TestPathwayDeviations::packageIncompleteAtTreatment_data()
{
    QTest::addColumn<QString>("statuses"); // per intake instrument: c completed, d declined, p in progress, - none
    QTest::addColumn<bool>("deviation");
    QTest::newRow("all completed") << QStringLiteral("cccc") << false;
    QTest::newRow("completed or declined") << QStringLiteral("cdcd") << false;
    QTest::newRow("one in progress") << QStringLiteral("cccp") << true;
    QTest::newRow("nothing recorded") << QStringLiteral("----") << true;
}

void TestPathwayDeviations::packageIncompleteAtTreatment()
{
    QFETCH(QString, statuses);
    QFETCH(bool, deviation);
    Clinic& clinician = m_driver->clinician();
    auto patient = m_driver->patientIn(PatientState::Assessment);
    QVERIFY(patient.has_value());
    auto package = AssessmentPackages::get(clinician, *patient);
    QVERIFY(package.has_value());
    int i = 0;
    for (const Instrument& instrument : std::as_const(package->catalogue.instruments)) {
        if (!instrument.givenAt(Timepoint::Intake)) {
            continue;
        }
        InstrumentEntry entry{instrument.id, Timepoint::Intake, InstrumentStatus::InProgress, {}, {}, {}};
        switch (statuses.at(i++).toLatin1()) {
        case 'c':
            entry.status = InstrumentStatus::Completed;
            entry.completedOn = m_clinic->clock().today();
            for (const ScoreField& field : instrument.scores) {
                entry.scores.insert(field.code, field.minimum);
            }
            break;
        case 'd':
            entry.status = InstrumentStatus::Declined;
            entry.declineReason = QStringLiteral("Ønsket ikke");
            break;
        case '-':
            continue;
        default:
            break;
        }
        QVERIFY(AssessmentPackages::record(clinician, *patient, entry));
    }
    QCOMPARE(i, statuses.size());
    QVERIFY(TreatmentPlans::set(clinician, *patient, PlanInput{}));
    if (deviation) {
        QCOMPARE(TreatmentPlans::startTreatment(clinician, *patient).error().code, ErrorCode::InvalidInput);
        QVERIFY(TreatmentPlans::startTreatment(clinician, *patient, QStringLiteral("Pasienten orket ikke mer")));
    } else {
        QVERIFY(TreatmentPlans::startTreatment(clinician, *patient));
    }
    QCOMPARE(countOf(clinician, *patient, DeviationKind::PackageIncomplete), deviation ? 1 : 0);
}

void TestPathwayDeviations::unmetNeedWithoutReferral()
{
    Clinic& clinician = m_driver->clinician();
    auto patient = m_driver->patientIn(PatientState::Assessment);
    QVERIFY(patient.has_value());
    const QDate today = m_clinic->clock().today();
    auto first = UnmetNeeds::record(clinician, *patient, today, QStringLiteral("Rusproblem"));
    auto second = UnmetNeeds::record(clinician, *patient, today, QStringLiteral("Gjeld"));
    auto third = UnmetNeeds::record(clinician, *patient, today, QStringLiteral("Bolig"));
    QVERIFY(first && second && third);
    QCOMPARE(countOf(clinician, *patient, DeviationKind::UnmetNeedWithoutReferral), 3);

    auto onward = OnwardReferrals::create(clinician, *patient,
                                          {OnwardRecipient::SubstanceAbuse, QStringLiteral("TSB"),
                                           QStringLiteral("Rusbehandling"), today, OnwardStatus::Sent});
    QVERIFY(onward.has_value());
    QVERIFY(UnmetNeeds::resolveWithReferral(clinician, *first, *onward));
    QCOMPARE(countOf(clinician, *patient, DeviationKind::UnmetNeedWithoutReferral), 2);
    QCOMPARE(UnmetNeeds::resolveWithReason(clinician, *second, QString()).error().code, ErrorCode::InvalidInput);
    QVERIFY(UnmetNeeds::resolveWithReason(clinician, *second, QStringLiteral("Pasienten ønsker ikke")));
    QCOMPARE(countOf(clinician, *patient, DeviationKind::UnmetNeedWithoutReferral), 1);
    QCOMPARE(UnmetNeeds::resolveWithReason(clinician, *first, QStringLiteral("x")).error().code, ErrorCode::Conflict);
    // An onward referral of another patient does not resolve this one's need.
    auto other = m_driver->patientIn(PatientState::Assessment);
    auto foreign = OnwardReferrals::create(clinician, *other,
                                           {OnwardRecipient::Gp, {}, QStringLiteral("x"), today, OnwardStatus::Sent});
    QCOMPARE(UnmetNeeds::resolveWithReferral(clinician, *third, *foreign).error().code, ErrorCode::InvalidInput);
    auto needs = UnmetNeeds::forPatient(clinician, *patient);
    QVERIFY(needs.has_value());
    QCOMPARE(needs->size(), 3);
    QCOMPARE(needs->at(1).noReferralReason, QStringLiteral("Pasienten ønsker ikke"));
    QCOMPARE(needs->at(0).resolution, NeedResolution::Referred);
}

void TestPathwayDeviations::shortTreatment_data()
{
    QTest::addColumn<int>("attended");
    QTest::addColumn<int>("reason");
    QTest::addColumn<bool>("deviation");
    QTest::newRow("dropped out after 5") << 5 << int(EndReason::DroppedOut) << true;
    QTest::newRow("moved after 15") << 15 << int(EndReason::Moved) << true;
    QTest::newRow("completed after 12") << 12 << int(EndReason::Completed) << false;
    QTest::newRow("dropped out after 16") << 16 << int(EndReason::DroppedOut) << false;
    QTest::newRow("completed after 18") << 18 << int(EndReason::Completed) << false;
}

void TestPathwayDeviations::shortTreatment()
{
    QFETCH(int, attended);
    QFETCH(int, reason);
    QFETCH(bool, deviation);
    Clinic& clinician = m_driver->clinician();
    auto patient = m_driver->patientIn(PatientState::Treatment);
    QVERIFY(patient.has_value());
    const QDateTime now = m_clinic->clock().now();
    for (int i = 0; i < attended; ++i) {
        NewSession session;
        session.startsAt = now.addDays(-7 * (attended - i));
        QVERIFY(SessionLog::record(m_driver->secretary(), *patient, session));
    }
    // Cancellations and no-shows are not attended sessions.
    NewSession missed;
    missed.startsAt = now.addDays(-1);
    missed.attendance = SessionAttendance::NoShow;
    QVERIFY(SessionLog::record(clinician, *patient, missed));
    QVERIFY(EndOfTreatment::end(
        clinician, *patient, {EndReason(reason), m_clinic->clock().today(), QStringLiteral("Utfall"), std::nullopt}));
    auto end = EndOfTreatment::get(clinician, *patient);
    QVERIFY(end.has_value());
    QCOMPARE(end->sessionsAttended, attended);
    QCOMPARE(end->plannedSessions, std::optional<int>(16));
    QCOMPARE(countOf(clinician, *patient, DeviationKind::ShortTreatment), deviation ? 1 : 0);
}

void TestPathwayDeviations::clinicCountsMatch()
{
    // The clinic-wide counts add up what the patients show, for every kind.
    Clinic& leader = m_driver->leader();
    auto counts = Deviations::countByKind(leader);
    QVERIFY(counts.has_value());
    QMap<DeviationKind, std::int64_t> expected;
    auto patients = leader.db().prepare("SELECT id FROM patient");
    while (patients->step().value_or(false)) {
        auto list = Deviations::forPatient(leader, patients->int64(0));
        QVERIFY(list.has_value());
        for (const Deviation& d : std::as_const(*list)) {
            expected[d.kind] += 1;
        }
    }
    for (const auto& [kind, n] : std::as_const(*counts)) {
        QCOMPARE(n, expected.value(kind));
    }
    QCOMPARE(expected.value(DeviationKind::EligibilityOverride), std::int64_t(2));
    QCOMPARE(expected.value(DeviationKind::ShortTreatment), std::int64_t(2));
    QCOMPARE(expected.value(DeviationKind::UnmetNeedWithoutReferral), std::int64_t(1));
    // Statistics are for leaders and administrators.
    QCOMPARE(Deviations::countByKind(m_driver->clinician()).error().code, ErrorCode::PermissionDenied);
    QVERIFY(Deviations::countByKind(m_driver->admin()).has_value());
}

QTEST_GUILESS_MAIN(TestPathwayDeviations)
#include "tst_pathway_deviations.moc"
