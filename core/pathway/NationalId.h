#pragma once

#include "Error.h"
#include "clinic/ClinicInfo.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace forlop {

// A Norwegian national identity number: a fødselsnummer, or a D-number (day + 40) given to people without one.
// Checked with both mod-11 check digits and a real calendar date. Stored as the 11 digits, never reformatted.
// Nothing else is read out of it: in particular the sex is never derived from the individual number.
class NationalId
{
    Q_DECLARE_TR_FUNCTIONS(NationalId)

public:
    enum class Kind { BirthNumber, DNumber };

    // Accepts the 11 digits, optionally with spaces. Synthetic test numbers (month + 80) are accepted only
    // when the clinic is a demo or test clinic. Errors are translated and never repeat the number.
    [[nodiscard]] static Result<NationalId> parse(const QString& text, ClinicKind clinicKind);

    // The check-digit rule alone, for the eleven digits d[0..10] (each 0–9). The first check digit is valid
    // when the weighted sum including it leaves remainder 0, 1, 2 or 3 (0 for numbers issued before 2032,
    // any of the four from 2032); the second when its weighted sum leaves 0.
    [[nodiscard]] static bool checkDigitsValid(const QString& digits);

    [[nodiscard]] const QString& digits() const { return m_digits; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isSynthetic() const { return m_synthetic; }
    [[nodiscard]] QDate birthDate() const { return m_birthDate; }

    static constexpr int Length = 11;

private:
    NationalId() = default;

    QString m_digits;
    Kind m_kind = Kind::BirthNumber;
    bool m_synthetic = false;
    QDate m_birthDate;
};

} // namespace forlop
