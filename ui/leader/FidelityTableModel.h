#pragma once

#include "reports/Report.h"

#include <QAbstractTableModel>

namespace forlop {

// One table of the period report as a model for a view: the shown texts, the numbers for sorting and charts, and
// the patients behind each figure for drilling down. A report table is small (a row per clinician, per month or
// per session count), so it is held whole.
class FidelityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles { NumberRole = Qt::UserRole + 1, DrillableRole };

    explicit FidelityTableModel(QObject* parent = nullptr);

    void setTable(const ReportTable& table);
    [[nodiscard]] const ReportTable& table() const { return m_table; }
    // The patients behind a cell; empty when the figure has none to show.
    [[nodiscard]] QList<std::int64_t> patients(const QModelIndex& index) const;
    // "Table – row – column", naming a figure in a drill-down's title.
    [[nodiscard]] QString figureName(const QModelIndex& index) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] const ReportCell* cellAt(const QModelIndex& index) const;
    [[nodiscard]] bool isClinicRow(int row) const;

    ReportTable m_table;
};

} // namespace forlop
