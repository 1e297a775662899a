#pragma once

#include "scheduling/ClinicianCaseload.h"

#include <QAbstractTableModel>

namespace forlop {

class Clinic;

// "My patients" as a table: pages of ClinicianCaseload fetched as the view scrolls, sorted and filtered by the
// core query (so sorting covers every patient, not only the loaded ones).
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PatientColumn, StateColumn, SessionsColumn, NextColumn, UnsignedColumn, PackageColumn, DutyColumn,
                  ColumnCount };
    // For the progress delegate: attended sessions (int) and planned sessions (int, or invalid before a plan).
    static constexpr int AttendedRole = Qt::UserRole + 1;
    static constexpr int PlannedRole = Qt::UserRole + 2;
    static constexpr int PatientIdRole = Qt::UserRole + 3;
    static constexpr int PageSize = 50;

    explicit CaseloadModel(Clinic& clinic, QObject* parent = nullptr);

    // Starts again from the first page with this filter (the sort is kept unless the filter sets it).
    void setFilterText(const QString& text);
    void setActiveOnly(bool activeOnly);
    void reload();
    [[nodiscard]] const CaseloadFilter& filter() const { return m_filter; }
    [[nodiscard]] const CaseloadRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    Clinic& m_clinic;
    CaseloadFilter m_filter;
    QList<CaseloadRow> m_rows;
    bool m_atEnd = false;
};

} // namespace forlop
