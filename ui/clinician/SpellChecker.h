#pragma once

#include <QString>
#include <QStringList>
#include <memory>

struct Hunhandle;

namespace forlop {

// Spelling of Norwegian notes through Debian's hunspell dictionaries (hunspell-no: bokmål and nynorsk). Words are
// checked in this process only: nothing of a note is written anywhere for it.
class SpellChecker
{
public:
    static constexpr auto DictionaryFolder = "/usr/share/hunspell";

    // The dictionary for a language code: nynorsk for "nn", bokmål otherwise (notes are written in Norwegian
    // whatever the interface language). Null when the dictionary is not installed. Loaded once per process.
    [[nodiscard]] static std::shared_ptr<const SpellChecker> forLanguage(const QString& code);

    ~SpellChecker();
    SpellChecker(const SpellChecker&) = delete;
    SpellChecker& operator=(const SpellChecker&) = delete;

    [[nodiscard]] QString dictionary() const { return m_dictionary; }
    // Words the dictionary cannot spell (outside its character set) count as correct: no false alarms.
    [[nodiscard]] bool isCorrect(const QString& word) const;
    [[nodiscard]] QStringList suggestions(const QString& word, int max = 6) const;

    // Words a note uses that are not for the dictionary to judge: abbreviations, codes, words with digits.
    [[nodiscard]] static bool isCheckable(const QString& word);

private:
    SpellChecker(Hunhandle* handle, QString dictionary);

    [[nodiscard]] QByteArray encode(const QString& word) const;
    [[nodiscard]] QString decode(const char* word) const;

    Hunhandle* m_handle = nullptr;
    QString m_dictionary;
    bool m_utf8 = false;
};

} // namespace forlop
