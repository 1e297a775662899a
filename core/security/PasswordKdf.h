#pragma once

#include "Error.h"
#include "security/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>

namespace forlop {

// Argon2id parameters, stored per keyring entry so they can be raised later without breaking old entries.
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0;
    QByteArray salt;

    // libsodium's MODERATE limits: about half a second on two cores. Every real clinic uses these.
    [[nodiscard]] static KdfParams moderate();
    // Minimal limits for test clinics only, so a test suite does not spend minutes deriving keys.
    [[nodiscard]] static KdfParams fastForTests();
    [[nodiscard]] KdfParams withNewSalt() const;
};

class PasswordKdf
{
    Q_DECLARE_TR_FUNCTIONS(PasswordKdf)

public:
    // Normalises the password (NFC) so the same password typed on another keyboard derives the same key.
    [[nodiscard]] static QByteArray normalise(const QString& password);
    [[nodiscard]] static Result<SecretBytes> derive(const QByteArray& password, const KdfParams& params);
};

} // namespace forlop
