#pragma once

#include "accounts/TaskDialog.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;

namespace forlop {

class Clinic;
class NewPasswordFields;
enum class Role;

// An administrator's new account: user name, full name, roles, profession and HPR number for a clinician,
// and an initial password typed twice. Creating it derives a key (about half a second), off the UI thread.
// A new clinician waits for a unit leader to grant the clinical key; the dialog says so.
class AddUserDialog : public TaskDialog
{
    Q_OBJECT

public:
    AddUserDialog(Clinic& clinic, QWidget* parent);

Q_SIGNALS:
    void userAdded(const QString& userName);

protected:
    void submit() override;
    void setFieldsEnabled(bool enabled) override;

private:
    void updateClinicianRows();

    Clinic& m_clinic;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_fullName = nullptr;
    QMap<Role, QCheckBox*> m_roles;
    QComboBox* m_profession = nullptr;
    QLineEdit* m_hpr = nullptr;
    QLabel* m_clinicalNote = nullptr;
    NewPasswordFields* m_password = nullptr;
};

} // namespace forlop
