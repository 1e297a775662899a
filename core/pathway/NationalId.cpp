#include "pathway/NationalId.h"

#include <array>

namespace forlop {

namespace {

constexpr std::array<int, 9> FirstWeights{3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr std::array<int, 10> SecondWeights{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
constexpr int DNumberDayOffset = 40;
constexpr int SyntheticMonthOffset = 80;

int digitAt(const QString& digits, int index)
{
    return digits.at(index).digitValue();
}

// The century from the individual number (digits 7–9), as the population register assigns them.
int fullYear(int twoDigitYear, int individual)
{
    if (individual <= 499) {
        return 1900 + twoDigitYear;
    }
    if (individual <= 749 && twoDigitYear >= 54) {
        return 1800 + twoDigitYear;
    }
    if (twoDigitYear <= 39) {
        return 2000 + twoDigitYear;
    }
    // 900–999 with years 40–99 are 1900s; the few unassigned combinations are read the same way, which is the
    // only plausible reading for an adult patient.
    return 1900 + twoDigitYear;
}

} // namespace

bool NationalId::checkDigitsValid(const QString& digits)
{
    if (digits.size() != Length) {
        return false;
    }
    int first = 0;
    for (int i = 0; i < 9; ++i) {
        first += FirstWeights[i] * digitAt(digits, i);
    }
    first += digitAt(digits, 9);
    if (first % 11 > 3) {
        return false;
    }
    int second = 0;
    for (int i = 0; i < 10; ++i) {
        second += SecondWeights[i] * digitAt(digits, i);
    }
    second += digitAt(digits, 10);
    return second % 11 == 0;
}

Result<NationalId> NationalId::parse(const QString& text, ClinicKind clinicKind)
{
    QString digits = text;
    digits.remove(QLatin1Char(' '));
    bool onlyDigits = digits.size() == Length;
    for (QChar c : std::as_const(digits)) {
        onlyDigits = onlyDigits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    }
    if (!onlyDigits) {
        return fail(ErrorCode::InvalidInput, tr("A national ID number has exactly 11 digits."));
    }

    int day = digits.mid(0, 2).toInt();
    int month = digits.mid(2, 2).toInt();
    const int twoDigitYear = digits.mid(4, 2).toInt();
    const int individual = digits.mid(6, 3).toInt();

    NationalId id;
    id.m_digits = digits;
    if (month > SyntheticMonthOffset) {
        id.m_synthetic = true;
        month -= SyntheticMonthOffset;
    }
    if (day > DNumberDayOffset) {
        id.m_kind = Kind::DNumber;
        day -= DNumberDayOffset;
    }
    const QDate date(fullYear(twoDigitYear, individual), month, day);
    if (!date.isValid()) {
        return fail(ErrorCode::InvalidInput,
                    tr("The national ID number does not start with a valid date of birth (DDMMYY)."));
    }
    if (!checkDigitsValid(digits)) {
        return fail(ErrorCode::InvalidInput,
                    tr("The national ID number has wrong check digits; check for a typing error."));
    }
    if (id.m_synthetic && clinicKind == ClinicKind::Production) {
        return fail(ErrorCode::InvalidInput,
                    tr("This is a synthetic test number; it is accepted only in demo and test clinics."));
    }
    id.m_birthDate = date;
    return id;
}

} // namespace forlop
