#pragma once

#include <QDate>
#include <optional>

namespace forlop {

// The service is for adults: age 18 or over on the day of referral, from the birth date, or from the birth year
// when that is all that is known (then a person who turns 18 that year may still be 17: unknown).
class AgeCheck
{
public:
    static constexpr int AdultAge = 18;
    enum class Result { Adult, Minor, Unknown };

    [[nodiscard]] static Result on(const QDate& day, const std::optional<QDate>& birthDate,
                                   const std::optional<int>& birthYear);
    [[nodiscard]] static int ageOn(const QDate& day, const QDate& birthDate);
};

} // namespace forlop
