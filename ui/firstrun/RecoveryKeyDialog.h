#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace forlop {

// Shows the clinic's recovery key once, for printing or writing down. It cannot be dismissed until the
// user confirms they have a copy: without one, a clinic whose leaders forget their passwords is lost.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString& recoveryKey, const QString& clinicName, QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

public Q_SLOTS:
    // Escape and the window's close button do nothing until the copy is confirmed.
    void reject() override;

private:
    void print();
    void printTo(QPrinter& printer);

    QString m_recoveryKey;
    QString m_clinicName;
    QLabel* m_keyLabel = nullptr;
    QCheckBox* m_confirm = nullptr;
    QPushButton* m_continue = nullptr;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace forlop
