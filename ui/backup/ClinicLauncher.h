#pragma once

#include <QString>
#include <functional>

namespace forlop {

// Opens another clinic database (a restored backup) in a second Forløp window, a separate process, so the clinic
// open here stays as it is. Tests replace the launch with setForTests.
class ClinicLauncher
{
public:
    // False when the program could not be started.
    static bool open(const QString& databasePath);

    using Launch = std::function<bool(const QString& databasePath)>;
    // An empty function restores the real launch.
    static void setForTests(Launch launch);

private:
    static Launch s_launch;
};

} // namespace forlop
