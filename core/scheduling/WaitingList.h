#pragma once

#include "Error.h"
#include "scheduling/FreeSlotSearch.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

struct WaitingEntry
{
    std::int64_t patientId = 0;
    std::int64_t referralId = 0;
    QString patientLabel; // the name when known, else the pseudonym
    QString state;        // pathway state id (PatientStates::fromId): referred or waiting
    bool urgent = false;
    QDate receivedOn;
    int daysWaited = 0;
    QString channel;                         // the referral channel id (ReferralCodes::channelFromId)
    std::optional<std::int64_t> clinicianId; // allocated clinician, if any
    std::optional<QDate> firstOfferedOn;     // an earlier first appointment that did not take place
};

// Every referred patient without a first appointment: urgent referrals first, then the longest waiting. A patient
// leaves the list when an appointment is booked (or attended); a cancelled or missed first appointment puts them
// back, while the referral keeps the date of the first offer for waiting times.
class WaitingList
{
    Q_DECLARE_TR_FUNCTIONS(WaitingList)

public:
    // Audited once as a view of the waiting list. Patients the viewer is blocked from are left out.
    [[nodiscard]] static Result<QList<WaitingEntry>> entries(Clinic& clinic);
    // The "find slot" search for an entry: the allocated clinician (else anyone), the patient's own appointments
    // kept clear, a first contact for a referral not yet on the waiting list and an eligibility assessment for one
    // that is.
    [[nodiscard]] static SlotSearch slotSearchFor(const WaitingEntry& entry);
};

} // namespace forlop
