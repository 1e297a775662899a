// The pseudonyms the log review shows beside audit rows: unit leaders only, pseudonyms (never names), and no
// answer for ids that name no patient.
#include "PathwayFixture.h"
#include "audit/AuditPatientLabels.h"
#include "pathway/PatientRegistry.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

class TestAuditPatientLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leaderGetsPseudonymsOthersAreRefused()
    {
        PathwayClinic clinic;
        PathwayDriver driver(clinic);
        const auto first = driver.patientIn(PatientState::Enquiry);
        const auto second = driver.patientIn(PatientState::Enquiry);
        QVERIFY(first && second);
        auto firstRecord = PatientRegistry::get(driver.secretary(), *first);
        auto secondRecord = PatientRegistry::get(driver.secretary(), *second);
        QVERIFY(firstRecord && secondRecord);

        auto labels = AuditPatientLabels::pseudonyms(driver.leader(), {*first, *second, 987654});
        QVERIFY2(labels.has_value(), labels ? "" : qPrintable(labels.error().message));
        QCOMPARE(labels->size(), 2);
        QCOMPARE(labels->value(*first), firstRecord->pseudonym);
        QCOMPARE(labels->value(*second), secondRecord->pseudonym);
        QVERIFY(!labels->contains(987654));
        // The name, when known, is never what the review shows.
        QVERIFY(!firstRecord->identity.name.isEmpty());
        QVERIFY(labels->value(*first) != firstRecord->identity.name);

        auto none = AuditPatientLabels::pseudonyms(driver.leader(), {});
        QVERIFY(none.has_value());
        QVERIFY(none->isEmpty());

        for (Clinic* other : {&driver.admin(), &driver.secretary(), &driver.clinician()}) {
            auto refused = AuditPatientLabels::pseudonyms(*other, {*first});
            QVERIFY(!refused.has_value());
            QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditPatientLabels)
#include "tst_audit_patientlabels.moc"
