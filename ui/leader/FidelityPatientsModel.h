#pragma once

#include "reports/ReportPatients.h"

#include <QAbstractTableModel>
#include <QHash>

namespace forlop {

class Clinic;

// The patients behind one fidelity figure: the ids come with the figure, the rows are read from core
// (ReportPatients, audited per page) a page at a time as the view scrolls. Administrative facts only.
class FidelityPatientsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PseudonymColumn,
        StateColumn,
        ClinicianColumn,
        ReferredColumn,
        LastSessionColumn,
        NextColumn,
        ColumnCount
    };
    static constexpr int PatientIdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 50;

    // names: how staff are named in the clinician column.
    FidelityPatientsModel(Clinic& clinic, QHash<std::int64_t, QString> names, QObject* parent = nullptr);

    // Starts again with these patients and reads the first page.
    void setPatients(const QList<std::int64_t>& patientIds);
    [[nodiscard]] qsizetype totalCount() const { return m_ids.size(); }
    [[nodiscard]] std::int64_t patientId(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    Clinic& m_clinic;
    QHash<std::int64_t, QString> m_names;
    QList<std::int64_t> m_ids;
    QList<ReportPatient> m_rows;
    qsizetype m_asked = 0; // ids asked for so far (an id naming no patient gives no row)
    bool m_failed = false;
};

} // namespace forlop
