// Patients and referrals: pseudonyms, identity rules, the adult check, clinical reasons the secretary can write
// but not read, allocation, waiting times, and access.
#include "PathwayFixture.h"
#include "pathway/AgeCheck.h"
#include "pathway/PatientRegistry.h"
#include "pathway/Pseudonym.h"
#include "pathway/Referrals.h"
#include "storage/Database.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

class TestPathwayReferrals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ageCheck_data();
    void ageCheck();
    void pseudonymsRunPerYear();
    void identityIsCompletedFromNationalId();
    void identityRules_data();
    void identityRules();
    void nationalIdIsUnique();
    void syntheticIdsRefusedInProduction();
    void reasonIsWriteOnlyForSecretary();
    void minorCannotWait();
    void birthYearOnlyIsUnknownAtEighteen();
    void allocationOnlyToActiveClinicians();
    void firstOfferCountsOnce();
    void receivedDateIsChecked();

private:
    NewReferral adultReferral();

    std::unique_ptr<PathwayClinic> m_clinic;
    std::unique_ptr<PathwayDriver> m_driver;
    int m_serial = 100;
};

void TestPathwayReferrals::initTestCase()
{
    m_clinic = std::make_unique<PathwayClinic>();
    m_driver = std::make_unique<PathwayDriver>(*m_clinic);
}

NewReferral TestPathwayReferrals::adultReferral()
{
    NewReferral referral;
    referral.receivedOn = m_clinic->clock().today().addDays(-3);
    referral.channel = ReferralChannel::Gp;
    referral.referrerOrganisation = QStringLiteral("Testby legesenter");
    referral.reason = QStringLiteral("Ønsker hjelp");
    referral.identity.name = QStringLiteral("Ola Syntetisk");
    referral.identity.nationalId = syntheticNationalId(QDate(1980, 5, 17), ++m_serial);
    return referral;
}

void TestPathwayReferrals::ageCheck_data()
{
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<int>("birthYear");
    QTest::addColumn<int>("expected");
    const QDate day(2026, 3, 2);
    QTest::newRow("18 today") << QDate(2008, 3, 2) << 0 << int(AgeCheck::Result::Adult);
    QTest::newRow("18 tomorrow") << QDate(2008, 3, 3) << 0 << int(AgeCheck::Result::Minor);
    QTest::newRow("born 29 Feb") << QDate(2008, 2, 29) << 0 << int(AgeCheck::Result::Adult);
    QTest::newRow("40") << QDate(1986, 1, 1) << 0 << int(AgeCheck::Result::Adult);
    QTest::newRow("year, 19 years back") << QDate() << 2007 << int(AgeCheck::Result::Adult);
    QTest::newRow("year, 18 years back") << QDate() << 2008 << int(AgeCheck::Result::Unknown);
    QTest::newRow("year, 17 years back") << QDate() << 2009 << int(AgeCheck::Result::Minor);
    QTest::newRow("nothing known") << QDate() << 0 << int(AgeCheck::Result::Unknown);
    Q_UNUSED(day);
}

void TestPathwayReferrals::ageCheck()
{
    QFETCH(QDate, birthDate);
    QFETCH(int, birthYear);
    QFETCH(int, expected);
    const auto result =
        AgeCheck::on(QDate(2026, 3, 2), birthDate.isValid() ? std::optional<QDate>(birthDate) : std::nullopt,
                     birthYear ? std::optional<int>(birthYear) : std::nullopt);
    QCOMPARE(int(result), expected);
}

