#pragma once

#include "Error.h"
#include "clinic/ClinicInfo.h"
#include "pathway/OnwardReferral.h"
#include "pathway/PatientRegistry.h"
#include "pathway/Referral.h"

#include <QCoreApplication>

namespace forlop {

class Clinic;

// Registering referrals and moving them onto the waiting list.
class Referrals
{
    Q_DECLARE_TR_FUNCTIONS(Referrals)

public:
    static constexpr int MaxOrganisationLength = 200;

    // Checks a referral before anything is written (also used by the spreadsheet import, row by row); completes
    // the identity (national ID digits, birth date). `rejectMinors` refuses a person known to be under 18.
    [[nodiscard]] static Status validate(NewReferral& referral, ClinicKind clinicKind, const QDate& today,
                                         bool rejectMinors);

    // Registers one referral: a new patient (state "referred") or an existing enquiry moved to "referred".
    [[nodiscard]] static Result<RegisteredPatient> registerReferral(Clinic& clinic, NewReferral referral);
    // All or nothing: every referral is validated first; on any error nothing is written and the error names
    // the (0-based) index of the first bad one in `badIndex`.
    struct BatchError
    {
        int index = -1;
        Error error;
    };
    [[nodiscard]] static std::expected<QList<RegisteredPatient>, BatchError> registerMany(Clinic& clinic,
                                                                                          QList<NewReferral> referrals);

    // The referral's administrative fields.
    [[nodiscard]] static Result<Referral> get(Clinic& clinic, std::int64_t patientId);
    // The reason for referral: clinical, audited.
    [[nodiscard]] static Result<QString> reason(Clinic& clinic, std::int64_t patientId);

    // referred → waiting. Refused for a person known to be under 18 (exclude them instead).
    [[nodiscard]] static Status placeOnWaitingList(Clinic& clinic, std::int64_t patientId);
    // referred → excluded, for a person known to be under 18: requires an onward referral or a reason for none.
    [[nodiscard]] static Status excludeMinor(Clinic& clinic, std::int64_t patientId, const OnwardChoice& onward);
    // The first appointment offered (set once, by the scheduling desk), for waiting times.
    [[nodiscard]] static Status setFirstOffered(Clinic& clinic, std::int64_t patientId, const QDate& offeredOn);
};

} // namespace forlop
