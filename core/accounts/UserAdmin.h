#pragma once

#include "Error.h"
#include "accounts/User.h"

#include <QCoreApplication>

namespace forlop {

class Clinic;

struct NewUser
{
    QString name;
    QString fullName;
    Roles roles;
    Profession profession = Profession::None;
    QString hprNumber;
    QByteArray initialPassword;
};

struct UserSummary
{
    User user;
    bool holdsClinicalKey = false;
    // A clinician or unit leader who cannot yet read clinical records: shown as waiting for access.
    bool awaitingClinicalAccess = false;
};

// Accounts: created and deactivated by administrators, given the clinical key by a unit leader.
class UserAdmin
{
    Q_DECLARE_TR_FUNCTIONS(UserAdmin)

public:
    [[nodiscard]] static Result<std::int64_t> add(Clinic& clinic, const NewUser& request);
    // Names and roles of all staff; any signed-in user may list them (no patient data).
    [[nodiscard]] static Result<QList<UserSummary>> list(Clinic& clinic);
    // Removes the user's keys and rotates the database key so a copy of their old key opens nothing.
    [[nodiscard]] static Status deactivate(Clinic& clinic, const QString& name);
    // The signed-in user's own password: re-wraps only their private key.
    [[nodiscard]] static Status changeOwnPassword(Clinic& clinic, const QByteArray& newPassword);
    // An administrator's reset of someone else's forgotten password. The user gets a new key pair, so a unit
    // leader must grant the clinical key again.
    [[nodiscard]] static Status resetPassword(Clinic& clinic, const QString& name, const QByteArray& newPassword);
    // Seals the clinical key to a clinician or unit leader; only a holder of the clinical key can do it.
    [[nodiscard]] static Status grantClinicalKey(Clinic& clinic, const QString& name);
};

} // namespace forlop
