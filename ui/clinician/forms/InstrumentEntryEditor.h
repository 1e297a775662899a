#pragma once

#include "pathway/AssessmentPackage.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace forlop {

// Records one instrument at one timepoint: its status, the date it was completed and its scores (each checked
// against its range as it is typed, with the range shown), or the reason the patient declined it.
class InstrumentEntryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit InstrumentEntryEditor(QWidget* parent = nullptr);

    void setEntry(const Instrument& instrument, bool exampleCatalogue, const InstrumentResult& result,
                  const QDate& today, bool editable);
    void clearEntry();
    // The entry as filled in, or the first problem with it (translated) for scores out of range.
    [[nodiscard]] Result<InstrumentEntry> entry() const;
    // The score label as shown: the seeded example's labels translated, a clinic's own as written.
    [[nodiscard]] bool hasEntry() const { return m_instrument.id != 0; }
    [[nodiscard]] static QString scoreLabel(const ScoreField& field, bool exampleCatalogue);

Q_SIGNALS:
    void recordRequested();

private:
    void updateVisibility();
    void checkScores();

    Instrument m_instrument;
    bool m_example = false;
    Timepoint m_timepoint = Timepoint::Intake;
    QLabel* m_placeholder = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_title = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_status = nullptr;
    QDateEdit* m_completedOn = nullptr;
    QWidget* m_scoreBox = nullptr;
    QFormLayout* m_scoreForm = nullptr;
    QList<QLineEdit*> m_scores;
    QLabel* m_scoreProblem = nullptr;
    QPlainTextEdit* m_declineReason = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace forlop
