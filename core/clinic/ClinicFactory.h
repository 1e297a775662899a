#pragma once

#include "Error.h"
#include "clinic/ClinicInfo.h"
#include "security/PasswordKdf.h"

#include <QCoreApplication>

#include <optional>

namespace forlop {

class Clock;

struct NewClinic
{
    QString databasePath;
    QString name;
    QString site;
    ClinicKind kind = ClinicKind::Production;
    QString adminName;
    QByteArray adminPassword;
    // The first unit leader holds the clinical key from the start; without one only the recovery key does.
    std::optional<QString> leaderName;
    QByteArray leaderPassword;
    // Only test code lowers this; every clinic created by the app or forlop-admin uses KdfParams::forClinics().
    KdfParams kdf = KdfParams::forClinics();
};

struct CreatedClinic
{
    QString recoveryKey; // shown once, for printing; never stored in clear
};

class ClinicFactory
{
    Q_DECLARE_TR_FUNCTIONS(ClinicFactory)

public:
    // Creates the encrypted database and its key file. On any failure nothing is left behind.
    [[nodiscard]] static Result<CreatedClinic> create(const NewClinic& request, const Clock& clock);
};

} // namespace forlop
