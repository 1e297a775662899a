#pragma once

#include "pathway/UnmetNeed.h"

#include <QGroupBox>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace forlop {

class Clinic;
class OnwardChoiceEditor;

// Needs this service does not cover, found during assessment or treatment. Each open need is followed up with
// an onward referral or the reason why there is none; a need left open is a departure from the standard.
class UnmetNeedsBox : public QGroupBox
{
    Q_OBJECT

public:
    UnmetNeedsBox(Clinic& clinic, std::int64_t patientId, QWidget* parent = nullptr);

    // Reads the needs through core (audited there); an empty string or the error.
    QString load();

Q_SIGNALS:
    void changed();

private:
    void addNeed();
    void followUp();
    void updateSelection();

    Clinic& m_clinic;
    std::int64_t m_patientId;
    QList<UnmetNeed> m_needs;
    QTreeWidget* m_list = nullptr;
    QDateEdit* m_foundOn = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPushButton* m_addButton = nullptr;
    QWidget* m_followUpBox = nullptr;
    QLabel* m_followUpTitle = nullptr;
    OnwardChoiceEditor* m_choice = nullptr;
    QPushButton* m_followUpButton = nullptr;
    QLabel* m_feedback = nullptr;
};

} // namespace forlop
