#include "clinician/forms/EligibilityDecisionForm.h"

#include "clinician/forms/FormParts.h"
#include "clinician/forms/OnwardChoiceEditor.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace forlop {

EligibilityDecisionForm::EligibilityDecisionForm(const QDate& today, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("eligibilityDecisionForm"));
    m_include = new QRadioButton(EligibilityCriteria::displayName(EligibilityDecision::Include));
    m_include->setObjectName(QStringLiteral("decisionIncludeRadio"));
    m_exclude = new QRadioButton(EligibilityCriteria::displayName(EligibilityDecision::Exclude));
    m_exclude->setObjectName(QStringLiteral("decisionExcludeRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_include);
    group->addButton(m_exclude);
    connect(group, &QButtonGroup::buttonClicked, this, [this] {
        m_chosen = true;
        updateVisibility();
    });

    m_rationale = FormParts::textBox(QStringLiteral("rationaleEdit"), tr("What the decision rests on"), 2);

    m_overrideNotice = FormParts::notice({}, QStringLiteral("overrideNotice"), &m_overrideText);
    m_overrideReason =
        FormParts::textBox(QStringLiteral("overrideReasonEdit"), tr("Why the decision differs from the criteria"), 2);

    m_onward = new OnwardChoiceEditor(today);
    m_onwardBox = new QWidget;
    auto* onwardLayout = new QVBoxLayout(m_onwardBox);
    onwardLayout->setContentsMargins(0, 0, 0, 0);
    onwardLayout->addWidget(FormParts::hint(tr("An exclusion needs an onward referral, or the reason why there is "
                                               "none.")));
    onwardLayout->addWidget(m_onward);

    auto* choices = new QHBoxLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    choices->setSpacing(24);
    choices->addWidget(m_include);
    choices->addWidget(m_exclude);
    choices->addStretch(1);

    auto* overrideBox = new QWidget;
    auto* overrideLayout = new QVBoxLayout(overrideBox);
    overrideLayout->setContentsMargins(0, 0, 0, 0);
    overrideLayout->addWidget(m_overrideNotice);
    overrideLayout->addWidget(m_overrideReason);
    overrideBox->setObjectName(QStringLiteral("overrideBox"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Decision"), choices);
    form->addRow(tr("Rationale"), m_rationale);
    form->addRow(tr("Departure"), overrideBox);
    form->addRow(tr("Onward"), m_onwardBox);
    updateVisibility();
}

void EligibilityDecisionForm::setDerived(std::optional<EligibilityDecision> derived)
{
    m_derived = derived;
    if (!m_chosen && derived) {
        (*derived == EligibilityDecision::Include ? m_include : m_exclude)->setChecked(true);
    }
    updateVisibility();
}

std::optional<EligibilityDecision> EligibilityDecisionForm::decision() const
{
    if (m_include->isChecked()) {
        return EligibilityDecision::Include;
    }
    if (m_exclude->isChecked()) {
        return EligibilityDecision::Exclude;
    }
    return std::nullopt;
}

bool EligibilityDecisionForm::isOverride() const
{
    const auto chosen = decision();
    return chosen && m_derived && *chosen != *m_derived;
}

EligibilityConclusion EligibilityDecisionForm::conclusion() const
{
    EligibilityConclusion conclusion;
    conclusion.decision = decision().value_or(EligibilityDecision::Include);
    conclusion.rationale = m_rationale->toPlainText().trimmed();
    if (isOverride()) {
        conclusion.overrideReason = m_overrideReason->toPlainText().trimmed();
    }
    if (conclusion.decision == EligibilityDecision::Exclude) {
        conclusion.onward = m_onward->choice();
    }
    return conclusion;
}

void EligibilityDecisionForm::updateVisibility()
{
    auto* form = static_cast<QFormLayout*>(layout());
    const bool overriding = isOverride();
    if (overriding) {
        m_overrideText->setText(
            tr("The criteria give \"%1\", the decision is \"%2\". Write why: the decision is recorded as a "
               "departure from the national standard (a deviation), counted in the fidelity figures.")
                .arg(EligibilityCriteria::displayName(*m_derived), EligibilityCriteria::displayName(*decision())));
    }
    form->setRowVisible(m_overrideReason->parentWidget(), overriding);
    form->setRowVisible(m_onwardBox, decision() == EligibilityDecision::Exclude);
}

} // namespace forlop
