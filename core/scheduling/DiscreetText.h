#pragma once

#include <QString>
#include <QStringList>

namespace forlop {

// Whatever leaves the clinic on paper (appointment letters, envelopes) is read by whoever opens the post. It must
// not say what kind of service this is: no name of the service, nothing about sexuality, abuse or children, and no
// clinical words. This is the one list of such words, in the three languages, checked when the letter template is
// saved and again before every letter is printed.
class DiscreetText
{
public:
    // The revealing words and phrases found in text (case folded, whole words or word beginnings), in list order;
    // empty when the text is discreet.
    [[nodiscard]] static QStringList revealingWords(const QString& text);
    [[nodiscard]] static bool isDiscreet(const QString& text) { return revealingWords(text).isEmpty(); }

    // Word beginnings that reveal ("seksu" catches seksuell, seksualitet …).
    [[nodiscard]] static const QStringList& stems();
    // Whole words only, where a beginning would catch ordinary words ("barn" but not "Barnes").
    [[nodiscard]] static const QStringList& words();
    // Phrases, matched anywhere with any spacing.
    [[nodiscard]] static const QStringList& phrases();
};

} // namespace forlop
