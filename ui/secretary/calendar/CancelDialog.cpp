#include "secretary/calendar/CancelDialog.h"

#include "scheduling/Cancellation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace forlop {

CancelDialog::CancelDialog(const QString& appointmentText, CancelledBy by, Canceller cancel, QWidget* parent)
    : QDialog(parent), m_cancel(std::move(cancel))
{
    setObjectName(QStringLiteral("cancelDialog"));
    setWindowTitle(tr("Cancel appointment"));
    auto* what = new QLabel(appointmentText);
    what->setObjectName(QStringLiteral("cancelAppointmentLabel"));
    what->setWordWrap(true);
    m_byPatient = new QRadioButton(tr("The &patient called it off"));
    m_byPatient->setObjectName(QStringLiteral("cancelByPatientRadio"));
    m_byClinic = new QRadioButton(tr("The &clinic called it off"));
    m_byClinic->setObjectName(QStringLiteral("cancelByClinicRadio"));
    (by == CancelledBy::Patient ? m_byPatient : m_byClinic)->setChecked(true);
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("cancelReasonEdit"));
    m_reason->setMaxLength(Cancellation::MaxReasonLength);
    m_reason->setPlaceholderText(tr("For example: ill, travelling, clinician away"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("cancelErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto* note = new QLabel(tr("The time becomes free for others. The appointment stays on record as cancelled."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("Appointment:"), what);
    auto* who = new QVBoxLayout;
    who->addWidget(m_byPatient);
    who->addWidget(m_byClinic);
    form->addRow(tr("Who:"), who);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel the &appointment"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmCancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep it"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CancelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CancelDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_reason->setFocus();
}

void CancelDialog::accept()
{
    const CancelledBy by = m_byPatient->isChecked() ? CancelledBy::Patient : CancelledBy::Clinic;
    if (auto status = m_cancel(by, m_reason->text()); !status) {
        m_error->setText(status.error().message);
        m_error->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace forlop
