#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace forlop {

// Which backups to keep: the newest backup of each of the last `daily` days that have one, of the last
// `weekly` ISO weeks and of the last `monthly` months (days and weeks in local time). Whatever the numbers,
// the newest verified backup is always kept, so the only verified backup is never deleted; folders whose
// manifest cannot be read are never deleted either (a person should look at them).
class BackupRetention
{
    Q_DECLARE_TR_FUNCTIONS(BackupRetention)

public:
    struct Policy
    {
        int daily = 7;
        int weekly = 4;
        int monthly = 12;
    };
    struct Candidate
    {
        QString id;          // the folder, for apply(); anything unique for decide()
        QDateTime createdAt; // UTC
    };

    // The ids of the verified backups to delete; the rest are kept. Pure, for tests and previews.
    [[nodiscard]] static QStringList decide(const QList<Candidate>& verified, const Policy& policy);

    struct Outcome
    {
        QStringList removed;  // folder names deleted
        QStringList problems; // translated: folders that could not be deleted or read
    };
    // Prunes the clinic's backups in destination. Backups of other clinics in the same folder are left alone.
    [[nodiscard]] static Result<Outcome> apply(const QString& destination, const QString& clinicId,
                                               const Policy& policy);
};

} // namespace forlop
