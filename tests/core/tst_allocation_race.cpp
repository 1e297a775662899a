// Two unit leaders allocating the same referral from their boards: the second is refused and nothing moves.
#include "clinic/Clinic.h"
#include "pathway/PatientRegistry.h"
#include "reports/AllocationBoard.h"
#include "PathwayFixture.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

class TestAllocationRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSecondAllocationOfAReferralIsRefused()
    {
        PathwayClinic clinic;
        PathwayDriver driver(clinic);
        const auto patient = driver.patientIn(PatientState::Referred);
        QVERIFY(patient);
        QVERIFY(PatientRegistry::allocate(driver.leader(), *patient, std::nullopt)); // the driver allocates at once
        auto other = clinic.open(QStringLiteral("leder")); // the same leader at a second desk
        QVERIFY(other);
        const std::int64_t first = clinic.userId(QStringLiteral("psykolog1"));
        const std::int64_t second = clinic.userId(QStringLiteral("psykolog2"));

        auto board = AllocationBoard::view(*other);
        QVERIFY(board);
        QVERIFY(std::any_of(board->referrals.cbegin(), board->referrals.cend(),
                            [&](const UnallocatedReferral& r) { return r.patientId == *patient; }));

        QVERIFY(AllocationBoard::allocate(driver.leader(), *patient, first));
        auto late = AllocationBoard::allocate(*other, *patient, second);
        QVERIFY(!late);
        QCOMPARE(late.error().code, ErrorCode::Conflict);
        auto record = PatientRegistry::get(driver.leader(), *patient);
        QVERIFY(record);
        QCOMPARE(record->clinicianId, std::optional<std::int64_t>(first));

        // Moving a patient on purpose (from the record, not the board) is still the leader's to do.
        QVERIFY(PatientRegistry::allocate(*other, *patient, second));
        record = PatientRegistry::get(driver.leader(), *patient);
        QVERIFY(record);
        QCOMPARE(record->clinicianId, std::optional<std::int64_t>(second));
    }
};

QTEST_GUILESS_MAIN(TestAllocationRace)
#include "tst_allocation_race.moc"
