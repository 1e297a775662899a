#include "scheduling/DiscreetText.h"

#include <QRegularExpression>

namespace forlop {

const QStringList& DiscreetText::stems()
{
    // Norwegian (bokmål and nynorsk) and English. Deliberately broad: a false alarm costs a reworded template, a
    // miss costs a patient their privacy at home.
    static const QStringList list{
        QStringLiteral("overgrep"),   QStringLiteral("overgrip"),      QStringLiteral("seksu"),
        QStringLiteral("sexu"),       QStringLiteral("pedofil"),       QStringLiteral("pedophil"),
        QStringLiteral("paedophil"),  QStringLiteral("abuse"),         QStringLiteral("molest"),
        QStringLiteral("incest"),     QStringLiteral("misbruk"),       QStringLiteral("barnevern"),
        QStringLiteral("psykiat"),    QStringLiteral("psychiat"),      QStringLiteral("psykolog"),
        QStringLiteral("psycholog"),  QStringLiteral("terapi"),        QStringLiteral("terapeut"),
        QStringLiteral("therap"),     QStringLiteral("diagnos"),       QStringLiteral("klinisk"),
        QStringLiteral("clinical"),   QStringLiteral("behandling"),    QStringLiteral("behandlar"),
        QStringLiteral("behandler"),  QStringLiteral("treatment"),     QStringLiteral("utredning"),
        QStringLiteral("assessment"), QStringLiteral("prehabilit"),

        QStringLiteral("journal"),    QStringLiteral("samtaleterapi"),
    };
    return list;
}

const QStringList& DiscreetText::words()
{
    static const QStringList list{
        QStringLiteral("barn"),  QStringLiteral("barna"),    QStringLiteral("born"), QStringLiteral("borna"),
        QStringLiteral("child"), QStringLiteral("children"), QStringLiteral("sex"),  QStringLiteral("kvaso"),
    };
    return list;
}

const QStringList& DiscreetText::phrases()
{
    static const QStringList list{
        QStringLiteral("det finnes hjelp"),
        QStringLiteral("det finst hjelp"),
        QStringLiteral("there is help"),
        QStringLiteral("stand strong"),
    };
    return list;
}

QStringList DiscreetText::revealingWords(const QString& text)
{
    const QString folded = text.toCaseFolded();
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList tokens = folded.split(separators, Qt::SkipEmptyParts);
    const QString joined = tokens.join(QLatin1Char(' '));
    QStringList found;
    for (const QString& phrase : phrases()) {
        if ((QLatin1Char(' ') + joined + QLatin1Char(' ')).contains(QLatin1Char(' ') + phrase + QLatin1Char(' '))) {
            found << phrase;
        }
    }
    for (const QString& stem : stems()) {
        for (const QString& token : tokens) {
            if (token.startsWith(stem)) {
                found << stem;
                break;
            }
        }
    }
    for (const QString& word : words()) {
        if (tokens.contains(word)) {
            found << word;
        }
    }
    return found;
}

} // namespace forlop
