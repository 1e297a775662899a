#pragma once

#include "reports/ReportPatients.h"

#include <QAbstractTableModel>

namespace forlop {

class Clinic;

// The patients behind a figure of the unit leader's screens: the ids come with the figure, the rows are read
// from core (ReportPatients) a page at a time as the view scrolls, so a figure of thousands costs one page.
class LeaderPatientModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PatientColumn, StateColumn, ReferredColumn, LastSessionColumn, NextColumn, ColumnCount };
    static constexpr int PatientIdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 50;

    explicit LeaderPatientModel(Clinic& clinic, QObject* parent = nullptr);

    // Starts again with these patients (in this order) and reads the first page.
    void setPatients(const QList<std::int64_t>& patientIds);
    void clear();
    [[nodiscard]] qsizetype totalCount() const { return m_ids.size(); }
    [[nodiscard]] const ReportPatient* patientAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    Clinic& m_clinic;
    QList<std::int64_t> m_ids;
    QList<ReportPatient> m_rows;
    qsizetype m_fetched = 0; // ids asked for so far (a patient that no longer exists gives no row)
};

} // namespace forlop
