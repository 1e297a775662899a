#pragma once

#include "clinician/RecordPage.h"

class QLabel;
class QPlainTextEdit;

namespace forlop {

// The referral as registered: when, through which channel, from whom, how urgent, the first appointment
// offered, and the reason (clinical; reading it is audited).
class ReferralPage : public RecordPage
{
    Q_OBJECT

public:
    ReferralPage(Clinic& clinic, std::int64_t patientId, QWidget* parent = nullptr);

    void load() override;

private:
    QLabel* m_received = nullptr;
    QLabel* m_channel = nullptr;
    QLabel* m_referrer = nullptr;
    QLabel* m_urgency = nullptr;
    QLabel* m_firstOffered = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

} // namespace forlop
