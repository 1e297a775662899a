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

    // Argon2id with 128 MiB and 8 passes: about 0.4 s on two cores, a larger memory × time product than libsodium's
    // MODERATE (256 MiB × 3) at half its memory, so the app's peak stays under 200 MB with a large clinic open.
    // Every real clinic uses these; each key slot keeps its own limits, so slots made with MODERATE still open.
    [[nodiscard]] static KdfParams forClinics();
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
