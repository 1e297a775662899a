#include "leader/FidelitySectionView.h"

#include "leader/ChartBuilder.h"
#include "leader/FidelityTableModel.h"

#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace forlop {

namespace {

// Beside a chart, a long table (one row per session count) scrolls rather than stretching the chart.
constexpr int MaxRowsBesideChart = 12;
constexpr int MinColumnWidth = 70;
constexpr int MaxColumnWidth = 170;
constexpr int MaxLabelWidth = 320;
constexpr int MinChartWidth = 420;
constexpr int MinChartHeight = 280;
constexpr int MostColumnsBesideChart = 4;
constexpr int WideChartWidth = 760;

QLabel* wrapped(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Each column as wide as its cells; a long header wraps onto a second line rather than widening a column of
// figures, but the label column keeps its labels whole.
void fitColumns(QTableView* view)
{
    QHeaderView* header = view->horizontalHeader();
    const QFontMetrics metrics(header->font());
    const int margins = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
        const int headerWidth =
            std::min(metrics.horizontalAdvance(text) + margins, column == 0 ? MaxLabelWidth : MaxColumnWidth);
        const int width = std::max(
            {static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column) + 8, headerWidth, MinColumnWidth});
        header->resizeSection(column, std::min(width, MaxLabelWidth));
    }
}

} // namespace

FidelitySectionView::FidelitySectionView(const ReportSection& section, QWidget* parent)
    : QScrollArea(parent), m_sectionId(section.id)
{
    setObjectName(QStringLiteral("fidelitySection_") + section.id);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(6);
    if (!section.description.isEmpty()) {
        layout->addWidget(wrapped(section.description));
    }
    m_tools = new QVBoxLayout;
    m_tools->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_tools);
    for (const ReportTable& table : section.tables) {
        layout->addSpacing(8);
        layout->addWidget(buildTable(table));
    }
    layout->addStretch(1);
    setWidget(content);
}

void FidelitySectionView::addTool(QWidget* widget)
{
    m_tools->addWidget(widget, 0, Qt::AlignLeft);
}

QTableView* FidelitySectionView::tableView(const ReportTable& table, FidelityTableModel* model)
{
    auto* view = new QTableView;
    view->setObjectName(QStringLiteral("fidelityTable_") + table.id);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter | int(Qt::TextWordWrap)));
    header->setSectionResizeMode(QHeaderView::Interactive);
    fitColumns(view);
    connect(view, &QAbstractItemView::activated, this,
            [this, model](const QModelIndex& index) { drill(model, index); });

    // As tall as its rows (capped beside a chart), so the section scrolls as one page; as wide as its columns,
    // long headers wrapping onto a second line, so figures stay next to their labels.
    const int rows = table.chart.kind == ChartKind::None ? int(table.rows.size())
                                                         : std::min(int(table.rows.size()), MaxRowsBesideChart);
    const bool scrolls = rows < table.rows.size();
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    const int headerHeight = 2 * view->fontMetrics().height() + 10;
    header->setFixedHeight(headerHeight);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    view->setFixedHeight(headerHeight + std::max(rows, 1) * rowHeight + 2 * view->frameWidth() + 2);
    view->setVerticalScrollBarPolicy(scrolls ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return view;
}

QWidget* FidelitySectionView::buildTable(const ReportTable& table)
{
    auto* box = new QWidget;
    box->setObjectName(QStringLiteral("fidelityBlock_") + table.id);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* title = new QLabel(table.title);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    title->setFont(font);
    layout->addWidget(title);

    auto* model = new FidelityTableModel(this);
    model->setTable(table);
    m_models.insert(table.id, model);
    QTableView* view = tableView(table, model);
    m_views.insert(table.id, view);

    QChartView* chart =
        ChartBuilder::create(table, [this, model](int row, int column) { drill(model, model->index(row, column)); });
    if (chart) {
        chart->setObjectName(QStringLiteral("fidelityChart_") + table.id);
        chart->setMinimumWidth(MinChartWidth);
        // Beside a narrow table; under a wide one, where beside it would be too cramped to read.
        const bool beside = table.headers.size() <= MostColumnsBesideChart;
        auto* row = new QBoxLayout(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
        row->setSpacing(12);
        row->addWidget(view, 0, Qt::AlignTop | Qt::AlignLeft);
        if (beside) {
            chart->setFixedHeight(std::max(view->height(), MinChartHeight));
            row->addWidget(chart, 1);
        } else {
            chart->setFixedHeight(MinChartHeight);
            chart->setFixedWidth(WideChartWidth);
            row->addWidget(chart, 0, Qt::AlignLeft);
        }
        layout->addLayout(row);
    } else {
        layout->addWidget(view, 0, Qt::AlignLeft);
    }
    if (!table.note.isEmpty()) {
        QLabel* note = wrapped(table.note);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
    }
    return box;
}

void FidelitySectionView::drill(FidelityTableModel* model, const QModelIndex& index)
{
    const QList<std::int64_t> patients = model->patients(index);
    if (!patients.isEmpty()) {
        Q_EMIT drillRequested(model->figureName(index), patients);
    }
}

} // namespace forlop
