#include "security/KeySlot.h"

#include <sodium.h>

namespace forlop {

namespace {

QByteArray associatedData(const QString& clinicId, const QString& name, const KdfParams& kdf)
{
    return QStringLiteral("forlop-keyslot-v1|%1|%2|%3|%4")
        .arg(clinicId, name.toLower(), QString::number(kdf.opsLimit), QString::number(kdf.memLimit))
        .toUtf8();
}

Status wrapInto(const QString& clinicId, KeyringEntry& entry, const SecretBytes& secretKey,
                const QByteArray& password, const KdfParams& kdf)
{
    auto kek = PasswordKdf::derive(password, kdf);
    if (!kek) {
        return std::unexpected(kek.error());
    }
    entry.kdf = kdf;
    entry.secretKeyNonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(entry.secretKeyNonce.data(), entry.secretKeyNonce.size());
    const QByteArray ad = associatedData(clinicId, entry.name, kdf);
    entry.wrappedSecretKey.resize(crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(entry.wrappedSecretKey.data()), &length, secretKey.data(), secretKey.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()), ad.size(), nullptr,
        reinterpret_cast<const unsigned char*>(entry.secretKeyNonce.constData()), kek->data());
    return {};
}

} // namespace

KeySlot::KeyPair KeySlot::generateKeyPair()
{
    KeyPair pair{QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized), SecretBytes(crypto_box_SECRETKEYBYTES)};
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

QByteArray KeySlot::seal(const unsigned char* data, std::size_t size, const QByteArray& publicKey)
{
    QByteArray sealed(static_cast<qsizetype>(size + crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), data, size,
                    reinterpret_cast<const unsigned char*>(publicKey.constData()));
    return sealed;
}

std::optional<SecretBytes> KeySlot::open(const QByteArray& sealed, const QByteArray& publicKey,
                                         const SecretBytes& secretKey)
{
    if (sealed.size() < static_cast<qsizetype>(crypto_box_SEALBYTES) || publicKey.size() != crypto_box_PUBLICKEYBYTES) {
        return std::nullopt;
    }
    SecretBytes plain(static_cast<std::size_t>(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(plain.data(), reinterpret_cast<const unsigned char*>(sealed.constData()), sealed.size(),
                             reinterpret_cast<const unsigned char*>(publicKey.constData()), secretKey.data()) != 0) {
        return std::nullopt;
    }
    return plain;
}

Result<KeyringEntry> KeySlot::create(const QString& clinicId, const QString& name, const QByteArray& password,
                                     const KdfParams& kdf, const SecretBytes& databaseKey,
                                     const SecretBytes* clinicalSecretKey)
{
    KeyPair pair = generateKeyPair();
    KeyringEntry entry;
    entry.name = name;
    entry.publicKey = pair.publicKey;
    if (auto status = wrapInto(clinicId, entry, pair.secretKey, password, kdf); !status) {
        return std::unexpected(status.error());
    }
    entry.sealedDatabaseKey = seal(databaseKey.data(), databaseKey.size(), entry.publicKey);
    if (clinicalSecretKey) {
        entry.sealedClinicalKey = seal(clinicalSecretKey->data(), clinicalSecretKey->size(), entry.publicKey);
    }
    return entry;
}

Result<UnlockedSlot> KeySlot::unlock(const QString& clinicId, const KeyringEntry& entry, const QByteArray& password)
{
    auto kek = PasswordKdf::derive(password, entry.kdf);
    if (!kek) {
        return std::unexpected(kek.error());
    }
    SecretBytes secretKey(crypto_box_SECRETKEYBYTES);
    const QByteArray ad = associatedData(clinicId, entry.name, entry.kdf);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secretKey.data(), &length, nullptr, reinterpret_cast<const unsigned char*>(entry.wrappedSecretKey.constData()),
            entry.wrappedSecretKey.size(), reinterpret_cast<const unsigned char*>(ad.constData()), ad.size(),
            reinterpret_cast<const unsigned char*>(entry.secretKeyNonce.constData()), kek->data()) != 0 ||
        length != crypto_box_SECRETKEYBYTES) {
        // Clinic's context, so this reads exactly like its unknown-user message in every language; two
        // translations of one sentence could drift apart and tell which user names exist.
        return fail(ErrorCode::AuthenticationFailed,
                    QCoreApplication::translate("Clinic", "Wrong user name or password."));
    }
    auto databaseKey = open(entry.sealedDatabaseKey, entry.publicKey, secretKey);
    if (!databaseKey) {
        return fail(ErrorCode::Damaged, tr("Your entry in the key file is damaged. Ask an administrator to reset "
                                           "your password."));
    }
    UnlockedSlot unlocked{std::move(secretKey), std::move(*databaseKey), std::nullopt};
    if (entry.holdsClinicalKey()) {
        auto clinical = open(entry.sealedClinicalKey, entry.publicKey, unlocked.secretKey);
        if (!clinical) {
            return fail(ErrorCode::Damaged, tr("Your entry in the key file is damaged. Ask an administrator to reset "
                                               "your password."));
        }
        unlocked.clinicalSecretKey = std::move(*clinical);
    }
    return unlocked;
}

Status KeySlot::rewrap(const QString& clinicId, KeyringEntry& entry, const SecretBytes& secretKey,
                       const QByteArray& newPassword, const KdfParams& kdf)
{
    return wrapInto(clinicId, entry, secretKey, newPassword, kdf);
}

} // namespace forlop
