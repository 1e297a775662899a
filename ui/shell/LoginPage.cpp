#include "shell/LoginPage.h"

#include "security/SecretBytes.h"

#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace forlop {

LoginPage::LoginPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("loginPage"));

    auto* logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/forlop.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);

    auto* heading = new QLabel(tr("Forløp is locked"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto* prompt = new QLabel(tr("Sign in with your own user name and password."));
    prompt->setAlignment(Qt::AlignCenter);
    prompt->setWordWrap(true);

    m_userName = new QLineEdit;
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);

    m_signIn = new QPushButton(tr("&Sign in"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_busyLabel = new QLabel(tr("Checking the password…"));
    m_busyBar = new QProgressBar;
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);
    m_busyLabel->hide();
    m_busyBar->hide();

    m_demoUsers = new QLabel;
    m_demoUsers->setObjectName(QStringLiteral("demoUsersLabel"));
    m_demoUsers->setWordWrap(true);
    m_demoUsers->setAlignment(Qt::AlignCenter);
    m_demoUsers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoUsers->hide();

    m_clinicFile = new QLabel;
    m_clinicFile->setObjectName(QStringLiteral("clinicFileLabel"));
    m_clinicFile->setWordWrap(true);
    m_clinicFile->setAlignment(Qt::AlignCenter);
    m_clinicFile->setForegroundRole(QPalette::PlaceholderText);
    m_clinicFile->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);

    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_signIn);

    // A card of readable width in the middle of however large the window is.
    auto* card = new QFrame;
    card->setFrameShape(QFrame::StyledPanel);
    card->setFixedWidth(420);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 24, 24, 24);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(logo);
    cardLayout->addWidget(heading);
    cardLayout->addWidget(prompt);
    cardLayout->addSpacing(4);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(m_busyLabel);
    cardLayout->addWidget(m_busyBar);
    cardLayout->addLayout(buttonRow);

    auto* centre = new QHBoxLayout;
    centre->addStretch();
    centre->addWidget(card);
    centre->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(centre);
    layout->addSpacing(12);
    layout->addWidget(m_demoUsers);
    layout->addWidget(m_clinicFile);
    layout->addStretch(3);

    connect(m_signIn, &QPushButton::clicked, this, &LoginPage::signIn);
    connect(m_userName, &QLineEdit::returnPressed, this, &LoginPage::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginPage::signIn);
}

void LoginPage::setDatabasePath(const QString& path)
{
    m_clinicFile->setText(tr("Clinic file: %1").arg(QDir::toNativeSeparators(path)));
}

void LoginPage::setUserName(const QString& userName)
{
    m_userName->setText(userName);
}

QString LoginPage::userName() const
{
    return m_userName->text().trimmed();
}

void LoginPage::setBusy(bool busy)
{
    m_userName->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    if (busy) {
        m_error->hide();
    }
}

void LoginPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_password->setFocus();
}

void LoginPage::showDemoUsers(const QStringList& userNames, const QString& password)
{
    m_demoUsers->setText(tr("Demo clinic with synthetic people only. Users: %1. Password: %2")
                             .arg(userNames.join(QStringLiteral(", ")), password));
    m_demoUsers->setVisible(!userNames.isEmpty());
}

void LoginPage::reset()
{
    m_password->clear();
    m_error->clear();
    m_error->hide();
    if (m_userName->text().isEmpty()) {
        m_userName->setFocus();
    } else {
        m_password->setFocus();
    }
}

void LoginPage::signIn()
{
    if (!m_signIn->isEnabled()) {
        return;
    }
    if (userName().isEmpty()) {
        showError(tr("Type your user name."));
        m_userName->setFocus();
        return;
    }
    QByteArray password = m_password->text().toUtf8();
    // Emptied before anything else happens, whatever the outcome.
    m_password->clear();
    if (password.isEmpty()) {
        showError(tr("Type your password."));
        return;
    }
    Q_EMIT signInRequested(userName(), password);
    wipe(password);
}

} // namespace forlop
