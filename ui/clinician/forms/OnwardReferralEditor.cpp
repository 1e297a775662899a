#include "clinician/forms/OnwardReferralEditor.h"

#include "clinician/forms/FormParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace forlop {

OnwardReferralEditor::OnwardReferralEditor(const QDate& today, QWidget* parent) : QWidget(parent), m_today(today)
{
    setObjectName(QStringLiteral("onwardReferralEditor"));
    m_recipient = new QComboBox;
    m_recipient->setObjectName(QStringLiteral("onwardRecipientCombo"));
    for (OnwardRecipient recipient : OnwardReferrals::recipients()) {
        m_recipient->addItem(OnwardReferrals::displayName(recipient), OnwardReferrals::id(recipient));
    }
    m_detail = new QLineEdit;
    m_detail->setObjectName(QStringLiteral("onwardDetailEdit"));
    m_detail->setPlaceholderText(tr("The service's name, e.g. the local DPS"));
    m_reason = FormParts::textBox(QStringLiteral("onwardReasonEdit"), tr("The needs the recipient is to meet"), 2);
    m_date = FormParts::dateField(QStringLiteral("onwardDateEdit"), today);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("onwardStatusCombo"));
    for (OnwardStatus status : {OnwardStatus::Planned, OnwardStatus::Sent, OnwardStatus::Accepted,
                                OnwardStatus::Declined, OnwardStatus::Cancelled}) {
        m_status->addItem(OnwardReferrals::displayName(status), OnwardReferrals::id(status));
    }

    auto* when = new QHBoxLayout;
    when->setContentsMargins(0, 0, 0, 0);
    when->addWidget(m_date);
    when->addSpacing(16);
    when->addWidget(new QLabel(tr("Status")));
    when->addWidget(m_status);
    when->addStretch(1);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Refer to"), m_recipient);
    form->addRow(tr("Service"), m_detail);
    form->addRow(tr("Why"), m_reason);
    form->addRow(tr("Date"), when);
}

NewOnwardReferral OnwardReferralEditor::referral() const
{
    NewOnwardReferral referral;
    referral.recipient =
        OnwardReferrals::recipientFromId(m_recipient->currentData().toString()).value_or(OnwardRecipient::Other);
    referral.recipientDetail = m_detail->text().trimmed();
    referral.reason = m_reason->toPlainText().trimmed();
    referral.referredOn = m_date->date();
    referral.status = OnwardReferrals::statusFromId(m_status->currentData().toString()).value_or(OnwardStatus::Planned);
    return referral;
}

void OnwardReferralEditor::reset(const QDate& today)
{
    m_today = today;
    FormParts::setToday(m_date, today);
    clear();
}

void OnwardReferralEditor::clear()
{
    m_recipient->setCurrentIndex(0);
    m_detail->clear();
    m_reason->clear();
    m_date->setDate(m_today);
    m_status->setCurrentIndex(0);
}

} // namespace forlop
