#pragma once

#include "reports/AllocationBoard.h"

#include <QAbstractTableModel>

namespace forlop {

// The clinicians to allocate to, each with the load a unit leader weighs: active patients, free time in the
// calendar ahead and active patients with nothing booked.
class AllocationClinicianModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ClinicianColumn, ActiveColumn, FreeColumn, NoAppointmentColumn, ColumnCount };
    static constexpr int ClinicianIdRole = Qt::UserRole + 1;

    explicit AllocationClinicianModel(QObject* parent = nullptr);

    void setClinicians(QList<ClinicianLoadSummary> clinicians);
    [[nodiscard]] const ClinicianLoadSummary* clinicianAt(int row) const;
    [[nodiscard]] int rowOf(std::int64_t clinicianId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ClinicianLoadSummary> m_clinicians;
};

} // namespace forlop
