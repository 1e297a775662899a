#include "HealthCheck.h"

#include "accounts/UserStore.h"
#include "audit/AuditLog.h"
#include "clinic/Clinic.h"
#include "security/Keyring.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QSet>

#include <functional>

#include <sodium.h>

namespace forlop::admin {

namespace {

// Shown in full up to here; integrity_check can list thousands of lines for a badly damaged file.
constexpr qsizetype MaxProblemsShown = 10;

void capProblems(QStringList& problems)
{
    if (problems.size() > MaxProblemsShown) {
        const auto more = static_cast<int>(problems.size() - MaxProblemsShown);
        problems = problems.mid(0, MaxProblemsShown);
        problems << HealthCheck::tr("… and %n more problem(s).", nullptr, more);
    }
}

Status checkDatabase(HealthCheck::Part& part, Clinic& clinic)
{
    auto problems = clinic.db().fullCheck();
    if (!problems) {
        return std::unexpected(problems.error());
    }
    part.problems = *problems;
    capProblems(part.problems);
    part.summary = HealthCheck::tr("ok (integrity check and encryption check passed)");
    return {};
}

Status checkSchema(HealthCheck::Part& part, Clinic& clinic)
{
    auto version = clinic.db().queryInt("PRAGMA user_version");
    if (!version) {
        return std::unexpected(version.error());
    }
    const int latest = Schema::latestVersion();
    if (*version != latest) {
        part.problems << HealthCheck::tr("The database is at schema version %1, but this program expects %2.")
                             .arg(*version)
                             .arg(latest);
    }
    part.summary = HealthCheck::tr("version %1 (current)").arg(*version);
    return {};
}

// Keyring::load already refuses entries like these; checked again so this check stands on its own.
QStringList entryProblems(const KeyringEntry& entry)
{
    constexpr auto sealedKeySize = static_cast<qsizetype>(crypto_box_SEALBYTES + Database::KeySize);
    constexpr auto sealedClinicalSize = static_cast<qsizetype>(crypto_box_SEALBYTES + crypto_box_SECRETKEYBYTES);
    const bool sizesValid =
        entry.publicKey.size() == crypto_box_PUBLICKEYBYTES &&
        entry.secretKeyNonce.size() == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES &&
        entry.wrappedSecretKey.size() ==
            static_cast<qsizetype>(crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES) &&
        entry.sealedDatabaseKey.size() == sealedKeySize &&
        (entry.sealedClinicalKey.isEmpty() || entry.sealedClinicalKey.size() == sealedClinicalSize);
    const bool kdfValid = entry.kdf.salt.size() == crypto_pwhash_SALTBYTES &&
                          entry.kdf.opsLimit >= crypto_pwhash_OPSLIMIT_MIN &&
                          entry.kdf.memLimit >= crypto_pwhash_MEMLIMIT_MIN;
    const bool recovery = entry.name == QLatin1String(Keyring::RecoveryName);
    QStringList problems;
    if (!sizesValid) {
        problems << (recovery ? HealthCheck::tr("The recovery key's entry in the key file has keys of the wrong size.")
                              : HealthCheck::tr("The key file entry for user %1 has keys of the wrong size.")
                                    .arg(entry.name));
    }
    if (!kdfValid) {
        problems << (recovery ? HealthCheck::tr("The recovery key's entry in the key file has invalid "
                                                "key-derivation settings.")
                              : HealthCheck::tr("The key file entry for user %1 has invalid key-derivation "
                                                "settings.")
                                    .arg(entry.name));
    }
    return problems;
}

Status checkKeyring(HealthCheck::Part& part, Clinic& clinic)
{
    const Keyring& keyring = clinic.keyring();
    if (keyring.clinicId != clinic.info().uuid) {
        part.problems << HealthCheck::tr("The key file belongs to another clinic.");
    }
    if (keyring.clinicalPublicKey.size() != crypto_box_PUBLICKEYBYTES) {
        part.problems << HealthCheck::tr("The key file's public key for clinical records has the wrong size.");
    } else if (const SecretBytes* clinical = clinic.clinicalSecretKey()) {
        // Text written for clinicians (a secretary's intake reason) is sealed to this public key; if it is not
        // the clinical key's own, nobody could read that text back.
        QByteArray derived(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
        if (clinical->size() != crypto_box_SECRETKEYBYTES ||
            crypto_scalarmult_base(reinterpret_cast<unsigned char*>(derived.data()), clinical->data()) != 0 ||
            derived != keyring.clinicalPublicKey) {
            part.problems << HealthCheck::tr("The key file's public key for clinical records does not belong to "
                                             "the clinical key.");
        }
    }
    const KeyringEntry* recovery = keyring.find(QLatin1String(Keyring::RecoveryName));
    if (!recovery || !recovery->holdsClinicalKey()) {
        part.problems << HealthCheck::tr("The key file has no complete entry for the recovery key.");
    }

    auto users = UserStore::all(clinic.db());
    if (!users) {
        return std::unexpected(users.error());
    }
    QSet<QString> activeUsers;
    for (const User& user : *users) {
        if (user.active) {
            activeUsers.insert(user.name.toLower());
            if (!keyring.find(user.name)) {
                part.problems << HealthCheck::tr("Active user %1 has no entry in the key file and cannot sign in.")
                                     .arg(user.name);
            }
        }
    }
    QSet<QString> seen;
    for (const KeyringEntry& entry : keyring.entries) {
        const QString lowered = entry.name.toLower();
        if (seen.contains(lowered)) {
            part.problems << HealthCheck::tr("The key file has two entries for %1.").arg(entry.name);
        }
        seen.insert(lowered);
        part.problems << entryProblems(entry);
        if (entry.name != QLatin1String(Keyring::RecoveryName) && !activeUsers.contains(lowered)) {
            part.problems << HealthCheck::tr("The key file has an entry for %1, who is not an active user.")
                                 .arg(entry.name);
        }
    }
    capProblems(part.problems);
    part.summary = HealthCheck::tr("ok (%n entries)", nullptr, static_cast<int>(keyring.entries.size()));
    return {};
}

Status checkAuditAnchor(HealthCheck::Part& part, Clinic& clinic, const Keyring& keyring)
{
    auto head = AuditLog::head(clinic.db());
    if (!head) {
        return std::unexpected(head.error());
    }
    const std::int64_t anchor = keyring.auditAnchorSeq;
    if (anchor > head->seq) {
        part.problems << HealthCheck::tr("The key file records audit row %1, but the audit log ends at row %2: "
                                         "rows have been removed.")
                             .arg(anchor)
                             .arg(head->seq);
    } else if (anchor > 0) {
        auto stmt = clinic.db().prepare("SELECT hash FROM audit_log WHERE seq = ?1");
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, anchor);
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row || stmt->blob(0) != keyring.auditAnchorHash) {
            part.problems << HealthCheck::tr("Audit row %1 does not match the anchor kept in the key file.")
                                 .arg(anchor);
        }
    }
    part.summary = HealthCheck::tr("ok (row %1; the log has %2 rows)").arg(anchor).arg(head->seq);
    return {};
}

} // namespace

