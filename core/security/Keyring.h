#pragma once

#include "Error.h"
#include "security/PasswordKdf.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <vector>

namespace forlop {

// One person's (or the recovery key's) way into the clinic. Secrets are only stored wrapped or sealed.
struct KeyringEntry
{
    QString name; // user name; RecoveryName for the recovery key
    KdfParams kdf;
    QByteArray publicKey;         // crypto_box public key
    QByteArray secretKeyNonce;    // XChaCha20-Poly1305 nonce
    QByteArray wrappedSecretKey;  // the private key under Argon2id(password)
    QByteArray sealedDatabaseKey; // crypto_box_seal to publicKey
    QByteArray sealedClinicalKey; // empty unless this person may read clinical content

    [[nodiscard]] bool holdsClinicalKey() const { return !sealedClinicalKey.isEmpty(); }
};

struct FailedLogins
{
    int count = 0;
    QDateTime last;
};

// The file beside the database that lets each user unlock it. It holds no patient data; it is written
// atomically and carries a checksum so damage is told apart from a wrong password.
class Keyring
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)

public:
    static constexpr auto RecoveryName = "*recovery*";
    static constexpr int FormatVersion = 1;

    [[nodiscard]] static QString pathFor(const QString& databasePath);
    [[nodiscard]] static Result<Keyring> load(const QString& path);
    [[nodiscard]] Status save(const QString& path) const;

    [[nodiscard]] const KeyringEntry* find(const QString& name) const;
    [[nodiscard]] KeyringEntry* find(const QString& name);
    void put(KeyringEntry entry); // replaces an entry of the same name
    void remove(const QString& name);

    // Failed sign-ins are tracked by a hash of the lowercased name, for names that exist and names that do
    // not, so the delay itself never tells whether a user name exists.
    [[nodiscard]] QString lookupKey(const QString& name) const;

    QString clinicId;
    QByteArray clinicalPublicKey;
    std::vector<KeyringEntry> entries;
    qint64 auditAnchorSeq = 0;
    QByteArray auditAnchorHash;
    QMap<QString, FailedLogins> failedLogins;
    // Failures waiting to be written into the audit trail at the next successful sign-in: lookup key, time.
    QList<QPair<QString, QDateTime>> pendingFailures;
};

} // namespace forlop
