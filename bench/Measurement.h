#pragma once

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace forlop::bench {

// One operation's timings on the encrypted clinic and, where there is one, on the unencrypted copy.
struct Measurement
{
    QString operation;
    QString scale;
    QList<double> encrypted; // milliseconds, one per repetition
    QList<double> plain;     // empty when the operation has no unencrypted counterpart (key derivation)
    double medianTarget = 20;
    double p95Target = 50;
    bool interactive = true; // batch work (reports, exports, verification) has no interactive target

    [[nodiscard]] double median() const;
    [[nodiscard]] double p95() const;
    [[nodiscard]] std::optional<double> plainMedian() const;
    [[nodiscard]] std::optional<double> ratio() const;
    // "ok", or what was missed.
    [[nodiscard]] QString verdict() const;
};

[[nodiscard]] double percentile(QList<double> values, double fraction);

class Stopwatch
{
public:
    Stopwatch() : m_start(std::chrono::steady_clock::now()) {}
    [[nodiscard]] double ms() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

// Peak resident memory of this process so far, in MiB (getrusage ru_maxrss).
[[nodiscard]] double peakRssMiB();
// Current resident memory, in MiB (/proc/self/statm).
[[nodiscard]] double currentRssMiB();

[[nodiscard]] QString table(const QList<Measurement>& rows);
[[nodiscard]] QByteArray json(const QList<Measurement>& rows, const QString& scale, double peakMiB,
                              const QString& note);

} // namespace forlop::bench
