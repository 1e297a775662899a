#pragma once

#include "Error.h"
#include "clinic/ClinicInfo.h"
#include "pathway/Patient.h"

#include <QCoreApplication>

namespace forlop {

// The checks every identity passes before it is stored, wherever it comes from (phone intake, the record,
// an imported spreadsheet).
class IdentityRules
{
    Q_DECLARE_TR_FUNCTIONS(IdentityRules)

public:
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxPhoneLength = 30;
    static constexpr int MaxTextLength = 500;

    // Validates and completes the identity in place: the national ID is reduced to its 11 digits, and the birth
    // date and year are taken from it when missing. A birth date or year that contradicts the national ID, lies
    // in the future or more than 120 years back is refused.
    [[nodiscard]] static Status normalise(PatientIdentity& identity, ClinicKind clinicKind, const QDate& today);
};

} // namespace forlop
