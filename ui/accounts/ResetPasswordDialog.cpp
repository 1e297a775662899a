#include "accounts/ResetPasswordDialog.h"

#include "accounts/NewPasswordFields.h"
#include "accounts/UserAdmin.h"
#include "security/SecretBytes.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace forlop {

ResetPasswordDialog::ResetPasswordDialog(Clinic& clinic, const QString& userName, bool losesClinicalAccess,
                                         QWidget* parent)
    : TaskDialog(tr("&Set password"), parent), m_clinic(clinic), m_userName(userName)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset password"));

    auto* intro = new QLabel(tr("Choose a new password for %1 and give it to them in person. They can change it "
                                "after signing in.")
                                 .arg(userName));
    intro->setWordWrap(true);
    body()->addWidget(intro);
    if (losesClinicalAccess) {
        auto* warning = new QLabel(tr("%1 gets new keys with the new password, so a unit leader must grant access "
                                      "to clinical records again.")
                                       .arg(userName));
        warning->setObjectName(QStringLiteral("clinicalWarningLabel"));
        warning->setWordWrap(true);
        QFont bold = warning->font();
        bold.setBold(true);
        warning->setFont(bold);
        body()->addWidget(warning);
    }
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_password = new NewPasswordFields(QStringLiteral("new"), form, this);
    body()->addLayout(form);
    setMinimumWidth(460);
}

void ResetPasswordDialog::setFieldsEnabled(bool enabled)
{
    m_password->setEnabled(enabled);
}

void ResetPasswordDialog::submit()
{
    if (!m_password->matches()) {
        showError(tr("The two passwords differ."));
        return;
    }
    Clinic& clinic = m_clinic;
    run(
        tr("Setting the new password…"),
        [&clinic, name = m_userName, secret = m_password->password()]() mutable {
            auto status = UserAdmin::resetPassword(clinic, name, secret);
            wipe(secret);
            return status;
        },
        [this](Status status) {
            if (!status) {
                showError(status.error().message);
                return;
            }
            m_password->clear();
            Q_EMIT passwordReset(m_userName);
            succeed();
        });
}

} // namespace forlop
