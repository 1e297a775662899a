#include "clinician/BreakGlassDialog.h"

#include "access/PatientAccess.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace forlop {

BreakGlassDialog::BreakGlassDialog(Grant grant, QWidget* parent)
    : QDialog(parent)
    , m_grant(std::move(grant))
{
    setObjectName(QStringLiteral("breakGlassDialog"));
    setWindowTitle(tr("Emergency access"));

    auto* heading = new QLabel(tr("This patient is not allocated to you"));
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    auto* explanation = new QLabel(
        tr("You may open the record in an emergency if you need it to give the patient health care now. Write why. "
           "The reason is stored with everything you open during the next %n hours. The patient can read it in "
           "their access log, and the unit leader reviews every emergency access.",
           nullptr, PatientAccess::EmergencyHours));
    explanation->setWordWrap(true);

    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("breakGlassReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why you need the record now"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 5);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("breakGlassCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("breakGlassErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open with emergency access"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("breakGlassOkButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BreakGlassDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BreakGlassDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &BreakGlassDialog::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_reason);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    updateCount();
}

void BreakGlassDialog::updateCount()
{
    const auto length = m_reason->toPlainText().simplified().size();
    const int minimum = PatientAccess::MinimumReasonLength;
    m_count->setText(length < minimum ? tr("At least %n characters; %1 so far.", nullptr, minimum).arg(length)
                                      : tr("%n characters.", nullptr, static_cast<int>(length)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(length >= minimum);
}

void BreakGlassDialog::accept()
{
    if (auto status = m_grant(m_reason->toPlainText()); !status) {
        m_error->setText(status.error().message);
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace forlop
