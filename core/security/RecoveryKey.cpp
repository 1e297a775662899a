#include "security/RecoveryKey.h"

#include <QStringList>

#include <sodium.h>

namespace forlop {

namespace {
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int Groups = 8;
constexpr int GroupLength = 5;
} // namespace

QString RecoveryKey::generate()
{
    QStringList groups;
    for (int g = 0; g < Groups; ++g) {
        QString group;
        for (int i = 0; i < GroupLength; ++i) {
            group += QLatin1Char(Alphabet[randombytes_uniform(32)]);
        }
        groups << group;
    }
    return groups.join(QLatin1Char('-'));
}

QByteArray RecoveryKey::normalise(const QString& typed)
{
    QByteArray out;
    for (QChar c : typed.toUpper()) {
        if (c.isLetterOrNumber()) {
            out += c.toLatin1();
        }
    }
    return out;
}

} // namespace forlop
