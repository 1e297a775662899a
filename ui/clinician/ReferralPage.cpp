#include "clinician/ReferralPage.h"

#include "clinician/DisplayTime.h"
#include "pathway/Referrals.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace forlop {

namespace {

QLabel* value(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ReferralPage::ReferralPage(Clinic& clinic, std::int64_t patientId, QWidget* parent)
    : RecordPage(clinic, patientId, parent)
{
    setObjectName(QStringLiteral("referralPage"));
    m_received = value(QStringLiteral("referralReceivedLabel"));
    m_channel = value(QStringLiteral("referralChannelLabel"));
    m_referrer = value(QStringLiteral("referralReferrerLabel"));
    m_urgency = value(QStringLiteral("referralUrgencyLabel"));
    m_firstOffered = value(QStringLiteral("referralFirstOfferedLabel"));
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("referralReasonEdit"));
    m_reason->setReadOnly(true);
    m_reason->setBackgroundRole(QPalette::Window);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(4, 12, 4, 4);
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(8);
    form->addRow(tr("Received:"), m_received);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Referrer:"), m_referrer);
    form->addRow(tr("Urgency:"), m_urgency);
    form->addRow(tr("First appointment offered:"), m_firstOffered);
    form->addRow(tr("Reason for referral:"), m_reason);
}

void ReferralPage::load()
{
    auto referral = Referrals::get(clinic(), patientId());
    if (!referral) {
        Q_EMIT errorOccurred(referral.error().message);
        return;
    }
    m_received->setText(displaytime::date(referral->receivedOn));
    m_channel->setText(ReferralCodes::displayName(referral->channel));
    m_referrer->setText(referral->referrerOrganisation.isEmpty() ? tr("Not given") : referral->referrerOrganisation);
    m_urgency->setText(ReferralCodes::displayName(referral->urgency));
    m_firstOffered->setText(referral->firstOfferedOn ? displaytime::date(*referral->firstOfferedOn)
                                                     : tr("Not yet"));
    auto reason = Referrals::reason(clinic(), patientId());
    if (!reason) {
        Q_EMIT errorOccurred(reason.error().message);
        return;
    }
    m_reason->setPlainText(reason->isEmpty() ? tr("No reason was written.") : *reason);
}

} // namespace forlop
