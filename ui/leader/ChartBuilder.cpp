#include "leader/ChartBuilder.h"

#include "reports/PeriodReport.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace forlop {

namespace {

const QColor BarColour(0x3b, 0x6e, 0xa5);
const QColor WithinColour(0x2e, 0x7d, 0x32);
const QColor BandColour(0x2e, 0x7d, 0x32, 40);
const QList<QColor> LineColours{QColor(0x3b, 0x6e, 0xa5), QColor(0xc6, 0x62, 0x1f), QColor(0x6a, 0x4c, 0x93)};

double valueOf(const ReportTable& table, int row, int column)
{
    const ReportCell* cell = table.cell(row, column);
    return cell && cell->number ? *cell->number : 0.0;
}

bool isPercent(const ReportTable& table, const QList<int>& rows)
{
    for (int column : table.chart.valueColumns) {
        for (int row : rows) {
            const ReportCell* cell = table.cell(row, column);
            if (cell && cell->number) {
                return cell->text.contains(QLatin1Char('%'));
            }
        }
    }
    return false;
}

// A value axis from 0 with whole-number ticks for counts, or 0–100 for shares.
QValueAxis* valueAxis(double highest, bool percent)
{
    auto* axis = new QValueAxis;
    if (percent) {
        axis->setRange(0, 100);
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%.0f %%"));
        return axis;
    }
    // A little room above the highest value, so its bar or point does not touch the frame.
    const int top = std::max(1, int(std::ceil(highest * 1.1)));
    // Ticks on whole numbers: at most 6 intervals of a whole step.
    const int step = std::max(1, int(std::ceil(top / 5.0)));
    const int rounded = ((top + step - 1) / step) * step;
    axis->setRange(0, rounded);
    axis->setTickCount(rounded / step + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

} // namespace

QList<int> ChartBuilder::chartedRows(const ReportTable& table)
{
    QList<int> rows;
    const QString total = PeriodReport::tr("Total");
    for (int row = 0; row < table.rows.size(); ++row) {
        const ReportCell* label = table.cell(row, table.chart.labelColumn);
        if (label && label->text != total) {
            rows.append(row);
        }
    }
    return rows;
}

QChartView* ChartBuilder::create(const ReportTable& table, Clicked clicked, QWidget* parent)
{
    const ChartHint& hint = table.chart;
    if (hint.kind == ChartKind::None || hint.valueColumns.isEmpty()) {
        return nullptr;
    }
    // Many long labels (referral channels) read better as horizontal bars, the first row on top.
    const bool horizontal = hint.kind == ChartKind::Bars && !hint.band && chartedRows(table).size() > 5;
    QList<int> rows = chartedRows(table);
    if (horizontal) {
        std::reverse(rows.begin(), rows.end());
    }
    QStringList categories;
    double highest = 0;
    for (int row : rows) {
        categories << table.cell(row, hint.labelColumn)->text;
        for (int column : hint.valueColumns) {
            highest = std::max(highest, valueOf(table, row, column));
        }
    }
    const bool percent = isPercent(table, rows);
    QChart* chart = newChart();
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    if (categories.size() > 8 && hint.kind == ChartKind::Line) {
        xAxis->setLabelsAngle(-40);
    }
    if (hint.band) {
        xAxis->setTitleText(table.headers.value(hint.labelColumn));
    }
    QValueAxis* yAxis = valueAxis(highest, percent);
    chart->addAxis(xAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(yAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);

    if (hint.band) {
        // The standard's band, shaded behind the bars, on the label axis (the rows whose label value lies in it).
        QList<int> inBand;
        for (int i = 0; i < rows.size(); ++i) {
            const ReportCell* label = table.cell(rows.at(i), hint.labelColumn);
            if (label->number && *label->number >= hint.band->first && *label->number <= hint.band->second) {
                inBand << i;
            }
        }
        if (!inBand.isEmpty()) {
            const double left = inBand.first() - 0.5;
            const double right = inBand.last() + 0.5;
            auto* upper = new QLineSeries;
            upper->append(left, yAxis->max());
            upper->append(right, yAxis->max());
            auto* lower = new QLineSeries;
            lower->append(left, 0);
            lower->append(right, 0);
            auto* band = new QAreaSeries(upper, lower);
            band->setName(hint.bandLabel);
            band->setBrush(BandColour);
            band->setPen(QPen(WithinColour, 1, Qt::DashLine));
            chart->addSeries(band);
            band->attachAxis(xAxis);
            band->attachAxis(yAxis);
        }
    }

    if (hint.kind == ChartKind::Bars) {
        QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                                                : static_cast<QAbstractBarSeries*>(new QStackedBarSeries);
        for (int column : hint.valueColumns) {
            auto* set = new QBarSet(table.headers.value(column));
            set->setColor(BarColour);
            set->setBorderColor(BarColour.darker(120));
            QBarSet* within = nullptr;
            if (hint.band) {
                //: Legend of the bars inside the standard's range of sessions
                within = new QBarSet(tr("Within the standard"));
                within->setColor(WithinColour);
                within->setBorderColor(WithinColour.darker(120));
            }
            for (int row : rows) {
                const double value = valueOf(table, row, column);
                const ReportCell* label = table.cell(row, hint.labelColumn);
                const bool inside = within && label->number && *label->number >= hint.band->first &&
                                    *label->number <= hint.band->second;
                set->append(inside ? 0.0 : value);
                if (within) {
                    within->append(inside ? value : 0.0);
                }
            }
            for (QBarSet* each : {set, within}) {
                if (!each) {
                    continue;
                }
                QObject::connect(each, &QBarSet::clicked, each, [rows, column, clicked](int index) {
                    if (clicked && index >= 0 && index < rows.size()) {
                        clicked(rows.at(index), column);
                    }
                });
                series->append(each);
            }
        }
        series->setBarWidth(hint.band ? 0.8 : 0.6);
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        if (hint.valueColumns.size() == 1 && !hint.band) {
            // One series: its name is the axis' title, not a legend.
            chart->legend()->setVisible(false);
            yAxis->setTitleText(table.headers.value(hint.valueColumns.first()));
        }
    } else {
        int colour = 0;
        for (int column : hint.valueColumns) {
            auto* series = new QLineSeries;
            series->setName(table.headers.value(column));
            series->setPointsVisible(true);
            series->setPen(QPen(LineColours.value(colour++ % LineColours.size()), 2));
            for (int i = 0; i < rows.size(); ++i) {
                const ReportCell* cell = table.cell(rows.at(i), column);
                if (cell && cell->number) {
                    series->append(i, *cell->number);
                }
            }
            QObject::connect(series, &QLineSeries::clicked, series, [rows, column, clicked](const QPointF& point) {
                const int index = int(std::lround(point.x()));
                if (clicked && index >= 0 && index < rows.size()) {
                    clicked(rows.at(index), column);
                }
            });
            chart->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
        }
    }

    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

} // namespace forlop
