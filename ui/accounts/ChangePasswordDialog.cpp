#include "accounts/ChangePasswordDialog.h"

#include "accounts/NewPasswordFields.h"
#include "accounts/UserAdmin.h"
#include "clinic/Clinic.h"
#include "security/KeySlot.h"
#include "security/SecretBytes.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace forlop {

ChangePasswordDialog::ChangePasswordDialog(Clinic& clinic, QWidget* parent)
    : TaskDialog(tr("&Change password"), parent), m_clinic(clinic)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change my password"));

    auto* intro = new QLabel(tr("Signed in as %1. Your new password is used from the next time you sign in.")
                                 .arg(clinic.session().userName));
    intro->setWordWrap(true);
    body()->addWidget(intro);

    m_current = newSecretEdit(QStringLiteral("currentPasswordEdit"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("C&urrent password:"), m_current);
    m_password = new NewPasswordFields(QStringLiteral("new"), form, this);
    body()->addLayout(form);
    setMinimumWidth(460);
}

void ChangePasswordDialog::setFieldsEnabled(bool enabled)
{
    m_current->setEnabled(enabled);
    m_password->setEnabled(enabled);
}

void ChangePasswordDialog::submit()
{
    if (m_current->text().isEmpty()) {
        showError(tr("Type your current password."));
        m_current->setFocus();
        return;
    }
    if (!m_password->matches()) {
        showError(tr("The two new passwords differ."));
        return;
    }
    Clinic& clinic = m_clinic;
    run(
        tr("Changing your password…"),
        [&clinic, current = m_current->text().toUtf8(), secret = m_password->password()]() mutable -> Status {
            // The session is open already; the current password is asked again so that someone at an unlocked
            // screen cannot take the account over.
            const KeyringEntry* entry = clinic.keyring().find(clinic.session().userName);
            Status status;
            if (!entry) {
                status = fail(ErrorCode::NotFound, tr("Your entry in the key file is missing."));
            } else if (auto unlocked = KeySlot::unlock(clinic.keyring().clinicId, *entry, current); !unlocked) {
                status = unlocked.error().code == ErrorCode::AuthenticationFailed
                             ? fail(ErrorCode::AuthenticationFailed, tr("The current password is wrong."))
                             : Status(std::unexpected(unlocked.error()));
            } else {
                status = UserAdmin::changeOwnPassword(clinic, secret);
            }
            wipe(current);
            wipe(secret);
            return status;
        },
        [this](Status status) {
            m_current->clear();
            if (!status) {
                showError(status.error().message);
                m_current->setFocus();
                return;
            }
            m_password->clear();
            succeed();
        });
}

} // namespace forlop
