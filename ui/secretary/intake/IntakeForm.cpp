#include "secretary/intake/IntakeForm.h"

#include "pathway/IdentityRules.h"
#include "pathway/Referrals.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace forlop {

IntakeForm::IntakeForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("intakeForm"));

    m_pseudonym = new QLabel;
    m_pseudonym->setObjectName(QStringLiteral("pseudonymLabel"));
    m_pseudonym->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_pseudonym->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_pseudonym->setFont(big);
    auto* pseudonymNote = new QLabel(tr("given when saved; the caller can quote it"));
    pseudonymNote->setForegroundRole(QPalette::PlaceholderText);
    auto* pseudonymRow = new QHBoxLayout;
    pseudonymRow->addWidget(m_pseudonym);
    pseudonymRow->addSpacing(8);
    pseudonymRow->addWidget(pseudonymNote, 1);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(IdentityRules::MaxNameLength);
    m_name->setPlaceholderText(tr("Optional: the caller may stay anonymous"));
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setMaxLength(IdentityRules::MaxPhoneLength);
    m_phone->setPlaceholderText(tr("Optional"));
    m_mayLeaveMessages = new QCheckBox(tr("&Messages may be left on this phone"));
    m_mayLeaveMessages->setObjectName(QStringLiteral("mayLeaveMessagesCheckBox"));
    m_mayLeaveMessages->setToolTip(tr("Only tick this when the caller said so: someone else may hear a voicemail or "
                                      "read a text message."));
    m_contactTimes = new QLineEdit;
    m_contactTimes->setObjectName(QStringLiteral("contactTimesEdit"));
    m_contactTimes->setMaxLength(IdentityRules::MaxTextLength);
    m_contactTimes->setPlaceholderText(tr("For example: weekdays after 16:00"));

    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("channelComboBox"));
    for (ReferralChannel channel : ReferralCodes::channels()) {
        m_channel->addItem(ReferralCodes::displayName(channel), int(channel));
    }
    m_channel->setCurrentIndex(m_channel->findData(int(ReferralChannel::Phone)));
    m_referrer = new QLineEdit;
    m_referrer->setObjectName(QStringLiteral("referrerEdit"));
    m_referrer->setMaxLength(Referrals::MaxOrganisationLength);
    m_referrer->setPlaceholderText(tr("Organisation that referred, if any"));
    m_urgent = new QCheckBox(tr("&Urgent: offer the first free time"));
    m_urgent->setObjectName(QStringLiteral("urgentCheckBox"));

    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("In the caller's own words, if they want to say"));
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 7 + 12);
    // Said where it cannot be missed: once saved, nobody at the desk can read the reason again.
    auto* sealed = new QLabel(tr("Written encrypted to the clinicians — you cannot read it back after saving."));
    sealed->setObjectName(QStringLiteral("reasonSealedLabel"));
    sealed->setWordWrap(true);
    sealed->setMargin(6);
    sealed->setAutoFillBackground(true);
    QPalette notice = sealed->palette();
    notice.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd8));
    notice.setColor(QPalette::WindowText, QColor(0x5c, 0x45, 0x00));
    sealed->setPalette(notice);
    sealed->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("intakeErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(8);
    form->addRow(tr("Reference:"), pseudonymRow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_mayLeaveMessages);
    form->addRow(tr("Best time to &call:"), m_contactTimes);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Referred by:"), m_referrer);
    form->addRow(tr("Urgency:"), m_urgent);
    form->addRow(tr("Reas&on for contact:"), m_reason);
    form->addRow(QString(), sealed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);

    setTabOrder(m_name, m_phone);
    setTabOrder(m_phone, m_mayLeaveMessages);
    setTabOrder(m_mayLeaveMessages, m_contactTimes);
    setTabOrder(m_contactTimes, m_channel);
    setTabOrder(m_channel, m_referrer);
    setTabOrder(m_referrer, m_urgent);
    setTabOrder(m_urgent, m_reason);

    connect(m_phone, &QLineEdit::textChanged, this, &IntakeForm::updateMessagesBox);
    updateMessagesBox();
}

void IntakeForm::updateMessagesBox()
{
    const bool hasPhone = !m_phone->text().trimmed().isEmpty();
    m_mayLeaveMessages->setEnabled(hasPhone);
    if (!hasPhone) {
        m_mayLeaveMessages->setChecked(false);
    }
}

void IntakeForm::setPseudonym(const QString& pseudonym)
{
    m_pseudonym->setText(pseudonym);
}

NewReferral IntakeForm::referral(const QDate& today) const
{
    NewReferral referral;
    referral.receivedOn = today;
    referral.channel = ReferralChannel(m_channel->currentData().toInt());
    referral.referrerOrganisation = m_referrer->text().trimmed();
    referral.urgency = m_urgent->isChecked() ? Urgency::Urgent : Urgency::Normal;
    referral.reason = m_reason->toPlainText().trimmed();
    referral.identity.name = m_name->text().trimmed();
    referral.identity.phone = m_phone->text().trimmed();
    referral.identity.mayLeaveMessages = m_mayLeaveMessages->isChecked();
    referral.identity.preferredContactTimes = m_contactTimes->text().trimmed();
    return referral;
}

void IntakeForm::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void IntakeForm::clearReason()
{
    m_reason->clear();
}

QWidget* IntakeForm::firstField() const
{
    return m_name;
}

} // namespace forlop
