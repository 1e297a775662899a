#pragma once

#include "pathway/RegistryConsent.h"

#include <QGroupBox>
#include <cstdint>

class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace forlop {

class Clinic;

// The patient's consent to the national quality registry (KvaSO): the current status, its dated history and
// the next steps the rules allow (informed; then consented or declined; a consent can be withdrawn, finally).
class RegistryConsentBox : public QGroupBox
{
    Q_OBJECT

public:
    RegistryConsentBox(Clinic& clinic, std::int64_t patientId, QWidget* parent = nullptr);

    // Reads the history through core (audited there); an empty string or the error.
    QString load();

Q_SIGNALS:
    void changed();

private:
    void record(RegistryStatus status);
    void confirmWithdrawal();
    void updateActions();

    Clinic& m_clinic;
    std::int64_t m_patientId;
    QList<RegistryConsentEvent> m_history;
    QLabel* m_current = nullptr;
    QTreeWidget* m_list = nullptr;
    QDateEdit* m_date = nullptr;
    QPushButton* m_informed = nullptr;
    QPushButton* m_consented = nullptr;
    QPushButton* m_declined = nullptr;
    QPushButton* m_withdrawn = nullptr;
    QLabel* m_feedback = nullptr;
};

} // namespace forlop
