#include "accounts/TaskDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace forlop {

QLabel* errorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    label->setPalette(palette);
    label->hide();
    return label;
}

TaskDialog::TaskDialog(const QString& acceptText, QWidget* parent) : QDialog(parent), m_task(new BackgroundTask(this))
{
    m_body = new QVBoxLayout;
    m_body->setSpacing(10);
    m_error = errorLabel(QStringLiteral("errorLabel"));

    m_busyLabel = new QLabel;
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyBar = new QProgressBar;
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(140);
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel, 1);
    busyRow->addWidget(m_busyBar);
    m_busyLabel->hide();
    m_busyBar->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_accept = m_buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(m_body);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(busyRow);
    layout->addWidget(m_buttons);
}

void TaskDialog::accept()
{
    if (isBusy()) {
        return;
    }
    showError(QString());
    submit();
}

void TaskDialog::reject()
{
    // Not while the step runs: it holds the clinic, and its result must be shown.
    if (!isBusy()) {
        QDialog::reject();
    }
}

void TaskDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TaskDialog::setBusy(bool busy, const QString& text)
{
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    m_buttons->setEnabled(!busy);
    setFieldsEnabled(!busy);
}

} // namespace forlop
