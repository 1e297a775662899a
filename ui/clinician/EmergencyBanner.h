#pragma once

#include <QFrame>

class QLabel;

namespace forlop {

// The red bar shown while the user reads a record through emergency access ("break the glass"): the user must
// not forget that this access is logged with their reason, shown to the patient and reviewed.
class EmergencyBanner : public QFrame
{
    Q_OBJECT

public:
    explicit EmergencyBanner(QWidget* parent = nullptr);

    void setReason(const QString& reason);

private:
    QLabel* m_text = nullptr;
};

} // namespace forlop
