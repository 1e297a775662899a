// Registry (KvaSO) consent as a history, and the rule that a withdrawal keeps the patient out of every later
// export.
#include "PathwayFixture.h"
#include "pathway/RegistryConsent.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

class TestPathwayRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void orderOfEvents();
    void withdrawnConsentRemovesFromExports();
    void declinedIsNeverExported();
    void onlyLeadersListExports();

private:
    std::unique_ptr<PathwayClinic> m_clinic;
    std::unique_ptr<PathwayDriver> m_driver;
};

void TestPathwayRegistry::initTestCase()
{
    m_clinic = std::make_unique<PathwayClinic>();
    m_driver = std::make_unique<PathwayDriver>(*m_clinic);
}

void TestPathwayRegistry::orderOfEvents()
{
    Clinic& clinician = m_driver->clinician();
    auto patient = m_driver->patientIn(PatientState::Assessment);
    QVERIFY(patient.has_value());
    const QDate today = m_clinic->clock().today();
    // Consent follows information; withdrawal follows consent.
    QCOMPARE(RegistryConsent::record(clinician, *patient, RegistryStatus::Consented, today).error().code,
             ErrorCode::Conflict);
    QCOMPARE(RegistryConsent::record(clinician, *patient, RegistryStatus::Withdrawn, today).error().code,
             ErrorCode::Conflict);
    QCOMPARE(RegistryConsent::record(clinician, *patient, RegistryStatus::Informed, today.addDays(1)).error().code,
             ErrorCode::InvalidInput);
    QVERIFY(RegistryConsent::record(clinician, *patient, RegistryStatus::Informed, today.addDays(-2)));
    QCOMPARE(RegistryConsent::record(clinician, *patient, RegistryStatus::Consented, today.addDays(-3)).error().code,
             ErrorCode::InvalidInput);
    QVERIFY(RegistryConsent::record(clinician, *patient, RegistryStatus::Consented, today));
    // The secretary does not record consent.
    QCOMPARE(RegistryConsent::record(m_driver->secretary(), *patient, RegistryStatus::Withdrawn, today).error().code,
             ErrorCode::PermissionDenied);
    auto history = RegistryConsent::history(clinician, *patient);
    QVERIFY(history.has_value());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).status, RegistryStatus::Informed);
    QCOMPARE(history->at(0).onDate, today.addDays(-2));
    QCOMPARE(history->at(1).status, RegistryStatus::Consented);
    QCOMPARE(*RegistryConsent::currentStatus(clinician.db(), *patient),
             std::optional<RegistryStatus>(RegistryStatus::Consented));
    // The history cannot be rewritten.
    QVERIFY(!clinician.db().exec("UPDATE registry_consent_event SET status = 'consented'").has_value());
    QVERIFY(!clinician.db().exec("DELETE FROM registry_consent_event").has_value());
}

void TestPathwayRegistry::withdrawnConsentRemovesFromExports()
{
    Clinic& clinician = m_driver->clinician();
    Clinic& leader = m_driver->leader();
    const QDate today = m_clinic->clock().today();
    auto stays = m_driver->patientIn(PatientState::Treatment);
    auto leaves = m_driver->patientIn(PatientState::Treatment);
    QVERIFY(stays && leaves);
    for (std::int64_t id : {*stays, *leaves}) {
        QVERIFY(RegistryConsent::record(clinician, id, RegistryStatus::Informed, today.addDays(-10)));
        QVERIFY(RegistryConsent::record(clinician, id, RegistryStatus::Consented, today.addDays(-10)));
    }
    auto before = RegistryConsent::exportablePatients(leader);
    QVERIFY(before.has_value());
    QVERIFY(before->contains(*stays));
    QVERIFY(before->contains(*leaves));

    QVERIFY(RegistryConsent::record(clinician, *leaves, RegistryStatus::Withdrawn, today));
    auto after = RegistryConsent::exportablePatients(leader);
    QVERIFY(after.has_value());
    QVERIFY(after->contains(*stays));
    QVERIFY(!after->contains(*leaves));
    QVERIFY(!*RegistryConsent::isExportable(leader.db(), *leaves));
    QVERIFY(*RegistryConsent::isExportable(leader.db(), *stays));

    // A withdrawal is final: nothing can be recorded after it, so no later export can include the patient.
    QCOMPARE(RegistryConsent::record(clinician, *leaves, RegistryStatus::Informed, today).error().code,
             ErrorCode::Conflict);
    QCOMPARE(RegistryConsent::record(clinician, *leaves, RegistryStatus::Consented, today).error().code,
             ErrorCode::Conflict);
    // Even a consent row slipped in by hand does not bring the patient back.
    const QByteArray sql = "INSERT INTO registry_consent_event (patient_id, status, on_date, recorded_at) VALUES (" +
                           QByteArray::number(qint64(*leaves)) + ", 'consented', '2026-03-02', '2026-03-02')";
    QVERIFY(clinician.db().exec(sql.constData()));
    QVERIFY(!RegistryConsent::exportablePatients(leader)->contains(*leaves));
}

void TestPathwayRegistry::declinedIsNeverExported()
{
    Clinic& clinician = m_driver->clinician();
    const QDate today = m_clinic->clock().today();
    auto declined = m_driver->patientIn(PatientState::Assessment);
    auto informedOnly = m_driver->patientIn(PatientState::Assessment);
    auto nothing = m_driver->patientIn(PatientState::Assessment);
    QVERIFY(declined && informedOnly && nothing);
    QVERIFY(RegistryConsent::record(clinician, *declined, RegistryStatus::Informed, today));
    QVERIFY(RegistryConsent::record(clinician, *declined, RegistryStatus::Declined, today));
    QVERIFY(RegistryConsent::record(clinician, *informedOnly, RegistryStatus::Informed, today));
    auto exportable = RegistryConsent::exportablePatients(m_driver->leader());
    QVERIFY(exportable.has_value());
    for (std::int64_t id : {*declined, *informedOnly, *nothing}) {
        QVERIFY(!exportable->contains(id));
    }
}

void TestPathwayRegistry::onlyLeadersListExports()
{
    QCOMPARE(RegistryConsent::exportablePatients(m_driver->clinician()).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(RegistryConsent::exportablePatients(m_driver->admin()).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(RegistryConsent::exportablePatients(m_driver->secretary()).error().code, ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestPathwayRegistry)
#include "tst_pathway_registry.moc"
