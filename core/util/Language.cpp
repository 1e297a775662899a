#include "util/Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace forlop {

namespace {
std::unique_ptr<QTranslator>& translator()
{
    static std::unique_ptr<QTranslator> instance;
    return instance;
}
QString& currentCode()
{
    static QString code;
    return code;
}
} // namespace

QStringList Language::available()
{
    return {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")};
}

QString Language::fromLocale(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::NorwegianNynorsk:
        return QStringLiteral("nn");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return QStringLiteral("nb");
    }
}

bool Language::install(const QString& code)
{
    if (!available().contains(code)) {
        return false;
    }
    auto next = std::make_unique<QTranslator>();
    if (!next->load(QStringLiteral(":/i18n/forlop_%1.qm").arg(code))) {
        return false;
    }
    if (translator()) {
        QCoreApplication::removeTranslator(translator().get());
    }
    QCoreApplication::installTranslator(next.get());
    translator() = std::move(next);
    currentCode() = code;
    // Numbers and month names follow the chosen language, not the machine's: "4,5" and "februar" in Norwegian.
    QLocale::setDefault(locale(code));
    return true;
}

QLocale Language::locale(const QString& code)
{
    if (code == QLatin1String("nn")) {
        return QLocale(QLocale::NorwegianNynorsk, QLocale::Norway);
    }
    if (code == QLatin1String("en")) {
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
}

QString Language::current()
{
    return currentCode().isEmpty() ? QStringLiteral("nb") : currentCode();
}

QString Language::displayName(const QString& code)
{
    if (code == QLatin1String("nn")) {
        return QStringLiteral("Norsk (nynorsk)");
    }
    if (code == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    return QStringLiteral("Norsk (bokmål)");
}

} // namespace forlop
