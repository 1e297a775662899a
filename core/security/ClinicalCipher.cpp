#include "security/ClinicalCipher.h"

#include "clinic/Clinic.h"
#include "security/KeySlot.h"

namespace forlop {

QByteArray ClinicalCipher::sealTo(const QByteArray& publicKey, const QByteArray& plaintext)
{
    return KeySlot::seal(reinterpret_cast<const unsigned char*>(plaintext.constData()),
                         static_cast<std::size_t>(plaintext.size()), publicKey);
}

QByteArray ClinicalCipher::seal(const Clinic& clinic, const QString& plaintext)
{
    return sealTo(clinic.clinicalPublicKey(), plaintext.toUtf8());
}

Result<QString> ClinicalCipher::open(const Clinic& clinic, const QByteArray& sealed)
{
    const SecretBytes* key = clinic.clinicalSecretKey();
    if (!key) {
        return fail(ErrorCode::PermissionDenied, tr("Your session holds no key to clinical content."));
    }
    if (sealed.isEmpty()) {
        return QString();
    }
    auto plain = KeySlot::open(sealed, clinic.clinicalPublicKey(), *key);
    if (!plain) {
        return fail(ErrorCode::Damaged, tr("A clinical field could not be decrypted; it may be damaged."));
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(plain->data()), static_cast<qsizetype>(plain->size()));
}

} // namespace forlop