void TestPathwayReferrals::pseudonymsRunPerYear()
{
    QCOMPARE(Pseudonym::format(2026, 42), QStringLiteral("P-2026-0042"));
    QCOMPARE(Pseudonym::format(2026, 12345), QStringLiteral("P-2026-12345"));
    QCOMPARE(Pseudonym::parse(QStringLiteral("P-2026-0042")), std::optional(std::make_pair(2026, 42)));
    QVERIFY(!Pseudonym::parse(QStringLiteral("P-26-0042")));
    auto a = PatientRegistry::registerEnquiry(m_driver->secretary(), {});
    auto b = PatientRegistry::registerEnquiry(m_driver->secretary(), {});
    QVERIFY(a && b);
    const auto pa = Pseudonym::parse(a->pseudonym);
    const auto pb = Pseudonym::parse(b->pseudonym);
    QVERIFY(pa && pb);
    QCOMPARE(pa->first, 2026);
    QCOMPARE(pb->second, pa->second + 1);
    m_clinic->clock().set(QDateTime(QDate(2027, 1, 1), QTime(9, 0), Qt::UTC));
    auto c = PatientRegistry::registerEnquiry(m_driver->secretary(), {});
    m_clinic->clock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    QCOMPARE(c->pseudonym, QStringLiteral("P-2027-0001"));
    auto found = PatientRegistry::findByPseudonym(m_driver->secretary(), QStringLiteral(" p-2027-0001 "));
    QCOMPARE(*found, std::optional<std::int64_t>(c->patientId));
}

void TestPathwayReferrals::identityIsCompletedFromNationalId()
{
    NewReferral referral = adultReferral();
    referral.identity.nationalId.insert(6, QLatin1Char(' '));
    auto registered = Referrals::registerReferral(m_driver->secretary(), referral);
    QVERIFY2(registered.has_value(), qPrintable(registered ? QString() : registered.error().message));
    auto patient = PatientRegistry::get(m_driver->secretary(), registered->patientId);
    QVERIFY(patient.has_value());
    QCOMPARE(patient->state, PatientState::Referred);
    QCOMPARE(patient->identity.nationalId.size(), 11);
    QCOMPARE(patient->identity.birthDate, std::optional<QDate>(QDate(1980, 5, 17)));
    QCOMPARE(patient->identity.birthYear, std::optional<int>(1980));
    QVERIFY(patient->identity.isComplete());
    QCOMPARE(patient->displayName(), QStringLiteral("Ola Syntetisk"));
    auto stored = Referrals::get(m_driver->secretary(), registered->patientId);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->channel, ReferralChannel::Gp);
    QCOMPARE(stored->referrerOrganisation, QStringLiteral("Testby legesenter"));
    QCOMPARE(stored->receivedOn, m_clinic->clock().today().addDays(-3));
    QVERIFY(!stored->imported);
}

void TestPathwayReferrals::identityRules_data()
{
    QTest::addColumn<QString>("nationalId");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<int>("birthYear");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");
    const QString id = syntheticNationalId(QDate(1990, 7, 1), 7);
    QTest::newRow("id only") << id << QDate() << 0 << QString() << true;
    QTest::newRow("id and matching date")
        << syntheticNationalId(QDate(1990, 7, 1), 8) << QDate(1990, 7, 1) << 1990 << QString() << true;
    QTest::newRow("id and other date") << syntheticNationalId(QDate(1990, 7, 1), 9) << QDate(1990, 7, 2) << 0
                                       << QString() << false;
    QTest::newRow("date and other year") << QString() << QDate(1990, 7, 1) << 1991 << QString() << false;
    QTest::newRow("bad check digit") << QString(id).replace(10, 1, QChar(u'0' + (id.at(10).digitValue() + 1) % 10))
                                     << QDate() << 0 << QString() << false;
    QTest::newRow("birth year in the future") << QString() << QDate() << 2030 << QString() << false;
    QTest::newRow("birth year 130 years back") << QString() << QDate() << 1896 << QString() << false;
    QTest::newRow("phone with +47") << QString() << QDate() << 0 << QStringLiteral("+47 22 33 44 55") << true;
    QTest::newRow("phone with letters") << QString() << QDate() << 0 << QStringLiteral("ring meg") << false;
}

void TestPathwayReferrals::identityRules()
{
    QFETCH(QString, nationalId);
    QFETCH(QDate, birthDate);
    QFETCH(int, birthYear);
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    NewReferral referral = adultReferral();
    referral.identity.nationalId = nationalId;
    referral.identity.birthDate = birthDate.isValid() ? std::optional<QDate>(birthDate) : std::nullopt;
    referral.identity.birthYear = birthYear ? std::optional<int>(birthYear) : std::nullopt;
    referral.identity.phone = phone;
    const std::int64_t before = m_driver->admin().db().queryInt("SELECT count(*) FROM patient").value_or(-1);
    auto registered = Referrals::registerReferral(m_driver->secretary(), referral);
    QCOMPARE(registered.has_value(), valid);
    if (!valid) {
        QCOMPARE(registered.error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_driver->admin().db().queryInt("SELECT count(*) FROM patient").value_or(-2), before);
    }
}

