#include "accounts/NewPasswordFields.h"

#include "security/PasswordPolicy.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace forlop {

namespace {

QColor strengthColour(PasswordPolicy::Strength strength)
{
    switch (strength) {
    case PasswordPolicy::Strength::Weak:
        return QColor(0xb0, 0x1e, 0x1e);
    case PasswordPolicy::Strength::Fair:
        return QColor(0x9a, 0x5b, 0x00);
    case PasswordPolicy::Strength::Good:
    case PasswordPolicy::Strength::Strong:
        return QColor(0x1d, 0x6b, 0x2f);
    }
    return {};
}

} // namespace

QLineEdit* newSecretEdit(const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    return edit;
}

NewPasswordFields::NewPasswordFields(const QString& prefix, QFormLayout* form, QWidget* parent,
                                     const QString& passwordLabel)
    : QObject(parent)
{
    m_password = newSecretEdit(prefix + QStringLiteral("PasswordEdit"));
    m_repeat = newSecretEdit(prefix + QStringLiteral("RepeatEdit"));
    m_hint = new QLabel;
    m_hint->setObjectName(prefix + QStringLiteral("StrengthLabel"));
    m_hint->setWordWrap(true);
    form->addRow(passwordLabel.isEmpty() ? tr("New &password:") : passwordLabel, m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    form->addRow(QString(), m_hint);

    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordFields::updateHint);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordFields::updateHint);
    updateHint();
}

QByteArray NewPasswordFields::password() const
{
    return m_password->text().toUtf8();
}

bool NewPasswordFields::isEmpty() const
{
    return m_password->text().isEmpty();
}

bool NewPasswordFields::matches() const
{
    return m_password->text() == m_repeat->text();
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

void NewPasswordFields::setEnabled(bool enabled)
{
    m_password->setEnabled(enabled);
    m_repeat->setEnabled(enabled);
}

void NewPasswordFields::updateHint()
{
    const QString password = m_password->text();
    const QString repeat = m_repeat->text();
    QPalette hintPalette = m_hint->palette();
    if (password.isEmpty()) {
        m_hint->setText(tr("Use at least %n characters; a few unrelated words are easy to remember.", nullptr,
                           PasswordPolicy::MinimumLength));
        m_hint->setPalette(QPalette());
        m_hint->setForegroundRole(QPalette::PlaceholderText);
    } else if (!repeat.isEmpty() && repeat.size() >= password.size() && repeat != password) {
        // Only once the second entry is as long as the first, not at every keystroke while typing it.
        m_hint->setText(tr("The two passwords differ."));
        hintPalette.setColor(QPalette::WindowText, strengthColour(PasswordPolicy::Strength::Weak));
        m_hint->setPalette(hintPalette);
        m_hint->setForegroundRole(QPalette::WindowText);
    } else {
        const auto strength = PasswordPolicy::estimate(password);
        m_hint->setText(PasswordPolicy::describe(strength));
        hintPalette.setColor(QPalette::WindowText, strengthColour(strength));
        m_hint->setPalette(hintPalette);
        m_hint->setForegroundRole(QPalette::WindowText);
    }
    Q_EMIT changed();
}

} // namespace forlop
