#pragma once

#include <QString>

namespace forlop::bench {

struct AppMemoryResult
{
    bool ok = false;
    QString error;
    double signInMs = 0;   // from the sign-in request to the workspace being shown
    double rssMiB = 0;     // resident memory with the caseload screen up
    double peakRssMiB = 0; // the process's peak so far
};

// Runs the real main window offscreen on the clinic, signs in as the clinician and waits until the caseload screen
// has loaded its first page; then reads the process's memory. Needs a QApplication.
[[nodiscard]] AppMemoryResult measureAppMemory(const QString& databasePath, const QString& userName,
                                               const QByteArray& password);

} // namespace forlop::bench
