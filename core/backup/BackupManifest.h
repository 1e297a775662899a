#pragma once

#include "Error.h"
#include "backup/BackupContent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace forlop {

// The small description written beside every backup: when and by which program it was made, what it holds
// (row counts, audit head) and checksums of its two files. It is read back from removable media that anyone
// may have edited, so parse() trusts nothing: sizes, types, ranges and file names are all checked, and a
// checksum over the body tells damage apart from a well-formed but different manifest.
struct BackupManifest
{
    Q_DECLARE_TR_FUNCTIONS(BackupManifest)

public:
    static constexpr auto FileName = "manifest.json";
    static constexpr int FormatVersion = 1;
    static constexpr qsizetype MaxBytes = 1024 * 1024;

    QDateTime createdAt;  // UTC, when the snapshot was taken
    QDateTime verifiedAt; // UTC, when the copy passed its checks
    QString appVersion;
    QString clinicId;
    QString createdBy;    // the staff user name (never patient data)
    QString databaseFile; // plain file names inside the backup folder
    qint64 databaseSize = 0;
    QByteArray databaseChecksum; // BLAKE2b-256, lowercase hex
    QString keyringFile;
    QByteArray keyringChecksum;
    BackupContent content;

    [[nodiscard]] QByteArray toJson() const;
    // fileName only names the file in error messages.
    [[nodiscard]] static Result<BackupManifest> parse(const QByteArray& bytes, const QString& fileName);
    [[nodiscard]] static Result<BackupManifest> load(const QString& path);
    // True for a bare file name that stays inside its folder ("clinic.forlop", not "../x" or "a/b").
    [[nodiscard]] static bool isPlainFileName(const QString& name);
};

} // namespace forlop
