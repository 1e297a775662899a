#pragma once

#include "Error.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace forlop {

// One follow-up entry on a signed duty-to-report record: what was done, and whether it closes the follow-up.
// `add` (DutyReports::addFollowUp) runs on OK; its error stays in the dialog.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    using Add = std::function<Status(const QString& text, bool closes)>;

    FollowUpDialog(Add add, bool closeByDefault, QWidget* parent = nullptr);

    void accept() override;

private:
    Add m_add;
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_closes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace forlop
