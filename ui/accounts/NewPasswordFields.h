#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace forlop {

// A new password typed twice, with the strength hint from PasswordPolicy and a warning when the two differ.
// Adds its rows to a form the caller owns, so the labels line up with the dialog's other fields. Children are
// named <prefix>PasswordEdit, <prefix>RepeatEdit and <prefix>StrengthLabel.
class NewPasswordFields : public QObject
{
    Q_OBJECT

public:
    // passwordLabel: the first field's label; "New password:" when empty.
    NewPasswordFields(const QString& prefix, QFormLayout* form, QWidget* parent,
                      const QString& passwordLabel = QString());

    // UTF-8; the caller wipes its copy when done.
    [[nodiscard]] QByteArray password() const;
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] bool matches() const;
    void clear();
    void setEnabled(bool enabled);

Q_SIGNALS:
    void changed();

private:
    void updateHint();

    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_hint = nullptr;
};

// A line edit for a password: hidden, and kept from input methods that would learn or predict it.
[[nodiscard]] QLineEdit* newSecretEdit(const QString& objectName);

} // namespace forlop
