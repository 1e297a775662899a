#pragma once

#include <QDateTime>

#include <optional>

namespace forlop {

class Clock;

// Decides when the app's automatic backup is due; the UI owns the timer, the folder choice and the work.
// A backup is due when none was verified within the interval (Setting::BackupIntervalHours), and at exit
// unless one was verified very recently. After a failed attempt (a disconnected USB disk, a full share) it
// waits before trying again, so a missing disk does not mean a failed backup every minute.
class BackupScheduler
{
public:
    static constexpr int DefaultIntervalHours = 24;
    static constexpr int ExitGraceMinutes = 60;
    static constexpr int RetryAfterMinutes = 30;

    explicit BackupScheduler(const Clock& clock, int intervalHours = DefaultIntervalHours);

    // lastVerified: BackupStatus::lastVerified. A clinic never backed up is due at once.
    [[nodiscard]] bool isDue(const std::optional<QDateTime>& lastVerified) const;
    // When the next attempt should run (now or earlier means: run it now).
    [[nodiscard]] QDateTime nextDue(const std::optional<QDateTime>& lastVerified) const;
    // At a clean exit: a backup unless one was verified in the last ExitGraceMinutes.
    [[nodiscard]] bool isDueAtExit(const std::optional<QDateTime>& lastVerified) const;

    void recordFailure();
    void recordSuccess();
    [[nodiscard]] std::optional<QDateTime> lastFailure() const { return m_lastFailure; }
    [[nodiscard]] int intervalHours() const { return m_intervalHours; }

private:
    const Clock& m_clock;
    int m_intervalHours;
    std::optional<QDateTime> m_lastFailure;
};

} // namespace forlop
