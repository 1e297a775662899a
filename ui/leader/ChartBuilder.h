#pragma once

#include "reports/Report.h"

#include <QCoreApplication>
#include <functional>

class QChartView;
class QWidget;

namespace forlop {

// Draws a report table as its chart hint asks (bars, or lines over the label column, with the standard's band
// shaded), to sit beside the table it comes from. Totals are left out of the chart: they are in the table.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)

public:
    // Called with the table's row and column when a bar or point is clicked, to drill down as the table does.
    using Clicked = std::function<void(int row, int column)>;

    // Null when the table has no chart.
    [[nodiscard]] static QChartView* create(const ReportTable& table, Clicked clicked, QWidget* parent = nullptr);

    // The rows a chart shows: every row but a total.
    [[nodiscard]] static QList<int> chartedRows(const ReportTable& table);
};

} // namespace forlop
