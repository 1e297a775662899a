#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace forlop {

// A user name and a new password typed twice, with a live strength hint and a mismatch warning.
// Child widgets are named <prefix>UserNameEdit, <prefix>PasswordEdit, <prefix>RepeatEdit, <prefix>MessageLabel.
class AccountFields : public QWidget
{
    Q_OBJECT

public:
    explicit AccountFields(const QString& namePrefix, QWidget* parent = nullptr);

    [[nodiscard]] QString userName() const;
    // The password as UTF-8; the caller wipes its copy when done.
    [[nodiscard]] QByteArray password() const;
    [[nodiscard]] bool passwordsMatch() const;

    // Shows a problem with this account under its fields; an empty message hides it.
    void showMessage(const QString& message);
    void clearPasswords();
    void focusUserName();

private:
    void updateHints();

    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace forlop
