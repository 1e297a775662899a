#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace forlop {

class Database;
class SecretBytes;

// Copies a live database page by page into a new file keyed with its own key (SQLite's online backup API),
// while other connections keep working. The copy is synced and closed; the caller verifies and publishes it.
class OnlineBackup
{
    Q_DECLARE_TR_FUNCTIONS(OnlineBackup)

public:
    [[nodiscard]] static Status copy(Database& source, const QString& destinationPath, const SecretBytes& key);
};

} // namespace forlop
