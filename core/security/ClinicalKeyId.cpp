#include "security/ClinicalKeyId.h"

#include <sodium.h>

namespace forlop {

QString clinicalKeyId(const QByteArray& publicKey)
{
    QByteArray hash(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), hash.size(),
                       reinterpret_cast<const unsigned char*>(publicKey.constData()), publicKey.size(), nullptr, 0);
    return QString::fromLatin1(hash.toHex());
}

} // namespace forlop
