#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace forlop {

class Clock;
class Database;
struct Session;

// How old the clinic's last verified backup is, for the warning shown at sign-in to the people who can
// take one (administrators and unit leaders). The time is kept in the clinic's own database, so every
// computer sees the same answer, and a backup made by forlop-admin counts as much as one made by the app.
class BackupStatus
{
    Q_DECLARE_TR_FUNCTIONS(BackupStatus)

public:
    std::optional<QDateTime> lastVerified; // UTC; nullopt when the clinic was never backed up
    int warnAfterDays = 2;                 // Setting::BackupWarnAfterDays
    QDateTime now;

    [[nodiscard]] static Result<BackupStatus> read(Database& db, const Clock& clock);
    // Whether this session should be shown the warning at all (it may take backups).
    [[nodiscard]] static bool concerns(const Session& session);
    // Stores the time of a backup that passed its verification (the caller holds the transaction).
    [[nodiscard]] static Status recordVerified(Database& db, const QDateTime& at);

    [[nodiscard]] bool overdue() const;
    // Whole days since the last verified backup; nullopt when there is none.
    [[nodiscard]] std::optional<qint64> ageDays() const;
    // The translated warning for the sign-in; empty when the backup is recent enough.
    [[nodiscard]] QString warning() const;
};

} // namespace forlop
