#pragma once

#include "clinician/RecordPage.h"
#include "pathway/OnwardReferral.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace forlop {

class OnwardReferralEditor;
class UnmetNeedsBox;

// Onward referrals of the record (to whom, why, when, status), a new one, and the unmet needs that call for
// them.
class OnwardReferralPage : public RecordPage
{
    Q_OBJECT

public:
    OnwardReferralPage(Clinic& clinic, std::int64_t patientId, QWidget* parent = nullptr);

    void load() override;

private:
    void add();
    void changeStatus();
    void updateSelection();

    QList<OnwardReferral> m_referrals;
    QTreeWidget* m_list = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_statusButton = nullptr;
    OnwardReferralEditor* m_editor = nullptr;
    QPushButton* m_addButton = nullptr;
    QLabel* m_feedback = nullptr;
    UnmetNeedsBox* m_needs = nullptr;
};

} // namespace forlop
