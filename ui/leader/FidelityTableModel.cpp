#include "leader/FidelityTableModel.h"

#include "reports/PeriodReport.h"

#include <QFont>

namespace forlop {

FidelityTableModel::FidelityTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FidelityTableModel::setTable(const ReportTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

const ReportCell* FidelityTableModel::cellAt(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return nullptr;
    }
    return m_table.cell(index.row(), index.column());
}

QList<std::int64_t> FidelityTableModel::patients(const QModelIndex& index) const
{
    const ReportCell* cell = cellAt(index);
    return cell ? cell->patients : QList<std::int64_t>{};
}

QString FidelityTableModel::figureName(const QModelIndex& index) const
{
    const ReportCell* cell = cellAt(index);
    const ReportCell* label = m_table.cell(index.row(), 0);
    if (!cell || !label) {
        return m_table.title;
    }
    if (index.column() == 0) {
        //: Names a figure of a report: %1 the table, %2 the row
        return tr("%1 – %2").arg(m_table.title, label->text);
    }
    //: Names a figure of a report: %1 the table, %2 the row, %3 the column
    return tr("%1 – %2 – %3").arg(m_table.title, label->text, m_table.headers.value(index.column()));
}

bool FidelityTableModel::isClinicRow(int row) const
{
    // Tables by clinician start with the whole clinic: set it apart.
    const ReportCell* label = m_table.cell(row, 0);
    return row == 0 && label && label->text == PeriodReport::tr("Whole clinic");
}

int FidelityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int FidelityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant FidelityTableModel::data(const QModelIndex& index, int role) const
{
    const ReportCell* cell = cellAt(index);
    if (!cell) {
        return {};
    }
    const bool drillable = !cell->patients.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return cell->text;
    case Qt::TextAlignmentRole:
        return int(index.column() == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
    case Qt::ToolTipRole:
        if (drillable) {
            return tr("%n patient(s) behind this figure. Double-click or press Enter to list them.", nullptr,
                      int(cell->patients.size()));
        }
        return {};
    case Qt::FontRole:
        if (isClinicRow(index.row())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NumberRole:
        return cell->number ? QVariant(*cell->number) : QVariant();
    case DrillableRole:
        return drillable;
    default:
        return {};
    }
}

QVariant FidelityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.headers.size()) {
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        return m_table.headers.at(section);
    }
    if (role == Qt::TextAlignmentRole) {
        const int side = section == 0 ? Qt::AlignLeft : Qt::AlignRight;
        return side | Qt::AlignVCenter | Qt::TextWordWrap;
    }
    return {};
}

} // namespace forlop
