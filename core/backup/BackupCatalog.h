#pragma once

#include "Error.h"
#include "backup/BackupManifest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace forlop {

// One backup on disk: a folder "forlop-backup-<UTC time>" holding the database copy, its key file and
// manifest.json. A folder appears under that name only after its copy was verified (it is written under a
// hidden temporary name and renamed), so a readable manifest in a published folder means a verified backup.
struct BackupLocation
{
    QString folder; // absolute path of the backup folder
    BackupManifest manifest;

    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString keyringPath() const;
    [[nodiscard]] QString manifestPath() const;
};

class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(BackupCatalog)

public:
    static constexpr auto FolderPrefix = "forlop-backup-";
    static constexpr auto TemporaryPrefix = ".forlop-backup-";

    struct Entry
    {
        QString folder;
        std::optional<BackupLocation> backup; // nullopt when its manifest is missing or damaged
        QString problem;                      // translated, when backup is nullopt
    };

    // Every published backup folder in destination, oldest first by name (the name sorts by time).
    [[nodiscard]] static QList<Entry> list(const QString& destination);
    // The backup a user pointed at: its folder, or any file inside it (the database copy, the manifest).
    [[nodiscard]] static Result<BackupLocation> locate(const QString& path);
    // "forlop-backup-20260302T090000Z" for a snapshot taken at that time.
    [[nodiscard]] static QString folderNameFor(const QDateTime& at);
    // The newest backup in destination that belongs to the clinic and has a readable manifest.
    [[nodiscard]] static std::optional<BackupLocation> latest(const QString& destination, const QString& clinicId);
};

} // namespace forlop
