#pragma once

#include "audit/AuditReview.h"

#include <QAbstractTableModel>

namespace forlop {

// Emergency accesses ("break the glass") that no unit leader has reviewed yet. The queue is short by nature
// (each entry is one reasoned exception, reviewed within days), so it is loaded whole.
class EmergencyAccessModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { GrantedColumn, UserColumn, PatientColumn, ReasonColumn, ColumnCount };

    explicit EmergencyAccessModel(QObject* parent = nullptr);

    void setRecords(QList<EmergencyAccessRecord> records);
    [[nodiscard]] const EmergencyAccessRecord* recordAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<EmergencyAccessRecord> m_records;
};

} // namespace forlop
