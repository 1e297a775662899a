#pragma once

#include <QDateTime>

#include <chrono>

namespace forlop {

struct FailedLogins;

// After five failed sign-ins for a name, each further try waits: 30 s, 1 min, 2 min … up to 15 min.
// The same rule applies to names that do not exist, so the delay never reveals whether a user exists.
class LoginThrottle
{
public:
    static constexpr int FreeAttempts = 5;
    [[nodiscard]] static std::chrono::seconds delayAfter(int failures);
    // Seconds until the next try is allowed; zero when it is allowed now.
    [[nodiscard]] static qint64 secondsToWait(const FailedLogins& record, const QDateTime& now);
};

} // namespace forlop
