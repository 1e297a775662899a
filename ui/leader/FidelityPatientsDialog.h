#pragma once

#include <QDialog>
#include <QHash>
#include <cstdint>

class QLabel;
class QPushButton;
class QTableView;

namespace forlop {

class Clinic;
class FidelityPatientsModel;

// The patients behind one figure of the fidelity view. Opening one (double-click, Enter or the button) shows
// their record in the workspace's record page, through the same access check and audit as the clinician's desk.
// Opened with open(), not exec(), so the workspace (and tests) keep running.
class FidelityPatientsDialog : public QDialog
{
    Q_OBJECT

public:
    FidelityPatientsDialog(Clinic& clinic, const QString& figure, const QList<std::int64_t>& patients,
                           QHash<std::int64_t, QString> staffNames, QWidget* parent);

    [[nodiscard]] FidelityPatientsModel* model() const { return m_model; }
    // Opens the record of the patient on this row and closes the list.
    void openRow(int row);

private:
    void updateButtons();

    QWidget* m_origin = nullptr;
    FidelityPatientsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace forlop
