#include "firstrun/AccountFields.h"

#include "security/PasswordPolicy.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

#include <utility>

namespace forlop {

namespace {

QLineEdit* passwordEdit(const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    // No input method may see or predict it.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    return edit;
}

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

AccountFields::AccountFields(const QString& namePrefix, QWidget* parent)
    : QWidget(parent)
{
    m_userName = new QLineEdit;
    m_userName->setObjectName(namePrefix + QStringLiteral("UserNameEdit"));
    m_password = passwordEdit(namePrefix + QStringLiteral("PasswordEdit"));
    m_repeat = passwordEdit(namePrefix + QStringLiteral("RepeatEdit"));

    m_strength = new QLabel;
    m_strength->setObjectName(namePrefix + QStringLiteral("StrengthLabel"));
    m_strength->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(namePrefix + QStringLiteral("MessageLabel"));
    m_message->setWordWrap(true);
    QPalette errorPalette = m_message->palette();
    errorPalette.setColor(QPalette::WindowText, strengthColour(PasswordPolicy::Strength::Weak));
    m_message->setPalette(errorPalette);
    m_message->hide();

    // A grid rather than a QFormLayout: the wrapped hints under the fields need height-for-width, which the
    // grid computes correctly inside the group boxes and QFormLayout does not.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const auto& [text, field] : {std::pair{tr("&User name:"), m_userName}, std::pair{tr("&Password:"), m_password},
                                      std::pair{tr("&Repeat password:"), m_repeat}}) {
        auto* label = new QLabel(text);
        label->setBuddy(field);
        grid->addWidget(label, row, 0);
        grid->addWidget(field, row, 1);
        ++row;
    }
    grid->addWidget(m_strength, row++, 1);
    grid->addWidget(m_message, row, 1);

    connect(m_password, &QLineEdit::textChanged, this, &AccountFields::updateHints);
    connect(m_repeat, &QLineEdit::textChanged, this, &AccountFields::updateHints);
    updateHints();
}

QString AccountFields::userName() const
{
    return m_userName->text().trimmed();
}

QByteArray AccountFields::password() const
{
    return m_password->text().toUtf8();
}

bool AccountFields::passwordsMatch() const
{
    return m_password->text() == m_repeat->text();
}

void AccountFields::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void AccountFields::clearPasswords()
{
    m_password->clear();
    m_repeat->clear();
}

void AccountFields::focusUserName()
{
    m_userName->setFocus();
}

void AccountFields::updateHints()
{
    const QString password = m_password->text();
    if (password.isEmpty()) {
        m_strength->setText(tr("Use at least %n characters; a few unrelated words are easy to remember.", nullptr,
                               PasswordPolicy::MinimumLength));
        m_strength->setPalette(palette());
        m_strength->setForegroundRole(QPalette::PlaceholderText);
    } else {
        const auto strength = PasswordPolicy::estimate(password);
        m_strength->setText(PasswordPolicy::describe(strength));
        QPalette hintPalette = palette();
        hintPalette.setColor(QPalette::WindowText, strengthColour(strength));
        m_strength->setPalette(hintPalette);
        m_strength->setForegroundRole(QPalette::WindowText);
    }
    const QString repeat = m_repeat->text();
    // Warn only once the second entry is as long as the first, not at every keystroke while typing it.
    if (!repeat.isEmpty() && repeat.size() >= password.size() && repeat != password) {
        showMessage(tr("The two passwords differ."));
    } else if (m_message->text() == tr("The two passwords differ.")) {
        showMessage(QString());
    }
}

} // namespace forlop
