#include "security/PasswordKdf.h"

#include <sodium.h>

namespace forlop {

KdfParams KdfParams::forClinics()
{
    return KdfParams{8, 128ull * 1024 * 1024, {}}.withNewSalt();
}

KdfParams KdfParams::fastForTests()
{
    return KdfParams{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN, {}}.withNewSalt();
}

KdfParams KdfParams::withNewSalt() const
{
    KdfParams copy = *this;
    copy.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(copy.salt.data(), crypto_pwhash_SALTBYTES);
    return copy;
}

QByteArray PasswordKdf::normalise(const QString& password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

Result<SecretBytes> PasswordKdf::derive(const QByteArray& password, const KdfParams& params)
{
    if (params.salt.size() != crypto_pwhash_SALTBYTES || params.opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        params.memLimit < crypto_pwhash_MEMLIMIT_MIN) {
        return fail(ErrorCode::Damaged, tr("The key file holds invalid key-derivation settings."));
    }
    SecretBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), password.constData(), static_cast<unsigned long long>(password.size()),
                      reinterpret_cast<const unsigned char*>(params.salt.constData()), params.opsLimit,
                      static_cast<std::size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return fail(ErrorCode::Failed, tr("Not enough memory to check the password. Close other programs and try "
                                          "again."));
    }
    return key;
}

} // namespace forlop
