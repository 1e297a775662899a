#pragma once

#include "Error.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace forlop {

// "Break the glass": the reason for opening a record that is not allocated to the user. Says plainly that the
// patient can read the reason and that the unit leader reviews it. `grant` (PatientAccess::breakGlass) runs on
// OK; its error stays in the dialog and nothing is granted.
class BreakGlassDialog : public QDialog
{
    Q_OBJECT

public:
    using Grant = std::function<Status(const QString& reason)>;

    BreakGlassDialog(Grant grant, QWidget* parent = nullptr);

    void accept() override;

private:
    void updateCount();

    Grant m_grant;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace forlop
