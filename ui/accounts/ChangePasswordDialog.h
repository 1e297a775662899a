#pragma once

#include "accounts/TaskDialog.h"

class QLineEdit;

namespace forlop {

class Clinic;
class NewPasswordFields;

// Every user's own password change: the current password (checked against the user's own entry in the key file)
// and the new one twice. Only this user's private key is re-wrapped; no other key changes.
class ChangePasswordDialog : public TaskDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(Clinic& clinic, QWidget* parent);

protected:
    void submit() override;
    void setFieldsEnabled(bool enabled) override;

private:
    Clinic& m_clinic;
    QLineEdit* m_current = nullptr;
    NewPasswordFields* m_password = nullptr;
};

} // namespace forlop
