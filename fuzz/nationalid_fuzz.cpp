// The national ID validator, fed any text: a number it accepts is eleven digits with valid check digits and a
// real birth date, and a synthetic number is never accepted for a production clinic.
#include "pathway/NationalId.h"

#include <cstdint>
#include <cstdlib>

using namespace forlop;

namespace {

// Errors never repeat the number: no run of six or more of its digits appears in the message.
bool repeats(const QString& message, const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits += c;
        }
    }
    for (qsizetype i = 0; i + 6 <= digits.size(); ++i) {
        if (message.contains(digits.mid(i, 6))) {
            return true;
        }
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const ClinicKind kind : {ClinicKind::Production, ClinicKind::Demo, ClinicKind::Test}) {
        auto id = NationalId::parse(text, kind);
        if (!id) {
            if (id.error().message.isEmpty() || repeats(id.error().message, text)) {
                std::abort();
            }
            continue;
        }
        const QString& digits = id->digits();
        if (digits.size() != NationalId::Length || !NationalId::checkDigitsValid(digits) ||
            !id->birthDate().isValid() || (kind == ClinicKind::Production && id->isSynthetic())) {
            std::abort();
        }
        for (const QChar c : digits) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                std::abort();
            }
        }
    }
    // The check-digit rule on its own, for any eleven digits.
    if (text.size() == NationalId::Length) {
        bool allDigits = true;
        for (const QChar c : text) {
            allDigits = allDigits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }
        if (allDigits) {
            (void)NationalId::checkDigitsValid(text);
        }
    }
    return 0;
}
