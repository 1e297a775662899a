#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace forlop {

class Clinic;
class MessageBar;
class WaitingListModel;

// Every referred patient without a first appointment, urgent first, then the longest waiting, with the days each
// has waited; "Find slot" on a row opens the slot search for that patient and books from it.
class WaitingListPage : public QWidget
{
    Q_OBJECT

public:
    explicit WaitingListPage(Clinic& clinic, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] WaitingListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    // Opens the slot search for a row (non-modal, deleted on close); returns the dialog.
    QWidget* findSlot(int row);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateSummary();

    Clinic& m_clinic;
    WaitingListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_findButton = nullptr;
    MessageBar* m_message = nullptr;
    bool m_dirty = true;
};

} // namespace forlop
