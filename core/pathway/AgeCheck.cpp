#include "pathway/AgeCheck.h"

namespace forlop {

int AgeCheck::ageOn(const QDate& day, const QDate& birthDate)
{
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day())) {
        --age;
    }
    return age;
}

AgeCheck::Result AgeCheck::on(const QDate& day, const std::optional<QDate>& birthDate,
                              const std::optional<int>& birthYear)
{
    if (birthDate && birthDate->isValid()) {
        return ageOn(day, *birthDate) >= AdultAge ? Result::Adult : Result::Minor;
    }
    if (birthYear) {
        const int years = day.year() - *birthYear;
        if (years > AdultAge) {
            return Result::Adult;
        }
        if (years < AdultAge) {
            return Result::Minor;
        }
    }
    return Result::Unknown;
}

} // namespace forlop
