// Every state transition of the pathway, allowed and forbidden: the table itself, and each operation of the
// pathway services tried from every state. A forbidden one must fail with Conflict and change nothing.
#include "PathwayFixture.h"
#include "pathway/AssessmentPackage.h"
#include "pathway/EligibilityAssessment.h"
#include "pathway/EndOfTreatment.h"
#include "pathway/PatientRegistry.h"
#include "pathway/Referrals.h"
#include "pathway/TreatmentPlan.h"
#include "storage/Database.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

Q_DECLARE_METATYPE(forlop::PatientState)

namespace {

using S = PatientState;

// The pathway as the issue states it, written out independently of PatientState.cpp.
const QSet<QPair<int, int>>& expectedTransitions()
{
    static const QSet<QPair<int, int>> allowed{
        {int(S::Enquiry), int(S::Referred)},     {int(S::Referred), int(S::Waiting)},
        {int(S::Referred), int(S::Excluded)},    {int(S::Waiting), int(S::Eligibility)},
        {int(S::Eligibility), int(S::Included)}, {int(S::Eligibility), int(S::Excluded)},
        {int(S::Included), int(S::Assessment)},  {int(S::Included), int(S::Ended)},
        {int(S::Assessment), int(S::Treatment)}, {int(S::Assessment), int(S::Ended)},
        {int(S::Treatment), int(S::Ended)},      {int(S::Ended), int(S::FollowUp)},
    };
    return allowed;
}

enum class Operation {
    RegisterReferral,
    PlaceOnWaitingList,
    ExcludeMinor,
    StartEligibility,
    Include,
    Exclude,
    StartAssessment,
    StartTreatment,
    EndTreatment,
    StartFollowUp,
};

struct OperationInfo
{
    Operation operation;
    const char* name;
    PatientState target;
    // Two operations lead to "excluded", each from its own state; the other one is a Conflict.
    std::optional<PatientState> onlyFrom = std::nullopt;
};

const OperationInfo Operations[] = {
    {Operation::RegisterReferral, "registerReferral", S::Referred},
    {Operation::PlaceOnWaitingList, "placeOnWaitingList", S::Waiting},
    {Operation::ExcludeMinor, "excludeMinor", S::Excluded, S::Referred},
    {Operation::StartEligibility, "startEligibility", S::Eligibility},
    {Operation::Include, "include", S::Included},
    {Operation::Exclude, "exclude", S::Excluded, S::Eligibility},
    {Operation::StartAssessment, "startAssessment", S::Assessment},
    {Operation::StartTreatment, "startTreatment", S::Treatment},
    {Operation::EndTreatment, "endTreatment", S::Ended},
    {Operation::StartFollowUp, "startFollowUp", S::FollowUp},
};

// Row counts of every table, and the patient's state: "changes nothing" means all of these stay.
QMap<QString, std::int64_t> snapshot(Clinic& clinic, std::int64_t patientId)
{
    QMap<QString, std::int64_t> counts;
    QStringList tables;
    auto stmt = clinic.db().prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (stmt && stmt->step().value_or(false)) {
        tables << stmt->text(0);
    }
    for (const QString& table : std::as_const(tables)) {
        const QByteArray sql = "SELECT count(*) FROM \"" + table.toUtf8() + '"';
        counts.insert(table, clinic.db().queryInt(sql.constData()).value_or(-1));
    }
    auto state = clinic.db().prepare("SELECT state || '|' || state_changed_at FROM patient WHERE id = ?1");
    state->bind(1, patientId);
    (void)state->step();
    counts.insert(QStringLiteral("state:") + state->text(0), 1);
    return counts;
}

// Answers every criterion of the open assessment so that the criteria give `include`.
bool answerAll(Clinic& clinician, std::int64_t patientId, bool include)
{
    auto record = EligibilityAssessments::get(clinician, patientId);
    if (!record) {
        return false;
    }
    for (const EligibilityCriterion& criterion : std::as_const(record->criteria.criteria)) {
        const bool yes = criterion.kind == CriterionKind::Inclusion ||
                         (!include && criterion.code == QLatin1String("under_investigation"));
        if (!EligibilityAssessments::answer(clinician, patientId,
                                            {criterion.id, yes ? CriterionAnswer::Yes : CriterionAnswer::No, {}})) {
            return false;
        }
    }
    return true;
}

// Completes the intake package and makes a plan, so that only the state decides whether treatment may start.
bool prepareTreatment(Clinic& clinician, std::int64_t patientId, const QDate& today)
{
    auto package = AssessmentPackages::get(clinician, patientId);
    if (!package) {
        return false;
    }
    for (const Instrument& instrument : std::as_const(package->catalogue.instruments)) {
        if (!instrument.givenAt(Timepoint::Intake)) {
            continue;
        }
        InstrumentEntry entry{
            instrument.id, Timepoint::Intake, InstrumentStatus::Declined, {}, {}, QStringLiteral("Syntetisk")};
        if (!AssessmentPackages::record(clinician, patientId, entry)) {
            return false;
        }
    }
    Q_UNUSED(today);
    return TreatmentPlans::set(clinician, patientId, PlanInput{}).has_value();
}

} // namespace

class TestPathwayTransitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void table_data();
    void table();
    void operations_data();
    void operations();
    void enquiryBecomesReferral();

private:
    std::unique_ptr<PathwayClinic> m_clinic;
    std::unique_ptr<PathwayDriver> m_driver;
};

void TestPathwayTransitions::initTestCase()
{
    m_clinic = std::make_unique<PathwayClinic>();
    m_driver = std::make_unique<PathwayDriver>(*m_clinic);
}

void TestPathwayTransitions::table_data()
{
    QTest::addColumn<PatientState>("from");
    QTest::addColumn<PatientState>("to");
    QTest::addColumn<bool>("allowed");
    for (PatientState from : PatientStates::all()) {
        for (PatientState to : PatientStates::all()) {
            const bool allowed = expectedTransitions().contains({int(from), int(to)});
            QTest::addRow("%s->%s", qPrintable(PatientStates::id(from)), qPrintable(PatientStates::id(to)))
                << from << to << allowed;
        }
    }
}

void TestPathwayTransitions::table()
{
    QFETCH(PatientState, from);
    QFETCH(PatientState, to);
    QFETCH(bool, allowed);
    QCOMPARE(PatientStates::canTransition(from, to), allowed);
    QCOMPARE(PatientStates::targets(from).contains(to), allowed);
    QCOMPARE(PatientStates::fromId(PatientStates::id(from)), std::optional<PatientState>(from));
    QVERIFY(!PatientStates::displayName(from).isEmpty());
}

void TestPathwayTransitions::operations_data()
{
    QTest::addColumn<PatientState>("from");
    QTest::addColumn<int>("operation");
    QTest::addColumn<PatientState>("target");
    QTest::addColumn<bool>("allowed");
    for (PatientState from : PatientStates::all()) {
        for (const OperationInfo& op : Operations) {
            const bool allowed =
                expectedTransitions().contains({int(from), int(op.target)}) && (!op.onlyFrom || *op.onlyFrom == from);
            QTest::addRow("%s:%s", qPrintable(PatientStates::id(from)), op.name)
                << from << int(op.operation) << op.target << allowed;
        }
    }
}

