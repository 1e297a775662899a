#include "backup/BackupCatalog.h"

#include <QDir>
#include <QFileInfo>

namespace forlop {

QString BackupLocation::databasePath() const
{
    return QDir(folder).filePath(manifest.databaseFile);
}

QString BackupLocation::keyringPath() const
{
    return QDir(folder).filePath(manifest.keyringFile);
}

QString BackupLocation::manifestPath() const
{
    return QDir(folder).filePath(QLatin1String(BackupManifest::FileName));
}

QString BackupCatalog::folderNameFor(const QDateTime& at)
{
    // No colons: backups go to FAT-formatted USB disks and SMB shares.
    return QLatin1String(FolderPrefix) + at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QList<BackupCatalog::Entry> BackupCatalog::list(const QString& destination)
{
    QList<Entry> entries;
    const QDir dir(destination);
    const QStringList names = dir.entryList({QLatin1String(FolderPrefix) + QLatin1Char('*')},
                                            QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString& name : names) {
        Entry entry;
        entry.folder = dir.absoluteFilePath(name);
        auto manifest = BackupManifest::load(QDir(entry.folder).filePath(QLatin1String(BackupManifest::FileName)));
        if (manifest) {
            entry.backup = BackupLocation{entry.folder, std::move(*manifest)};
        } else {
            entry.problem = manifest.error().message;
        }
        entries.append(std::move(entry));
    }
    return entries;
}

std::optional<BackupLocation> BackupCatalog::latest(const QString& destination, const QString& clinicId)
{
    std::optional<BackupLocation> newest;
    for (Entry& entry : list(destination)) {
        if (entry.backup && entry.backup->manifest.clinicId == clinicId &&
            (!newest || entry.backup->manifest.createdAt >= newest->manifest.createdAt)) {
            newest = std::move(entry.backup);
        }
    }
    return newest;
}

Result<BackupLocation> BackupCatalog::locate(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(ErrorCode::NotFound, tr("There is no backup at %1.").arg(info.absoluteFilePath()));
    }
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    auto manifest = BackupManifest::load(QDir(folder).filePath(QLatin1String(BackupManifest::FileName)));
    if (!manifest) {
        return std::unexpected(manifest.error());
    }
    BackupLocation location{folder, std::move(*manifest)};
    if (!info.isDir() && info.fileName() != location.manifest.databaseFile &&
        info.fileName() != QLatin1String(BackupManifest::FileName)) {
        return fail(ErrorCode::InvalidInput, tr("%1 is not the database of the backup in %2; give the backup's "
                                                "folder instead.")
                                                 .arg(info.fileName(), folder));
    }
    return location;
}

} // namespace forlop
