#include "clinician/forms/EligibilityOutcomeView.h"

#include "clinician/forms/FormParts.h"

#include <QFormLayout>
#include <QLabel>

namespace forlop {

namespace {

QLabel* value(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

EligibilityOutcomeView::EligibilityOutcomeView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("eligibilityOutcomeView"));
    m_decision = value(QStringLiteral("finalDecisionLabel"));
    QFont bold = m_decision->font();
    bold.setBold(true);
    m_decision->setFont(bold);
    m_derived = value(QStringLiteral("outcomeDerivedLabel"));
    m_rationale = value(QStringLiteral("outcomeRationaleLabel"));
    m_override = value(QStringLiteral("outcomeOverrideLabel"));
    m_onward = value(QStringLiteral("outcomeOnwardLabel"));
    m_completed = value(QStringLiteral("outcomeCompletedLabel"));

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("Decision"), m_decision);
    m_form->addRow(tr("By the criteria"), m_derived);
    m_form->addRow(tr("Rationale"), m_rationale);
    m_form->addRow(tr("Departure"), m_override);
    m_form->addRow(tr("Onward"), m_onward);
    m_form->addRow(tr("Completed"), m_completed);
}

void EligibilityOutcomeView::show(const EligibilityRecord& record, const std::optional<OnwardReferral>& onward,
                                  const QString& assessor)
{
    m_decision->setText(record.finalDecision ? EligibilityCriteria::displayName(*record.finalDecision) : QString());
    m_derived->setText(record.derivedDecision ? EligibilityCriteria::displayName(*record.derivedDecision) : QString());
    m_rationale->setText(record.rationale);
    m_override->setText(tr("Recorded as a departure from the national standard: %1").arg(record.overrideReason));
    m_form->setRowVisible(m_override, record.isOverride());

    const bool excluded = record.finalDecision == EligibilityDecision::Exclude;
    if (onward) {
        const QString recipient =
            onward->recipientDetail.isEmpty()
                ? OnwardReferrals::displayName(onward->recipient)
                //: the kind of service, then its name
                : tr("%1: %2").arg(OnwardReferrals::displayName(onward->recipient), onward->recipientDetail);
        //: %1 the recipient, %2 the date, %3 the status, %4 why
        m_onward->setText(tr("Referred to %1 on %2 (status: %3).\nWhy: %4")
                              .arg(recipient, FormParts::date(onward->referredOn),
                                   OnwardReferrals::displayName(onward->status), onward->reason));
    } else {
        m_onward->setText(tr("No onward referral: %1").arg(record.noOnwardReferralReason));
    }
    m_form->setRowVisible(m_onward, excluded);
    //: %1 date and time, %2 the clinician
    m_completed->setText(
        tr("%1 by %2").arg(record.completedAt ? FormParts::dateTime(*record.completedAt) : QString(), assessor));
}

} // namespace forlop
