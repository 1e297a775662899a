#include "Measurement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

#include <sys/resource.h>
#include <unistd.h>

namespace forlop::bench {

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least `fraction` of the values at or below it.
    const auto rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double Measurement::median() const
{
    return percentile(encrypted, 0.5);
}

double Measurement::p95() const
{
    return percentile(encrypted, 0.95);
}

std::optional<double> Measurement::plainMedian() const
{
    if (plain.isEmpty()) {
        return std::nullopt;
    }
    return percentile(plain, 0.5);
}

std::optional<double> Measurement::ratio() const
{
    const auto floor = plainMedian();
    if (!floor || *floor <= 0) {
        return std::nullopt;
    }
    return median() / *floor;
}

QString Measurement::verdict() const
{
    QStringList missed;
    if (interactive && median() > medianTarget) {
        missed << QStringLiteral("median>%1").arg(medianTarget);
    }
    if (interactive && p95() > p95Target) {
        missed << QStringLiteral("p95>%1").arg(p95Target);
    }
    if (const auto r = ratio(); r && *r > 1.3 && median() - *plainMedian() > 1.0) {
        // Below a millisecond of difference the ratio is noise (timer, scheduling), not encryption.
        missed << QStringLiteral("ratio>1.3");
    }
    return missed.isEmpty() ? QStringLiteral("ok") : missed.join(QLatin1Char(' '));
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double currentRssMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2) {
        return 0;
    }
    return double(fields.at(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

namespace {

QString number(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

} // namespace

QString table(const QList<Measurement>& rows)
{
    const QStringList header{QStringLiteral("operation"), QStringLiteral("n"), QStringLiteral("median ms"),
                             QStringLiteral("p95 ms"), QStringLiteral("plain median ms"), QStringLiteral("ratio"),
                             QStringLiteral("targets")};
    QList<QStringList> cells{header};
    for (const Measurement& row : rows) {
        const auto floor = row.plainMedian();
        const auto ratio = row.ratio();
        cells << QStringList{row.operation,
                             QString::number(row.encrypted.size()),
                             number(row.median()),
                             number(row.p95()),
                             floor ? number(*floor) : QStringLiteral("-"),
                             ratio ? QString::number(*ratio, 'f', 2) : QStringLiteral("-"),
                             row.interactive ? row.verdict() : QStringLiteral("(batch) ") + row.verdict()};
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList& line : std::as_const(cells)) {
        for (int i = 0; i < line.size(); ++i) {
            widths[i] = std::max(widths[i], int(line.at(i).size()));
        }
    }
    QString out;
    for (int n = 0; n < cells.size(); ++n) {
        const QStringList& line = cells.at(n);
        QStringList padded;
        for (int i = 0; i < line.size(); ++i) {
            // Names and verdicts left-aligned, figures right-aligned.
            padded << (i == 0 || i == line.size() - 1 ? line.at(i).leftJustified(widths[i])
                                                      : line.at(i).rightJustified(widths[i]));
        }
        out += QStringLiteral("| ") + padded.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        if (n == 0) {
            QStringList rule;
            for (int i = 0; i < widths.size(); ++i) {
                rule << QString(widths[i], QLatin1Char('-'));
            }
            out += QStringLiteral("|-") + rule.join(QStringLiteral("-|-")) + QStringLiteral("-|\n");
        }
    }
    return out;
}

QByteArray json(const QList<Measurement>& rows, const QString& scale, double peakMiB, const QString& note)
{
    QJsonArray operations;
    for (const Measurement& row : rows) {
        const auto floor = row.plainMedian();
        const auto ratio = row.ratio();
        operations.append(QJsonObject{
            {QStringLiteral("operation"), row.operation},
            {QStringLiteral("scale"), row.scale},
            {QStringLiteral("median_ms"), row.median()},
            {QStringLiteral("p95_ms"), row.p95()},
            {QStringLiteral("plain_median_ms"), floor ? QJsonValue(*floor) : QJsonValue()},
            {QStringLiteral("ratio"), ratio ? QJsonValue(*ratio) : QJsonValue()},
            {QStringLiteral("repetitions"), int(row.encrypted.size())},
            {QStringLiteral("interactive"), row.interactive},
            {QStringLiteral("verdict"), row.verdict()},
        });
    }
    const QJsonObject root{{QStringLiteral("scale"), scale},
                           {QStringLiteral("operations"), operations},
                           {QStringLiteral("peak_rss_mib"), peakMiB},
                           {QStringLiteral("note"), note}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace forlop::bench