void TestPathwayTransitions::operations()
{
    QFETCH(PatientState, from);
    QFETCH(int, operation);
    QFETCH(PatientState, target);
    QFETCH(bool, allowed);
    const auto op = Operation(operation);
    PathwayDriver& driver = *m_driver;
    const QDate today = m_clinic->clock().today();

    std::optional<std::int64_t> patient;
    if (from == S::Referred && op == Operation::ExcludeMinor) {
        // The only referral excluded straight away: a person under 18.
        NewReferral referral;
        referral.receivedOn = today;
        referral.channel = ReferralChannel::Gp;
        referral.identity.birthYear = today.year() - 16;
        auto registered = Referrals::registerReferral(driver.secretary(), referral);
        QVERIFY2(registered.has_value(), qPrintable(registered ? QString() : registered.error().message));
        patient = registered->patientId;
        QVERIFY(PatientRegistry::allocate(driver.leader(), *patient, m_clinic->userId(QStringLiteral("psykolog1"))));
    } else {
        patient = driver.patientIn(from);
        QVERIFY(patient.has_value());
        if (from == S::Enquiry) {
            // Allocated, so that a clinician's attempt fails on the state, not on access.
            QVERIFY(
                PatientRegistry::allocate(driver.leader(), *patient, m_clinic->userId(QStringLiteral("psykolog1"))));
        }
    }
    const std::int64_t id = *patient;
    if (from == S::Eligibility && (op == Operation::Include || op == Operation::Exclude)) {
        QVERIFY(answerAll(driver.clinician(), id, op == Operation::Include));
    }
    if (from == S::Assessment && op == Operation::StartTreatment) {
        QVERIFY(prepareTreatment(driver.clinician(), id, today));
    }
    const auto before = snapshot(driver.admin(), id);

    Clinic& clinician = driver.clinician();
    Status result;
    switch (op) {
    case Operation::RegisterReferral: {
        NewReferral referral;
        referral.receivedOn = today;
        referral.channel = ReferralChannel::Chat;
        referral.enquiryPatientId = id;
        auto registered = Referrals::registerReferral(driver.secretary(), referral);
        if (!registered) {
            result = std::unexpected(registered.error());
        }
        break;
    }
    case Operation::PlaceOnWaitingList:
        result = Referrals::placeOnWaitingList(driver.secretary(), id);
        break;
    case Operation::ExcludeMinor:
        result = Referrals::excludeMinor(
            clinician, id,
            OnwardChoice{NewOnwardReferral{
                             OnwardRecipient::ChildWelfare, {}, QStringLiteral("Under 18"), today, OnwardStatus::Sent},
                         {}});
        break;
    case Operation::StartEligibility:
        if (auto started = EligibilityAssessments::start(clinician, id); !started) {
            result = std::unexpected(started.error());
        }
        break;
    case Operation::Include:
        result = EligibilityAssessments::complete(
            clinician, id, EligibilityConclusion{EligibilityDecision::Include, QStringLiteral("Begrunnelse"), {}, {}});
        break;
    case Operation::Exclude:
        result = EligibilityAssessments::complete(
            clinician, id,
            EligibilityConclusion{EligibilityDecision::Exclude,
                                  QStringLiteral("Begrunnelse"),
                                  {},
                                  OnwardChoice{std::nullopt, QStringLiteral("Ingen aktuell instans")}});
        break;
    case Operation::StartAssessment:
        result = AssessmentPackages::start(clinician, id);
        break;
    case Operation::StartTreatment:
        result = TreatmentPlans::startTreatment(clinician, id);
        break;
    case Operation::EndTreatment:
        result = EndOfTreatment::end(clinician, id, EndInput{EndReason::DroppedOut, today, {}, std::nullopt});
        break;
    case Operation::StartFollowUp:
        result = EndOfTreatment::startFollowUp(clinician, id, today);
        break;
    }

    const auto after = snapshot(driver.admin(), id);
    auto now = PatientRegistry::get(driver.secretary(), id);
    QVERIFY(now.has_value());
    if (allowed) {
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
        QCOMPARE(now->state, target);
    } else {
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::Conflict);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(now->state, from);
        QCOMPARE(after, before);
    }
}

void TestPathwayTransitions::enquiryBecomesReferral()
{
    // An anonymous first contact keeps its pseudonym when the referral is registered.
    auto enquiry = PatientRegistry::registerEnquiry(m_driver->secretary(), {});
    QVERIFY(enquiry.has_value());
    QVERIFY(enquiry->pseudonym.startsWith(QStringLiteral("P-2026-")));
    NewReferral referral;
    referral.receivedOn = m_clinic->clock().today();
    referral.channel = ReferralChannel::Chat;
    referral.enquiryPatientId = enquiry->patientId;
    auto registered = Referrals::registerReferral(m_driver->secretary(), referral);
    QVERIFY(registered.has_value());
    QCOMPARE(registered->patientId, enquiry->patientId);
    QCOMPARE(registered->pseudonym, enquiry->pseudonym);
    // A second referral of the same record is an illegal transition.
    auto again = Referrals::registerReferral(m_driver->secretary(), referral);
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
}

QTEST_GUILESS_MAIN(TestPathwayTransitions)
#include "tst_pathway_transitions.moc"
