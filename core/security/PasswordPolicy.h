#pragma once

#include "Error.h"
#include "clinic/ClinicInfo.h"

#include <QCoreApplication>

namespace forlop {

class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    static constexpr int MinimumLength = 10;
    // Length is what matters against an offline attack on a stolen key file. Demo and test clinics are exempt.
    [[nodiscard]] static Status check(const QByteArray& password, ClinicKind kind);
    enum class Strength { Weak, Fair, Good, Strong };
    // A hint for the password field, not a rule.
    [[nodiscard]] static Strength estimate(const QString& password);
    [[nodiscard]] static QString describe(Strength strength);
};

} // namespace forlop
