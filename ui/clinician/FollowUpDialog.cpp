#include "clinician/FollowUpDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace forlop {

FollowUpDialog::FollowUpDialog(Add add, bool closeByDefault, QWidget* parent)
    : QDialog(parent)
    , m_add(std::move(add))
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Follow-up"));
    auto* text = new QLabel(tr("What was done to follow up the duty-to-report record:"));
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("followUpTextEdit"));
    m_text->setTabChangesFocus(true);
    m_closes = new QCheckBox(tr("This closes the follow-up"));
    m_closes->setObjectName(QStringLiteral("followUpClosesCheck"));
    m_closes->setChecked(closeByDefault);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("followUpErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("followUpOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_text);
    layout->addWidget(m_closes);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, 280);
}

void FollowUpDialog::accept()
{
    if (auto status = m_add(m_text->toPlainText(), m_closes->isChecked()); !status) {
        m_error->setText(status.error().message);
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace forlop