bool HealthCheck::Report::healthy() const
{
    for (const Part& part : parts) {
        if (!part.problems.isEmpty()) {
            return false;
        }
    }
    return true;
}

Result<HealthCheck::Report> HealthCheck::run(Clinic& clinic, const std::optional<Keyring>& keyringBeforeSignIn)
{
    Report report;
    // A read that hits damage is a finding of this part, not a reason to stop: the report names every part.
    auto add = [&](const QString& title, const std::function<Status(Part&)>& check) -> Status {
        Part part{title, {}, {}};
        if (auto status = check(part); !status) {
            if (status.error().code != ErrorCode::Damaged) {
                return status;
            }
            part.problems << status.error().message;
        }
        report.parts.append(std::move(part));
        return {};
    };
    // The file first: the other parts read it.
    if (auto status = add(tr("Database file"), [&](Part& part) { return checkDatabase(part, clinic); }); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = add(tr("Schema"), [&](Part& part) { return checkSchema(part, clinic); }); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = add(tr("Key file"), [&](Part& part) { return checkKeyring(part, clinic); }); !status) {
        return std::unexpected(status.error());
    }
    const Keyring& anchorSource = keyringBeforeSignIn ? *keyringBeforeSignIn : clinic.keyring();
    if (auto status = add(tr("Audit anchor"), [&](Part& part) { return checkAuditAnchor(part, clinic, anchorSource); });
        !status) {
        return std::unexpected(status.error());
    }
    return report;
}

} // namespace forlop::admin
