#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace forlop {

// A folder of export files that appears whole or not at all: files are written into a hidden temporary folder
// beside the destination, synced, and the folder is renamed to the destination at commit(). Until then (or if
// anything fails) the destination does not exist; the temporary folder is removed on destruction.
class ExportFolder
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)

public:
    // The destination must not exist, or be an empty folder; the folder it is in must exist.
    [[nodiscard]] static Result<ExportFolder> create(const QString& destination);
    ~ExportFolder();
    ExportFolder(ExportFolder&&) noexcept;
    ExportFolder& operator=(ExportFolder&&) noexcept;

    [[nodiscard]] Status write(const QString& fileName, const QByteArray& bytes);
    // Where the files are until commit (for checking them before they appear).
    [[nodiscard]] QString stagingPath() const;
    [[nodiscard]] const QString& destination() const { return m_destination; }
    [[nodiscard]] Status commit();

private:
    ExportFolder() = default;
    QString m_destination;
    std::unique_ptr<QTemporaryDir> m_staging;
};

} // namespace forlop
