#pragma once

#include "Error.h"
#include "security/Keyring.h"
#include "security/SecretBytes.h"

#include <QCoreApplication>

#include <optional>

namespace forlop {

// What a correct password opens: the person's private key and the keys sealed to it.
struct UnlockedSlot
{
    SecretBytes secretKey;
    SecretBytes databaseKey;
    std::optional<SecretBytes> clinicalSecretKey;
};

// The cryptography of one keyring entry. The person's private key is wrapped under Argon2id(password) with
// the clinic, name and KDF limits as associated data, so a relabelled or downgraded entry fails to open.
class KeySlot
{
    Q_DECLARE_TR_FUNCTIONS(KeySlot)

public:
    struct KeyPair
    {
        QByteArray publicKey;
        SecretBytes secretKey;
    };
    [[nodiscard]] static KeyPair generateKeyPair();

    [[nodiscard]] static Result<KeyringEntry> create(const QString& clinicId, const QString& name,
                                                     const QByteArray& password, const KdfParams& kdf,
                                                     const SecretBytes& databaseKey,
                                                     const SecretBytes* clinicalSecretKey);
    // AuthenticationFailed for a wrong password; Damaged when the entry's sealed keys do not open.
    [[nodiscard]] static Result<UnlockedSlot> unlock(const QString& clinicId, const KeyringEntry& entry,
                                                     const QByteArray& password);
    // Re-wraps the private key under a new password; the sealed keys stay as they are.
    [[nodiscard]] static Status rewrap(const QString& clinicId, KeyringEntry& entry, const SecretBytes& secretKey,
                                       const QByteArray& newPassword, const KdfParams& kdf);

    [[nodiscard]] static QByteArray seal(const unsigned char* data, std::size_t size, const QByteArray& publicKey);
    [[nodiscard]] static std::optional<SecretBytes> open(const QByteArray& sealed, const QByteArray& publicKey,
                                                         const SecretBytes& secretKey);
};

} // namespace forlop
