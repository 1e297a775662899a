#pragma once

#include "clinician/RecordPage.h"

class QFrame;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace forlop {

class SessionProgressBar;
class SessionThemesEditor;

// The treatment plan of the record: the planned number of sessions (16–20 by the national advice; outside it a
// reason is asked for and recorded as a departure), the themes per session, the sessions counted against the
// plan, and the start of treatment (assessment → treatment).
class TreatmentPlanPage : public RecordPage
{
    Q_OBJECT

public:
    TreatmentPlanPage(Clinic& clinic, std::int64_t patientId, QWidget* parent = nullptr);

    void load() override;

private:
    void loadCounts();
    void loadStart(bool mayWrite);
    void updateRange();
    void save();
    void startTreatment();

    std::optional<int> m_savedSessions;
    QLabel* m_status = nullptr;
    QGroupBox* m_planBox = nullptr;
    QSpinBox* m_sessions = nullptr;
    QFrame* m_outsideNotice = nullptr;
    QPlainTextEdit* m_outsideReason = nullptr;
    SessionThemesEditor* m_themes = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_feedback = nullptr;

    QGroupBox* m_countsBox = nullptr;
    SessionProgressBar* m_progress = nullptr;
    QLabel* m_attended = nullptr;
    QLabel* m_cancelledByPatient = nullptr;
    QLabel* m_cancelledByClinic = nullptr;
    QLabel* m_noShows = nullptr;

    QGroupBox* m_startBox = nullptr;
    QFrame* m_packageNotice = nullptr;
    QPlainTextEdit* m_packageReason = nullptr;
    QPushButton* m_startButton = nullptr;
    QLabel* m_startFeedback = nullptr;
};

} // namespace forlop
