#pragma once

#include "pathway/OnwardReferral.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace forlop {

// The fields of one onward referral: to whom (the kind of service and its name), why, when and its status.
// Used on its own on the onward referral page and inside OnwardChoiceEditor (exclusion, unmet needs).
class OnwardReferralEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OnwardReferralEditor(const QDate& today, QWidget* parent = nullptr);

    [[nodiscard]] NewOnwardReferral referral() const;
    void clear();
    // Cleared, dated today (the clinic's today may have moved on since the editor was made).
    void reset(const QDate& today);

private:
    QDate m_today;
    QComboBox* m_recipient = nullptr;
    QLineEdit* m_detail = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_status = nullptr;
};

} // namespace forlop
