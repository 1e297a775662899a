#include "clinician/forms/OnwardChoiceEditor.h"

#include "clinician/forms/FormParts.h"
#include "clinician/forms/OnwardReferralEditor.h"

#include <QButtonGroup>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace forlop {

OnwardChoiceEditor::OnwardChoiceEditor(const QDate& today, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("onwardChoiceEditor"));
    m_refer = new QRadioButton(tr("Refer the patient onward"));
    m_refer->setObjectName(QStringLiteral("referOnwardRadio"));
    m_none = new QRadioButton(tr("No onward referral"));
    m_none->setObjectName(QStringLiteral("noOnwardRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_refer);
    group->addButton(m_none);
    m_refer->setChecked(true);

    m_editor = new OnwardReferralEditor(today);
    m_noneReason = FormParts::textBox(QStringLiteral("noOnwardReasonEdit"),
                                      tr("Why there is no onward referral (e.g. the patient declined)"), 2);

    auto* choices = new QHBoxLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    choices->setSpacing(24);
    choices->addWidget(m_refer);
    choices->addWidget(m_none);
    choices->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addWidget(m_editor);
    layout->addWidget(m_noneReason);

    connect(m_refer, &QRadioButton::toggled, this, &OnwardChoiceEditor::updateVisibility);
    updateVisibility();
}

OnwardChoice OnwardChoiceEditor::choice() const
{
    OnwardChoice choice;
    if (m_refer->isChecked()) {
        choice.referral = m_editor->referral();
    } else {
        choice.noReferralReason = m_noneReason->toPlainText().trimmed();
    }
    return choice;
}

bool OnwardChoiceEditor::refers() const
{
    return m_refer->isChecked();
}

void OnwardChoiceEditor::clear()
{
    m_refer->setChecked(true);
    m_editor->clear();
    m_noneReason->clear();
}

void OnwardChoiceEditor::reset(const QDate& today)
{
    m_editor->reset(today);
    clear();
}

void OnwardChoiceEditor::updateVisibility()
{
    m_editor->setVisible(m_refer->isChecked());
    m_noneReason->setVisible(m_none->isChecked());
}

} // namespace forlop
