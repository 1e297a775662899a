#include "backup/BackupScheduler.h"

#include "util/Clock.h"

#include <algorithm>

namespace forlop {

BackupScheduler::BackupScheduler(const Clock& clock, int intervalHours)
    : m_clock(clock)
    , m_intervalHours(std::clamp(intervalHours, 1, 24 * 31))
{
}

QDateTime BackupScheduler::nextDue(const std::optional<QDateTime>& lastVerified) const
{
    const QDateTime now = m_clock.now().toUTC();
    // A last backup stamped in the future (a clock set back) must not postpone backups for that long.
    QDateTime due =
        lastVerified && *lastVerified <= now ? lastVerified->toUTC().addSecs(qint64(m_intervalHours) * 3600) : now;
    if (m_lastFailure) {
        due = std::max(due, m_lastFailure->addSecs(qint64(RetryAfterMinutes) * 60));
    }
    return due;
}

bool BackupScheduler::isDue(const std::optional<QDateTime>& lastVerified) const
{
    return nextDue(lastVerified) <= m_clock.now().toUTC();
}

bool BackupScheduler::isDueAtExit(const std::optional<QDateTime>& lastVerified) const
{
    const QDateTime now = m_clock.now().toUTC();
    return !lastVerified || *lastVerified > now || lastVerified->secsTo(now) > qint64(ExitGraceMinutes) * 60;
}

void BackupScheduler::recordFailure()
{
    m_lastFailure = m_clock.now().toUTC();
}

void BackupScheduler::recordSuccess()
{
    m_lastFailure.reset();
}

} // namespace forlop
