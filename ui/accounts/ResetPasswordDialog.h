#pragma once

#include "accounts/TaskDialog.h"

namespace forlop {

class Clinic;
class NewPasswordFields;

// An administrator sets a new password for someone who forgot theirs. The user gets a new key pair, so one who
// read clinical records must be granted access again by a unit leader; the dialog warns when that applies.
class ResetPasswordDialog : public TaskDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(Clinic& clinic, const QString& userName, bool losesClinicalAccess, QWidget* parent);

Q_SIGNALS:
    void passwordReset(const QString& userName);

protected:
    void submit() override;
    void setFieldsEnabled(bool enabled) override;

private:
    Clinic& m_clinic;
    QString m_userName;
    NewPasswordFields* m_password = nullptr;
};

} // namespace forlop
