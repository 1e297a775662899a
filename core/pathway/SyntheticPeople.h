#pragma once

#include <QDate>
#include <QString>

namespace forlop {

class DemoRandom;

// Made-up people for demo clinics and benchmarks: names drawn from common first and last names, and national
// ID numbers of the synthetic series (month + 80) with valid check digits, which no real person has and which a
// production clinic refuses.
class SyntheticPeople
{
public:
    [[nodiscard]] static QString name(DemoRandom& random);
    // A synthetic fødselsnummer for the birth date (or a synthetic D-number); empty only if no individual number
    // gives valid check digits, which does not happen for real dates.
    [[nodiscard]] static QString nationalId(const QDate& birthDate, DemoRandom& random, bool dNumber = false);
    [[nodiscard]] static QString phone(DemoRandom& random);
};

} // namespace forlop
