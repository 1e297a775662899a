#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace forlop {

struct BackupContent;
struct BackupLocation;
class Database;
class Keyring;

// The checks a backup must pass: right after it is written, and again before it is restored. A failure is
// Damaged and names the file at fault, so the person can pick another backup.
class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)

public:
    // Both files exist and match the manifest's sizes and checksums (no key needed).
    [[nodiscard]] static Status checkFiles(const BackupLocation& backup);

    enum class AuditRows {
        Equal,     // a copy just written: exactly the rows of the snapshot
        MayGrowBy, // a copy someone has signed in to since (sign-in adds audit rows, nothing else)
    };
    // An open copy: integrity and encryption checks, the same content as the snapshot, an intact audit chain up
    // to the snapshot's head, and a key file that belongs to it (one entry per active user, no strangers).
    // fileName names the copy in messages.
    [[nodiscard]] static Status checkDatabase(Database& copy, const BackupContent& expected, const Keyring& keyring,
                                              AuditRows auditRows, const QString& fileName);
};

} // namespace forlop
