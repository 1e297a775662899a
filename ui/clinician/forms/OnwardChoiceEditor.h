#pragma once

#include "pathway/OnwardReferral.h"

#include <QWidget>

class QPlainTextEdit;
class QRadioButton;

namespace forlop {

class OnwardReferralEditor;

// What follows an exclusion or an unmet need: refer the patient onward, or write why there is no onward
// referral. The standard expects one or the other; core refuses neither.
class OnwardChoiceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OnwardChoiceEditor(const QDate& today, QWidget* parent = nullptr);

    [[nodiscard]] OnwardChoice choice() const;
    [[nodiscard]] bool refers() const;
    void clear();
    void reset(const QDate& today);

private:
    void updateVisibility();

    QRadioButton* m_refer = nullptr;
    QRadioButton* m_none = nullptr;
    OnwardReferralEditor* m_editor = nullptr;
    QPlainTextEdit* m_noneReason = nullptr;
};

} // namespace forlop
