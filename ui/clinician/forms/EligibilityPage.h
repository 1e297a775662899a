#pragma once

#include "clinician/RecordPage.h"

class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace forlop {

class EligibilityCriteriaForm;
class EligibilityDecisionForm;
class EligibilityOutcomeView;

// The eligibility assessment of the record, built from the criteria version the assessment was started with:
// starts it for a patient on the waiting list, saves the answers, shows the derived decision live and completes
// the assessment (include → included, exclude → excluded) through core. A completed assessment is read-only.
class EligibilityPage : public RecordPage
{
    Q_OBJECT

public:
    EligibilityPage(Clinic& clinic, std::int64_t patientId, QWidget* parent = nullptr);

    void load() override;

private:
    void start();
    bool saveAnswers();
    void complete();
    void showOpen(bool editable);
    void setDecisionWidget(QWidget* widget);

    QLabel* m_status = nullptr;
    QPushButton* m_startButton = nullptr;
    QGroupBox* m_criteriaBox = nullptr;
    QGroupBox* m_decisionBox = nullptr;
    EligibilityCriteriaForm* m_criteria = nullptr;
    EligibilityDecisionForm* m_decision = nullptr;
    EligibilityOutcomeView* m_outcome = nullptr;
    QWidget* m_buttons = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_completeButton = nullptr;
    QLabel* m_feedback = nullptr;
};

} // namespace forlop
