#pragma once

#include "Error.h"
#include "reports/FidelityFigures.h"
#include "reports/SmallCells.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace forlop {

class Clinic;

// One group of the national statistics: a total and the categories that partition it, after suppression.
struct StatisticsGroup
{
    QString id; // "referrals.channel"
    SmallCells::Cell total;
    QList<SmallCells::Cell> categories;
};

// A figure computed from a group (a median, a percentage), shown only when what it is computed from is.
struct StatisticsMeasure
{
    QString id; // "waiting.median_days"
    std::optional<double> value;
    SmallCells::Mark mark = SmallCells::Mark::Shown;
};

struct NationalStatisticsData
{
    ReportPeriod period;
    QList<StatisticsGroup> groups;
    QList<StatisticsMeasure> measures;

    [[nodiscard]] const StatisticsGroup* group(const QString& id) const;
    [[nodiscard]] const StatisticsMeasure* measure(const QString& id) const;
};

// The national statistics export: the clinic's figures for a period, aggregated, for comparing the five clinics
// (docs/national-statistics/). No patient-level data at all: no pseudonyms, dates of birth, clinicians or free
// text, and every cell describing fewer than 5 patients is suppressed (SmallCells). One JSON file, written
// atomically. Needs Permission::ExportNationalStatistics; audited as one export row.
class NationalStatistics
{
    Q_DECLARE_TR_FUNCTIONS(NationalStatistics)

public:
    static constexpr auto Format = "forlop-national-statistics";
    static constexpr int Version = 1;
    static constexpr auto SmallMarker = "<5";
    static constexpr auto SecondaryMarker = "suppressed";

    // The suppressed figures, from a computed fidelity report.
    [[nodiscard]] static NationalStatisticsData fromFidelity(const FidelityReport& fidelity);
    [[nodiscard]] static QJsonObject toJson(const NationalStatisticsData& data, const Clinic& clinic,
                                            const QDateTime& generatedAt);
    // Computes, audits and writes the file (replacing it only once it is complete).
    [[nodiscard]] static Result<NationalStatisticsData> write(Clinic& clinic, const ReportPeriod& period,
                                                             const QString& destinationFile);
};

} // namespace forlop
