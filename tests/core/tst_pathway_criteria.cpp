// The versioned catalogues: eligibility criteria (seeded with the national core, extended in new versions that
// old assessments do not follow) and treatment themes.
#include "PathwayFixture.h"
#include "pathway/EligibilityAssessment.h"
#include "pathway/ThemeCatalogue.h"
#include "storage/Database.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

class TestPathwayCriteria : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nationalCoreIsSeeded();
    void newVersionKeepsOldAssessments();
    void badVersionsAreRefused_data();
    void badVersionsAreRefused();
    void themeCatalogueVersions();

private:
    std::unique_ptr<PathwayClinic> m_clinic;
    std::unique_ptr<PathwayDriver> m_driver;
};

void TestPathwayCriteria::initTestCase()
{
    m_clinic = std::make_unique<PathwayClinic>();
    m_driver = std::make_unique<PathwayDriver>(*m_clinic);
}

void TestPathwayCriteria::nationalCoreIsSeeded()
{
    auto current = EligibilityCriteria::current(m_driver->clinician().db());
    QVERIFY(current.has_value());
    QCOMPARE(current->version, 1);
    int inclusion = 0;
    int exclusion = 0;
    for (const EligibilityCriterion& criterion : std::as_const(current->criteria)) {
        QVERIFY(criterion.national);
        QVERIFY(!EligibilityCriteria::displayText(criterion).isEmpty());
        (criterion.kind == CriterionKind::Inclusion ? inclusion : exclusion) += 1;
    }
    QCOMPARE(inclusion, 3);
    QCOMPARE(exclusion, 2);
    // Earlier convictions do not exclude: the text says so.
    QVERIFY(EligibilityCriteria::displayText(current->criteria.at(3)).contains(QStringLiteral("earlier convictions")));
    // Versions are frozen in the schema.
    QVERIFY(!m_driver->leader().db().exec("UPDATE eligibility_criterion SET text = 'x'").has_value());
    QVERIFY(!m_driver->leader().db().exec("DELETE FROM eligibility_criterion").has_value());
}

void TestPathwayCriteria::newVersionKeepsOldAssessments()
{
    Clinic& clinician = m_driver->clinician();
    auto before = m_driver->patientIn(PatientState::Eligibility);
    QVERIFY(before.has_value());

    const QList<NewCriterion> additions{
        {QStringLiteral("lives_in_region"), CriterionKind::Inclusion, QStringLiteral("Bor i helseforetakets område.")},
    };
    QCOMPARE(EligibilityCriteria::addVersion(clinician, QStringLiteral("Klinikkens tillegg"), additions).error().code,
             ErrorCode::PermissionDenied);
    auto version = EligibilityCriteria::addVersion(m_driver->leader(), QStringLiteral("Klinikkens tillegg"), additions);
    QVERIFY2(version.has_value(), qPrintable(version ? QString() : version.error().message));
    auto current = EligibilityCriteria::current(clinician.db());
    QCOMPARE(current->id, *version);
    QCOMPARE(current->version, 2);
    QCOMPARE(current->criteria.size(), 6);
    QVERIFY(!current->criteria.last().national);
    QCOMPARE(EligibilityCriteria::displayText(current->criteria.last()),
             QStringLiteral("Bor i helseforetakets område."));
    QCOMPARE(EligibilityCriteria::versions(clinician.db())->size(), 2);

    // The assessment begun before keeps five criteria; a new one has six, and the new one counts in the rule.
    QCOMPARE(EligibilityAssessments::get(clinician, *before)->criteria.criteria.size(), 5);
    auto after = m_driver->patientIn(PatientState::Eligibility);
    QVERIFY(after.has_value());
    auto record = EligibilityAssessments::get(clinician, *after);
    QCOMPARE(record->criteria.id, *version);
    QHash<std::int64_t, CriterionAnswer> answers;
    for (const EligibilityCriterion& criterion : std::as_const(record->criteria.criteria)) {
        answers.insert(criterion.id,
                       criterion.kind == CriterionKind::Inclusion ? CriterionAnswer::Yes : CriterionAnswer::No);
    }
    QCOMPARE(EligibilityCriteria::derive(record->criteria.criteria, answers),
             std::optional(EligibilityDecision::Include));
    answers[current->criteria.last().id] = CriterionAnswer::No;
    QCOMPARE(EligibilityCriteria::derive(record->criteria.criteria, answers),
             std::optional(EligibilityDecision::Exclude));
    // An answer to a criterion of the newer version is refused for the older assessment.
    QCOMPARE(EligibilityAssessments::answer(clinician, *before, {current->criteria.last().id, CriterionAnswer::Yes, {}})
                 .error()
                 .code,
             ErrorCode::InvalidInput);
}

void TestPathwayCriteria::badVersionsAreRefused_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("no label") << QString() << QStringLiteral("ok_code") << QStringLiteral("Tekst");
    QTest::newRow("code taken by the national core")
        << QStringLiteral("v") << QStringLiteral("adult") << QStringLiteral("Tekst");
    QTest::newRow("code with capitals") << QStringLiteral("v") << QStringLiteral("Bad") << QStringLiteral("Tekst");
    QTest::newRow("no text") << QStringLiteral("v") << QStringLiteral("no_text") << QStringLiteral("  ");
}

void TestPathwayCriteria::badVersionsAreRefused()
{
    QFETCH(QString, label);
    QFETCH(QString, code);
    QFETCH(QString, text);
    const auto before = EligibilityCriteria::current(m_driver->leader().db())->id;
    auto result = EligibilityCriteria::addVersion(m_driver->leader(), label, {{code, CriterionKind::Exclusion, text}});
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QCOMPARE(EligibilityCriteria::current(m_driver->leader().db())->id, before);
    QCOMPARE(EligibilityCriteria::addVersion(m_driver->leader(), QStringLiteral("tom"), {}).error().code,
             ErrorCode::InvalidInput);
}

void TestPathwayCriteria::themeCatalogueVersions()
{
    auto example = ThemeCatalogue::current(m_driver->leader().db());
    QVERIFY(example.has_value());
    QVERIFY(example->example);
    QCOMPARE(example->themes.size(), 9);
    for (const TreatmentTheme& theme : std::as_const(example->themes)) {
        QVERIFY(!ThemeCatalogue::displayTitle(theme, true).isEmpty());
    }
    const QList<TreatmentTheme> manual{{0, QStringLiteral("modul_1"), QStringLiteral("Modul 1")},
                                       {0, QStringLiteral("modul_2"), QStringLiteral("Modul 2")}};
    QCOMPARE(ThemeCatalogue::addVersion(m_driver->clinician(), QStringLiteral("Manualen"), manual).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(
        ThemeCatalogue::addVersion(m_driver->leader(), QStringLiteral("Manualen"), {manual.first(), manual.first()})
            .error()
            .code,
        ErrorCode::InvalidInput);
    auto version = ThemeCatalogue::addVersion(m_driver->leader(), QStringLiteral("Manualen"), manual);
    QVERIFY(version.has_value());
    auto current = ThemeCatalogue::current(m_driver->leader().db());
    QCOMPARE(current->id, *version);
    QVERIFY(!current->example);
    QCOMPARE(ThemeCatalogue::displayTitle(current->themes.first(), current->example), QStringLiteral("Modul 1"));
}

QTEST_GUILESS_MAIN(TestPathwayCriteria)
#include "tst_pathway_criteria.moc"
