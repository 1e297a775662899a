#pragma once

#include <QString>

namespace forlop {

// Whether the database file is exactly as this program left it at its last clean close, so that opening it may skip
// reading every page (PRAGMA quick_check reads the whole file: seconds on a large clinic). The marker beside the
// database records the file's identity, size and times after a clean close, with the modification time set to a
// value of our own choosing (a random nanosecond part), which any later write replaces. A crash leaves no marker (it
// is removed at every open), a write-ahead log with content means another connection wrote since, and any change to
// the file by anyone changes its times: each of these makes the next open read every page again. Damage that changes
// nothing the file system records (a failing disk) is still found by SQLCipher's page check when the page is read,
// and by forlop-admin check and the backup verification, which read every page.
class CleanShutdown
{
public:
    [[nodiscard]] static QString markerPath(const QString& databasePath);
    // After the last connection of this process closed the database with its log checkpointed.
    static void record(const QString& databasePath);
    // True when the file matches the marker and no write-ahead log content waits; removes the marker either way.
    [[nodiscard]] static bool takeMatching(const QString& databasePath);
};

} // namespace forlop
