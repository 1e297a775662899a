#pragma once

#include "reports/Caseloads.h"

#include <QAbstractTableModel>

namespace forlop {

// The unit leader's caseloads as a table: one row per active clinician, every count a figure that opens as the
// patients behind it (PatientIdsRole). A handful of rows per clinic, so the whole view is held at once.
class CaseloadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClinicianColumn,
        ActiveColumn,
        ReferredColumn,
        WaitingColumn,
        EligibilityColumn,
        IncludedColumn,
        AssessmentColumn,
        TreatmentColumn,
        SessionsColumn,
        FreeColumn,
        UnsignedColumn,
        DutyColumn,
        NoAppointmentColumn,
        ColumnCount
    };
    static constexpr int ClinicianIdRole = Qt::UserRole + 1;
    // The patients behind the cell as QList<qlonglong>; the clinician's and free-capacity cells give the active
    // patients, so every cell of a row drills somewhere sensible.
    static constexpr int PatientIdsRole = Qt::UserRole + 2;
    // What the cell counts, as a heading for the drill-down ("Unsigned notes older than 3 days").
    static constexpr int FigureRole = Qt::UserRole + 3;

    explicit CaseloadTableModel(QObject* parent = nullptr);

    void setView(CaseloadView view);
    [[nodiscard]] const CaseloadView& view() const { return m_view; }
    [[nodiscard]] const Caseload* caseloadAt(int row) const;
    // The state a column counts, if it is one of the by-state columns.
    [[nodiscard]] static std::optional<PatientState> stateOf(int column);
    // Free capacity as shown in the table ("149 h", rounded down) and in its tooltip ("149 h 15 min").
    [[nodiscard]] static QString hours(qint64 minutes);
    [[nodiscard]] static QString hoursAndMinutes(qint64 minutes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] const Tally* tallyOf(const Caseload& caseload, int column) const;
    [[nodiscard]] QString figureName(int column) const;
    [[nodiscard]] QString capacityTip(const Caseload& caseload) const;

    CaseloadView m_view;
};

} // namespace forlop
