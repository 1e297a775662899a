#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <utility>

namespace forlop {

// A report as data, for any front end to render generically: the UI draws it on screen and prints it to PDF,
// ReportCsv writes it as CSV. Every label is already translated. Nothing here knows about widgets or files.

struct ReportCell
{
    QString text;                  // as shown: "12", "87.5 %", "Chat"
    std::optional<double> number;  // the value, for charts and sorting; none for labels and empty figures
    QList<std::int64_t> patients;  // the patients behind the figure, for drilling down; empty when not drillable
};

enum class ChartKind { None, Bars, Line };

// How a table may be drawn as a chart, beside the table (never instead of it).
struct ChartHint
{
    ChartKind kind = ChartKind::None;
    int labelColumn = 0;
    QList<int> valueColumns;
    // A band to mark on the value axis, such as the standard's 16–20 sessions on the label axis of a histogram.
    std::optional<std::pair<double, double>> band;
    QString bandLabel;
};

struct ReportTable
{
    QString id; // stable, for tests and for the UI to find a table: "treatment.sessions"
    QString title;
    QStringList headers;
    QList<QList<ReportCell>> rows;
    QString note; // a sentence under the table: how the figure is defined
    ChartHint chart;

    [[nodiscard]] const ReportCell* cell(int row, int column) const
    {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size()) {
            return nullptr;
        }
        return &rows.at(row).at(column);
    }
};

struct ReportSection
{
    QString id;
    QString title;
    QString description;
    QList<ReportTable> tables;
};

struct Report
{
    QString id; // "period_report"
    QString title;
    QString subtitle; // the period, the clinic
    QDateTime generatedAt;
    QString generatedBy;
    QList<ReportSection> sections;

    // The table with the id, in any section; null when there is none.
    [[nodiscard]] const ReportTable* table(const QString& tableId) const
    {
        for (const ReportSection& section : sections) {
            for (const ReportTable& table : section.tables) {
                if (table.id == tableId) {
                    return &table;
                }
            }
        }
        return nullptr;
    }
};

} // namespace forlop
