#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace forlop {

class Clinic;

// Replaces the database key: copies the live database into a new file under a fresh key (SQLite's backup
// API — sqlite3_rekey's return code cannot be trusted in 4.6.1), verifies the copy, seals the new key to
// every remaining keyring entry, then renames the new database and then the new key file into place.
// A crash between the two renames is finished at the next sign-in (Clinic looks for "<keyring>.next").
class DatabaseKeyRotation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseKeyRotation)

public:
    [[nodiscard]] static Status rotate(Clinic& clinic);
    [[nodiscard]] static QString pendingKeyringPath(const QString& databasePath);
    [[nodiscard]] static QString copyPath(const QString& databasePath);
};

} // namespace forlop
