#pragma once

#include <QWidget>
#include <cstdint>
#include <utility>

class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace forlop {

class CaseloadTableModel;
class Clinic;
class LeaderPatientModel;

// The unit leader's caseloads: per clinician, active patients by state, sessions delivered, free capacity,
// unsigned notes, open duty-to-report follow-ups and patients without an appointment (core's Caseloads). Choosing
// a figure lists the patients behind it below; a patient opens in the record page, whose access check and audit
// are the same as from the clinician's desk. Read again whenever the page is shown.
class CaseloadPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr auto PageId = "leader.caseloads";

    explicit CaseloadPage(Clinic& clinic, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] CaseloadTableModel* caseloadModel() const { return m_caseloads; }
    [[nodiscard]] LeaderPatientModel* patientModel() const { return m_patients; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildCaseloads();
    QWidget* buildPatients();
    void drill(const QModelIndex& index);
    void openSelectedPatient();
    void showError(const QString& text);

    Clinic& m_clinic;
    QLabel* m_period = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_caseloadView = nullptr;
    CaseloadTableModel* m_caseloads = nullptr;
    QLabel* m_drillTitle = nullptr;
    QLabel* m_drillCount = nullptr;
    QTableView* m_patientView = nullptr;
    LeaderPatientModel* m_patients = nullptr;
    QPushButton* m_openRecord = nullptr;
    std::pair<int, int> m_drilled{-1, -1}; // row and column of the figure listed below
};

} // namespace forlop
