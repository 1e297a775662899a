#pragma once

#include "Error.h"
#include "access/Session.h"
#include "audit/AuditEvent.h"
#include "clinic/ClinicInfo.h"
#include "security/Keyring.h"
#include "security/SecretBytes.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace forlop {

class Clock;

// An unlocked clinic: the open database, the key file, the signed-in session and the keys it holds.
// Destroying or locking it closes the database and wipes every key.
class Clinic
{
    Q_DECLARE_TR_FUNCTIONS(Clinic)

public:
    [[nodiscard]] static Result<std::unique_ptr<Clinic>> open(const QString& databasePath, const QString& userName,
                                                              const QByteArray& password, const Clock& clock);
    // Opens with the printed recovery key: a session that may manage accounts and grant the clinical key.
    [[nodiscard]] static Result<std::unique_ptr<Clinic>> openWithRecoveryKey(const QString& databasePath,
                                                                             const QString& recoveryKey,
                                                                             const Clock& clock);
    ~Clinic();
    Clinic(const Clinic&) = delete;
    Clinic& operator=(const Clinic&) = delete;

    [[nodiscard]] Database& db() { return m_db; }
    [[nodiscard]] const Session& session() const { return m_session; }
    [[nodiscard]] const ClinicInfo& info() const { return m_info; }
    [[nodiscard]] const Clock& clock() const { return *m_clock; }
    [[nodiscard]] const QString& databasePath() const { return m_databasePath; }
    [[nodiscard]] QString keyringPath() const { return Keyring::pathFor(m_databasePath); }
    [[nodiscard]] Keyring& keyring() { return m_keyring; }
    [[nodiscard]] const SecretBytes& databaseKey() const { return m_databaseKey; }
    // Null unless this session may read clinical content.
    [[nodiscard]] const SecretBytes* clinicalSecretKey() const
    {
        return m_clinicalSecretKey ? &*m_clinicalSecretKey : nullptr;
    }
    [[nodiscard]] const QByteArray& clinicalPublicKey() const { return m_keyring.clinicalPublicKey; }
    // The signed-in user's private key (for re-wrapping at a password change).
    [[nodiscard]] const SecretBytes& secretKey() const { return m_secretKey; }

    // Not empty when the database lost saved changes since the key file last recorded its audit head (a damaged
    // database or write-ahead log, or an older copy put in place): translated, naming the files and telling the
    // person to restore from backup. Front ends must show it; the key file's anchor is then left where it was.
    [[nodiscard]] const QString& damageWarning() const { return m_damageWarning; }

    // Appends an audit row for this session (inside the caller's transaction, if one is open).
    [[nodiscard]] Status audit(const AuditEvent& event);
    // Writes the key file, with the audit head as its anchor.
    [[nodiscard]] Status saveKeyring();
    // Records the lock, anchors the audit head, closes the database and wipes the keys.
    void lock();
    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }

    // Takes over a database reopened under a (possibly new) key after a key rotation.
    void adoptDatabase(Database db, SecretBytes databaseKey);
    // Takes over a new clinical secret key after a clinical-key rotation.
    void adoptClinicalKey(SecretBytes clinicalSecretKey) { m_clinicalSecretKey = std::move(clinicalSecretKey); }

private:
    Clinic() = default;
    [[nodiscard]] static Result<std::unique_ptr<Clinic>> unlock(const QString& databasePath, const QString& name,
                                                                const QByteArray& secret, bool recovery,
                                                                const Clock& clock);
    [[nodiscard]] Status finishSignIn(const QString& lookup);
    void installAccessRules();

    QString m_databasePath;
    Database m_db;
    Keyring m_keyring;
    Session m_session;
    ClinicInfo m_info;
    const Clock* m_clock = nullptr;
    SecretBytes m_databaseKey;
    SecretBytes m_secretKey;
    std::optional<SecretBytes> m_clinicalSecretKey;
    QString m_damageWarning;
    bool m_signedIn = false; // only a finished sign-in is recorded as locked on the way out
};

} // namespace forlop
