#pragma once

#include <QDateTime>

namespace forlop {

// Time comes from here, so auto-lock, waiting times and audit timestamps can be tested with a mock clock.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    [[nodiscard]] static const SystemClock& instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

} // namespace forlop

namespace forlop {

// A clock stopped at one instant: for stamping events that happened earlier (queued failures) and for tests.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {
    }
    [[nodiscard]] QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceSeconds(qint64 seconds) { m_at = m_at.addSecs(seconds); }

private:
    QDateTime m_at;
};

} // namespace forlop