void TestPathwayReferrals::nationalIdIsUnique()
{
    NewReferral referral = adultReferral();
    QVERIFY(Referrals::registerReferral(m_driver->secretary(), referral));
    auto twice = Referrals::registerReferral(m_driver->secretary(), referral);
    QVERIFY(!twice.has_value());
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
    QVERIFY(!twice.error().message.contains(referral.identity.nationalId));
    // Nor can an existing record take another's number.
    auto other = PatientRegistry::registerEnquiry(m_driver->secretary(), {});
    PatientIdentity identity;
    identity.nationalId = referral.identity.nationalId;
    QCOMPARE(PatientRegistry::updateIdentity(m_driver->secretary(), other->patientId, identity).error().code,
             ErrorCode::Conflict);
}

void TestPathwayReferrals::syntheticIdsRefusedInProduction()
{
    // (A production clinic cannot be made with the short test passwords, so the rule is checked where every
    // referral passes, with the clinic kind as a production clinic reports it.)
    NewReferral referral = adultReferral();
    auto refused = Referrals::validate(referral, ClinicKind::Production, m_clinic->clock().today(), false);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY(Referrals::validate(referral, ClinicKind::Demo, m_clinic->clock().today(), false));
    // The same date with a non-synthetic number of valid check digits is accepted (still no real person's:
    // built by the checksum rule in the test support).
    referral = adultReferral();
    referral.identity.nationalId = syntheticNationalId(QDate(1980, 5, 17), 3, false);
    QVERIFY(Referrals::validate(referral, ClinicKind::Production, m_clinic->clock().today(), false));
}

void TestPathwayReferrals::reasonIsWriteOnlyForSecretary()
{
    NewReferral referral = adultReferral();
    referral.reason = QStringLiteral("Bekymret for egne tanker");
    auto registered = Referrals::registerReferral(m_driver->secretary(), referral);
    QVERIFY(registered.has_value());
    QCOMPARE(Referrals::reason(m_driver->secretary(), registered->patientId).error().code, ErrorCode::PermissionDenied);
    QVERIFY(!m_driver->secretary().db().prepare("SELECT reason FROM referral").has_value());
    // The unit leader reads it (and the read is audited); once allocated, so does the clinician.
    QCOMPARE(*Referrals::reason(m_driver->leader(), registered->patientId), referral.reason);
    QCOMPARE(Referrals::reason(m_driver->clinician(), registered->patientId).error().code, ErrorCode::PermissionDenied);
    QVERIFY(PatientRegistry::allocate(m_driver->leader(), registered->patientId,
                                      m_clinic->userId(QStringLiteral("psykolog1"))));
    QCOMPARE(*Referrals::reason(m_driver->clinician(), registered->patientId), referral.reason);
    auto audited = m_driver->leader().db().prepare(
        "SELECT count(*) FROM audit_log WHERE action = 'referral_reason.view' AND patient_id = ?1");
    audited->bind(1, registered->patientId);
    QVERIFY(audited->step().value_or(false));
    QCOMPARE(audited->int64(0), std::int64_t(2));
}

