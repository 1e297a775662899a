#include "clinician/SignDialog.h"

#include "security/SecretBytes.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace forlop {

SignDialog::SignDialog(const QString& what, Sign sign, QWidget* parent)
    : QDialog(parent)
    , m_sign(std::move(sign))
{
    setObjectName(QStringLiteral("signDialog"));
    setWindowTitle(tr("Sign"));
    auto* text = new QLabel(tr("%1\n\nType your password to sign. A signed text cannot be changed afterwards; "
                               "corrections are made as signed addenda.")
                                .arg(what));
    text->setWordWrap(true);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("signPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("signErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void SignDialog::accept()
{
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = m_sign(password);
    QApplication::restoreOverrideCursor();
    wipe(password);
    if (!status) {
        m_error->setText(status.error().message);
        m_error->setVisible(true);
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace forlop
