#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace forlop {

// The three languages Forløp ships: bokmål (the default), nynorsk and English.
class Language
{
public:
    [[nodiscard]] static QStringList available(); // "nb", "nn", "en"
    // The system locale's language when shipped, otherwise bokmål.
    [[nodiscard]] static QString fromLocale(const QLocale& locale);
    // Loads the compiled translations for code (replacing any earlier choice) and makes its locale the default
    // for numbers and names of months and days. False when none ship for it.
    static bool install(const QString& code);
    // The locale that goes with a language: Norwegian for nb and nn, British English (day before month) for en.
    [[nodiscard]] static QLocale locale(const QString& code);
    [[nodiscard]] static QString current();
    [[nodiscard]] static QString displayName(const QString& code);
};

} // namespace forlop
