#include "clinician/SpellChecker.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <hunspell.h>

namespace forlop {

std::shared_ptr<const SpellChecker> SpellChecker::forLanguage(const QString& code)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const SpellChecker>> loaded;
    const QString dictionary = code == QLatin1String("nn") ? QStringLiteral("nn_NO") : QStringLiteral("nb_NO");
    QMutexLocker lock(&mutex);
    if (auto found = loaded.find(dictionary); found != loaded.end()) {
        return *found;
    }
    const QDir folder(QString::fromLatin1(DictionaryFolder));
    const QString aff = folder.filePath(dictionary + QStringLiteral(".aff"));
    const QString dic = folder.filePath(dictionary + QStringLiteral(".dic"));
    std::shared_ptr<const SpellChecker> checker;
    if (QFile::exists(aff) && QFile::exists(dic)) {
        if (Hunhandle* handle =
                Hunspell_create(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData())) {
            checker.reset(new SpellChecker(handle, dictionary));
        }
    }
    loaded.insert(dictionary, checker);
    return checker;
}

SpellChecker::SpellChecker(Hunhandle* handle, QString dictionary)
    : m_handle(handle), m_dictionary(std::move(dictionary)),
      m_utf8(QByteArray(Hunspell_get_dic_encoding(handle)).toUpper().replace('-', "") == "UTF8")
{
}

SpellChecker::~SpellChecker()
{
    Hunspell_destroy(m_handle);
}

QByteArray SpellChecker::encode(const QString& word) const
{
    if (m_utf8) {
        return word.toUtf8();
    }
    for (const QChar c : word) {
        if (c.unicode() > 0xff) {
            return {};
        }
    }
    return word.toLatin1();
}

QString SpellChecker::decode(const char* word) const
{
    return m_utf8 ? QString::fromUtf8(word) : QString::fromLatin1(word);
}

bool SpellChecker::isCorrect(const QString& word) const
{
    const QByteArray encoded = encode(word);
    return encoded.isEmpty() || Hunspell_spell(m_handle, encoded.constData()) != 0;
}

QStringList SpellChecker::suggestions(const QString& word, int max) const
{
    const QByteArray encoded = encode(word);
    QStringList result;
    if (encoded.isEmpty()) {
        return result;
    }
    char** list = nullptr;
    const int count = Hunspell_suggest(m_handle, &list, encoded.constData());
    for (int i = 0; i < count && result.size() < max; ++i) {
        result << decode(list[i]);
    }
    Hunspell_free_list(m_handle, &list, count);
    return result;
}

bool SpellChecker::isCheckable(const QString& word)
{
    if (word.size() < 2) {
        return false;
    }
    bool allUpper = true;
    for (const QChar c : word) {
        if (c.isDigit()) {
            return false;
        }
        allUpper = allUpper && !c.isLower();
    }
    return !allUpper; // PHQ, GAD, KvaSO-like codes in capitals are not words
}

} // namespace forlop