void TestPathwayReferrals::minorCannotWait()
{
    NewReferral referral = adultReferral();
    referral.identity.nationalId.clear();
    referral.identity.birthDate = m_clinic->clock().today().addYears(-17);
    auto registered = Referrals::registerReferral(m_driver->secretary(), referral);
    QVERIFY(registered.has_value());
    auto waiting = Referrals::placeOnWaitingList(m_driver->secretary(), registered->patientId);
    QVERIFY(!waiting.has_value());
    QCOMPARE(waiting.error().code, ErrorCode::Conflict);
    QVERIFY(PatientRegistry::allocate(m_driver->leader(), registered->patientId,
                                      m_clinic->userId(QStringLiteral("psykolog1"))));
    QCOMPARE(Referrals::excludeMinor(m_driver->clinician(), registered->patientId, {}).error().code,
             ErrorCode::InvalidInput);
    QVERIFY(Referrals::excludeMinor(m_driver->clinician(), registered->patientId,
                                    OnwardChoice{std::nullopt, QStringLiteral("Henvist til BUP av fastlege")}));
    QCOMPARE(PatientRegistry::get(m_driver->secretary(), registered->patientId)->state, PatientState::Excluded);
    // The import refuses minors outright.
    referral.identity.birthDate = m_clinic->clock().today().addYears(-16);
    QVERIFY(!Referrals::validate(referral, ClinicKind::Test, m_clinic->clock().today(), true));
}

void TestPathwayReferrals::birthYearOnlyIsUnknownAtEighteen()
{
    NewReferral referral = adultReferral();
    referral.identity.nationalId.clear();
    referral.identity.birthYear = m_clinic->clock().today().year() - 18;
    auto registered = Referrals::registerReferral(m_driver->secretary(), referral);
    QVERIFY(registered.has_value());
    // Maybe 17, maybe 18: the eligibility criterion decides, not the waiting list.
    QVERIFY(Referrals::placeOnWaitingList(m_driver->secretary(), registered->patientId));
}

void TestPathwayReferrals::allocationOnlyToActiveClinicians()
{
    auto registered = Referrals::registerReferral(m_driver->secretary(), adultReferral());
    QVERIFY(registered.has_value());
    const std::int64_t id = registered->patientId;
    QCOMPARE(PatientRegistry::allocate(m_driver->secretary(), id, m_clinic->userId(QStringLiteral("psykolog1")))
                 .error()
                 .code,
             ErrorCode::PermissionDenied);
    QCOMPARE(
        PatientRegistry::allocate(m_driver->leader(), id, m_clinic->userId(QStringLiteral("sekretar"))).error().code,
        ErrorCode::InvalidInput);
    QVERIFY(PatientRegistry::allocate(m_driver->leader(), id, m_clinic->userId(QStringLiteral("psykolog2"))));
    QCOMPARE(PatientRegistry::get(m_driver->secretary(), id)->clinicianId,
             std::optional<std::int64_t>(m_clinic->userId(QStringLiteral("psykolog2"))));
    // Back to unallocated.
    QVERIFY(PatientRegistry::allocate(m_driver->leader(), id, std::nullopt));
    QVERIFY(!PatientRegistry::get(m_driver->secretary(), id)->clinicianId.has_value());
}

void TestPathwayReferrals::firstOfferCountsOnce()
{
    auto registered = Referrals::registerReferral(m_driver->secretary(), adultReferral());
    QVERIFY(registered.has_value());
    const QDate today = m_clinic->clock().today();
    QCOMPARE(Referrals::setFirstOffered(m_driver->secretary(), registered->patientId, today.addDays(-10)).error().code,
             ErrorCode::InvalidInput);
    QVERIFY(Referrals::setFirstOffered(m_driver->secretary(), registered->patientId, today.addDays(14)));
    QVERIFY(Referrals::setFirstOffered(m_driver->secretary(), registered->patientId, today.addDays(21)));
    QCOMPARE(Referrals::get(m_driver->secretary(), registered->patientId)->firstOfferedOn,
             std::optional<QDate>(today.addDays(14)));
}

void TestPathwayReferrals::receivedDateIsChecked()
{
    NewReferral referral = adultReferral();
    referral.receivedOn = m_clinic->clock().today().addDays(1);
    QCOMPARE(Referrals::registerReferral(m_driver->secretary(), referral).error().code, ErrorCode::InvalidInput);
    referral.receivedOn = QDate();
    QCOMPARE(Referrals::registerReferral(m_driver->secretary(), referral).error().code, ErrorCode::InvalidInput);
    // An administrator registers no patients.
    QCOMPARE(Referrals::registerReferral(m_driver->admin(), adultReferral()).error().code, ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestPathwayReferrals)
#include "tst_pathway_referrals.moc"
