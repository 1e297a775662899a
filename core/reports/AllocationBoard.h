#pragma once

#include "Error.h"
#include "pathway/Referral.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

// A referral waiting for a clinician.
struct UnallocatedReferral
{
    std::int64_t patientId = 0;
    QString pseudonym;
    QString state; // pathway state id: referred, waiting, …
    QDate receivedOn;
    int daysWaited = 0;
    Urgency urgency = Urgency::Normal;
    QString channel; // referral channel id
};

// A clinician as seen when choosing whom to allocate to.
struct ClinicianLoadSummary
{
    std::int64_t clinicianId = 0;
    QString name;
    int activePatients = 0;
    qint64 freeMinutes = 0;     // free bookable time in the weeks ahead (ClinicianLoads)
    int withoutAppointment = 0; // active patients with nothing booked in the weeks ahead
};

struct AllocationView
{
    QDate today;
    QList<UnallocatedReferral> referrals;   // urgent first, then the longest waiting
    QList<ClinicianLoadSummary> clinicians; // every active clinician, by sign-in name
};

// The unit leader's waiting list and allocation: referrals in active care without a clinician, with each
// clinician's current load beside them (Permission::AllocateReferral). Allocation itself is the pathway's
// (PatientRegistry::allocate, audited there).
class AllocationBoard
{
    Q_DECLARE_TR_FUNCTIONS(AllocationBoard)

public:
    static constexpr int LoadWeeks = 4;

    [[nodiscard]] static Result<AllocationView> view(Clinic& clinic);
    // Allocates a referral from the board; a Conflict, changing nothing, when it has been allocated since.
    [[nodiscard]] static Status allocate(Clinic& clinic, std::int64_t patientId, std::int64_t clinicianId);
};

} // namespace forlop
