#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace forlop {

class Clinic;
class PatientSearchModel;

// Finding a patient by reference number (pseudonym), name, phone or national ID, as typed; the results show
// administrative data only. Enter searches (each search is audited), and a found patient can be booked.
class PatientSearchPage : public QWidget
{
    Q_OBJECT

public:
    explicit PatientSearchPage(Clinic& clinic, QWidget* parent = nullptr);

    void search(const QString& text);
    [[nodiscard]] PatientSearchModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    // Opens the slot search for a result row (non-modal, deleted on close).
    QWidget* book(int row);

private:
    void runSearch();
    void updateState();

    Clinic& m_clinic;
    QLineEdit* m_query = nullptr;
    PatientSearchModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_book = nullptr;
};

} // namespace forlop
