#include "reports/ExportFolder.h"

#include "backup/DurableFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace forlop {

ExportFolder::~ExportFolder() = default;
ExportFolder::ExportFolder(ExportFolder&&) noexcept = default;
ExportFolder& ExportFolder::operator=(ExportFolder&&) noexcept = default;

Result<ExportFolder> ExportFolder::create(const QString& destination)
{
    const QFileInfo target(destination);
    const QString path = target.absoluteFilePath();
    if (destination.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Choose a folder to export to."));
    }
    if (target.exists()) {
        if (!target.isDir()) {
            return fail(ErrorCode::Conflict, tr("%1 is a file. Choose a new folder to export to.").arg(path));
        }
        if (!QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            return fail(ErrorCode::Conflict,
                        tr("The folder %1 is not empty. Choose a new or empty folder, so no earlier export is "
                           "mixed with this one.")
                            .arg(path));
        }
    }
    const QDir parent = target.absoluteDir();
    if (!parent.exists()) {
        return fail(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(parent.absolutePath()));
    }
    ExportFolder folder;
    folder.m_destination = path;
    folder.m_staging =
        std::make_unique<QTemporaryDir>(parent.filePath(QLatin1Char('.') + target.fileName() + QStringLiteral("-XXXXXX")));
    if (!folder.m_staging->isValid()) {
        return fail(ErrorCode::Failed, tr("Cannot write in %1: %2").arg(parent.absolutePath(),
                                                                        folder.m_staging->errorString()));
    }
    return folder;
}

QString ExportFolder::stagingPath() const
{
    return m_staging ? m_staging->path() : QString();
}

Status ExportFolder::write(const QString& fileName, const QByteArray& bytes)
{
    if (!m_staging) {
        return fail(ErrorCode::Failed, tr("The export was already finished."));
    }
    QFile file(m_staging->filePath(fileName));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        const ErrorCode code = file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Failed;
        return fail(code, tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    }
    file.close();
    if (!DurableFile::syncFile(file.fileName())) {
        return fail(ErrorCode::Failed, tr("Cannot write %1 to disk.").arg(fileName));
    }
    return {};
}

Status ExportFolder::commit()
{
    if (!m_staging) {
        return fail(ErrorCode::Failed, tr("The export was already finished."));
    }
    const QString staging = m_staging->path();
    if (!DurableFile::syncFolder(staging)) {
        return fail(ErrorCode::Failed, tr("Cannot write the export to disk."));
    }
    // An empty destination folder was checked at create(); it goes now, so the rename never replaces anything.
    if (QFileInfo(m_destination).isDir() && !QDir().rmdir(m_destination)) {
        return fail(ErrorCode::Conflict, tr("The folder %1 is no longer empty.").arg(m_destination));
    }
    if (!DurableFile::renameNoReplace(staging, m_destination)) {
        return fail(ErrorCode::Conflict, tr("Cannot create %1: something appeared there during the export.")
                                             .arg(m_destination));
    }
    m_staging->setAutoRemove(false);
    m_staging.reset();
    if (!DurableFile::syncFolder(QFileInfo(m_destination).absolutePath())) {
        return fail(ErrorCode::Failed, tr("Cannot write the export to disk."));
    }
    return {};
}

} // namespace forlop
