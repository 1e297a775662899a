#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QVariant>

namespace forlop {

class Clinic;
class Database;

// Clinic-wide settings, stored in the encrypted database. Each has a key and a default in one table
// (ClinicSettings.cpp); per-machine preferences such as the language live in QSettings instead.
enum class Setting {
    IdleLockMinutes,     // auto-lock after this much idle time
    BackupFolder,        // where automatic backups go (a USB disk or a network share)
    BackupIntervalHours, // how often an automatic backup is taken while the app runs
    BackupWarnAfterDays, // warn the administrator at sign-in when the last verified backup is older
    BackupLastVerified,  // kept by Forløp: when the last backup passed its verification (UTC, ISO 8601)
    LetterTemplate,      // the discreet appointment letter
    ClinicAddress,       // printed on letters
    ClinicalKeyId,       // fingerprint of the current clinical public key (key rotation bookkeeping)
};

class ClinicSettings
{
    Q_DECLARE_TR_FUNCTIONS(ClinicSettings)

public:
    [[nodiscard]] static QString key(Setting setting);
    [[nodiscard]] static QVariant defaultValue(Setting setting);
    // Any signed-in session may read settings; none of them is patient data.
    [[nodiscard]] static Result<QVariant> value(Database& db, Setting setting);
    // Administrators only (Permission::ManageSettings), audited.
    [[nodiscard]] static Status set(Clinic& clinic, Setting setting, const QVariant& value);
    // For core services that keep their own bookkeeping (no permission check; caller holds the transaction).
    [[nodiscard]] static Status store(Database& db, Setting setting, const QVariant& value);
};

} // namespace forlop
