#include "audit/EmergencyAccessModel.h"

#include <QLocale>

namespace forlop {

EmergencyAccessModel::EmergencyAccessModel(QObject* parent) : QAbstractTableModel(parent) {}

void EmergencyAccessModel::setRecords(QList<EmergencyAccessRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

const EmergencyAccessRecord* EmergencyAccessModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int EmergencyAccessModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int EmergencyAccessModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmergencyAccessModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const EmergencyAccessRecord& record = m_records.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case GrantedColumn:
            return QLocale().toString(record.grantedAt.toLocalTime(), QLocale::ShortFormat);
        case UserColumn:
            return record.userName;
        case PatientColumn:
            return record.pseudonym;
        case ReasonColumn:
            return record.reason;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn) {
        return record.reason;
    }
    return {};
}

QVariant EmergencyAccessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case GrantedColumn:
        return tr("Opened");
    case UserColumn:
        return tr("By");
    case PatientColumn:
        return tr("Patient");
    case ReasonColumn:
        return tr("Reason given");
    }
    return {};
}

} // namespace forlop
