#pragma once

#include "pathway/EligibilityAssessment.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace forlop {

// The conclusion of a completed eligibility assessment, read-only: the decision, what the criteria gave, the
// rationale, the reason for a departure from the standard, and the onward referral or the reason for none.
class EligibilityOutcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit EligibilityOutcomeView(QWidget* parent = nullptr);

    // onward: the referral the exclusion made, when there is one.
    void show(const EligibilityRecord& record, const std::optional<OnwardReferral>& onward, const QString& assessor);

private:
    QFormLayout* m_form = nullptr;
    QLabel* m_decision = nullptr;
    QLabel* m_derived = nullptr;
    QLabel* m_rationale = nullptr;
    QLabel* m_override = nullptr;
    QLabel* m_onward = nullptr;
    QLabel* m_completed = nullptr;
};

} // namespace forlop
