#pragma once

#include "pathway/Referral.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace forlop {

// The first step of a phone intake: who is calling (all optional, the caller may stay anonymous), how to reach them,
// where they come from, how urgent it is, and the reason, which is sealed to the clinicians when saved.
class IntakeForm : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeForm(QWidget* parent = nullptr);

    void setPseudonym(const QString& pseudonym);
    // What was entered, as a new referral received today.
    [[nodiscard]] NewReferral referral(const QDate& today) const;
    void showError(const QString& message);
    // The reason is gone from the screen once saved: nobody at the desk reads it again.
    void clearReason();
    [[nodiscard]] QWidget* firstField() const;

private:
    void updateMessagesBox();

    QLabel* m_pseudonym = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QCheckBox* m_mayLeaveMessages = nullptr;
    QLineEdit* m_contactTimes = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_referrer = nullptr;
    QCheckBox* m_urgent = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace forlop
