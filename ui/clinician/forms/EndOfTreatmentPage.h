#pragma once

#include "clinician/RecordPage.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QFrame;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace forlop {

class OutcomeMeasuresTable;

// The end of treatment and the outcome: the reason, the sessions delivered, the outcome measures at start and
// end side by side, and the follow-up date; once ended, the record of it and the start of the follow-up.
class EndOfTreatmentPage : public RecordPage
{
    Q_OBJECT

public:
    EndOfTreatmentPage(Clinic& clinic, std::int64_t patientId, QWidget* parent = nullptr);

    void load() override;

private:
    void loadOutcome(bool editableEnd);
    void loadEnded(bool mayWrite, bool followingUp);
    void updateShortfall();
    void end();
    void startFollowUp();

    int m_attended = 0;
    QLabel* m_status = nullptr;
    QGroupBox* m_endBox = nullptr;
    QFormLayout* m_endForm = nullptr;
    QComboBox* m_reason = nullptr;
    QDateEdit* m_endedOn = nullptr;
    QLabel* m_sessions = nullptr;
    QFrame* m_shortfall = nullptr;
    QPlainTextEdit* m_narrative = nullptr;
    QCheckBox* m_followUpPlanned = nullptr;
    QDateEdit* m_followUpOn = nullptr;
    QPushButton* m_endButton = nullptr;
    QLabel* m_feedback = nullptr;

    QGroupBox* m_outcomeBox = nullptr;
    OutcomeMeasuresTable* m_outcome = nullptr;
    QLabel* m_outcomeHint = nullptr;

    QGroupBox* m_endedBox = nullptr;
    QFormLayout* m_endedForm = nullptr;
    QLabel* m_endedReason = nullptr;
    QLabel* m_endedSessions = nullptr;
    QLabel* m_endedFollowUp = nullptr;
    QLabel* m_endedNarrative = nullptr;
    QWidget* m_followUpRow = nullptr;
    QDateEdit* m_followUpStart = nullptr;
    QPushButton* m_followUpButton = nullptr;
    QLabel* m_followUpFeedback = nullptr;
};

} // namespace forlop
