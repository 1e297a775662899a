#pragma once

#include "pathway/EligibilityAssessment.h"

#include <QWidget>
#include <optional>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace forlop {

class OnwardChoiceEditor;

// The clinician's decision on an open eligibility assessment: include or exclude with a rationale. A decision
// that differs from what the criteria give asks for the reason (a departure from the national standard); an
// exclusion asks where the patient is referred onward, or why nowhere.
class EligibilityDecisionForm : public QWidget
{
    Q_OBJECT

public:
    explicit EligibilityDecisionForm(const QDate& today, QWidget* parent = nullptr);

    // Follows the criteria until the clinician picks a decision; shows the override reason when they differ.
    void setDerived(std::optional<EligibilityDecision> derived);
    [[nodiscard]] std::optional<EligibilityDecision> decision() const;
    [[nodiscard]] bool isOverride() const;
    [[nodiscard]] EligibilityConclusion conclusion() const;

private:
    void updateVisibility();

    std::optional<EligibilityDecision> m_derived;
    bool m_chosen = false; // the clinician picked a decision, so the criteria no longer move it
    QRadioButton* m_include = nullptr;
    QRadioButton* m_exclude = nullptr;
    QPlainTextEdit* m_rationale = nullptr;
    QFrame* m_overrideNotice = nullptr;
    QLabel* m_overrideText = nullptr;
    QPlainTextEdit* m_overrideReason = nullptr;
    QWidget* m_onwardBox = nullptr;
    OnwardChoiceEditor* m_onward = nullptr;
};

} // namespace forlop
