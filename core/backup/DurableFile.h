#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace forlop {

// The small set of POSIX steps that make a written file survive a power cut: fsync of the file, of the folder
// that names it, and a rename that never replaces an existing entry. Backups go to USB disks and network
// shares, which lie about durability more often than internal disks, so every step is explicit.
namespace DurableFile {

// fsync of a regular file (opened read-only, which Linux allows). False when it could not be synced.
[[nodiscard]] bool syncFile(const QString& path);
// fsync of a folder, so a file created or renamed inside it stays named after a power cut.
[[nodiscard]] bool syncFolder(const QString& path);
// Renames a file or folder, failing (instead of replacing) when the target exists.
[[nodiscard]] bool renameNoReplace(const QString& from, const QString& to);
// rename(2): atomically replaces the target when it exists.
[[nodiscard]] bool renameReplace(const QString& from, const QString& to);
// BLAKE2b-256 of the file's bytes as lowercase hex; nullopt when the file cannot be read.
[[nodiscard]] std::optional<QByteArray> checksum(const QString& path);

} // namespace DurableFile

} // namespace forlop
