#pragma once

#include "Error.h"
#include "scheduling/Appointment.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace forlop {

// Asks who called an appointment off and why (the reason is administrative: "ill", "the clinician is away"), then
// hands both to `cancel`; a refusal is shown in the dialog, which stays open.
class CancelDialog : public QDialog
{
    Q_OBJECT

public:
    using Canceller = std::function<Status(CancelledBy by, const QString& reason)>;

    CancelDialog(const QString& appointmentText, CancelledBy by, Canceller cancel, QWidget* parent = nullptr);

    void accept() override;

private:
    Canceller m_cancel;
    QRadioButton* m_byPatient = nullptr;
    QRadioButton* m_byClinic = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace forlop
