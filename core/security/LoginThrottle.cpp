#include "security/LoginThrottle.h"

#include "security/Keyring.h"

#include <algorithm>

namespace forlop {

std::chrono::seconds LoginThrottle::delayAfter(int failures)
{
    if (failures < FreeAttempts) {
        return std::chrono::seconds(0);
    }
    const int doublings = std::min(failures - FreeAttempts, 5);
    return std::min(std::chrono::seconds(30 << doublings), std::chrono::seconds(15 * 60));
}

qint64 LoginThrottle::secondsToWait(const FailedLogins& record, const QDateTime& now)
{
    const auto delay = delayAfter(record.count);
    if (delay.count() == 0 || !record.last.isValid()) {
        return 0;
    }
    const QDateTime allowed = record.last.addSecs(delay.count());
    return std::max<qint64>(0, now.secsTo(allowed));
}

} // namespace forlop
