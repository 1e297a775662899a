#include "clinic/ClinicSettings.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "storage/Transaction.h"

namespace forlop {

namespace {

struct Definition
{
    Setting setting;
    const char* key;
    QVariant defaultValue;
};

const Definition& definition(Setting setting)
{
    static const Definition definitions[] = {
        {Setting::IdleLockMinutes, "session/idle_lock_minutes", 5},
        {Setting::BackupFolder, "backup/folder", QString()},
        {Setting::BackupIntervalHours, "backup/interval_hours", 24},
        {Setting::BackupWarnAfterDays, "backup/warn_after_days", 2},
        {Setting::BackupLastVerified, "backup/last_verified_at", QString()},
        {Setting::LetterTemplate, "letters/template", QString()},
        {Setting::ClinicAddress, "letters/clinic_address", QString()},
        {Setting::ClinicalKeyId, "keys/clinical_key_id", QString()},
    };
    for (const Definition& d : definitions) {
        if (d.setting == setting) {
            return d;
        }
    }
    Q_UNREACHABLE();
}

} // namespace

QString ClinicSettings::key(Setting setting)
{
    return QString::fromLatin1(definition(setting).key);
}

QVariant ClinicSettings::defaultValue(Setting setting)
{
    return definition(setting).defaultValue;
}

Result<QVariant> ClinicSettings::value(Database& db, Setting setting)
{
    auto stmt = db.prepare("SELECT value FROM setting WHERE key = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, key(setting));
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return defaultValue(setting);
    }
    QVariant stored = stmt->text(0);
    if (stored.convert(defaultValue(setting).metaType())) {
        return stored;
    }
    return defaultValue(setting);
}

Status ClinicSettings::store(Database& db, Setting setting, const QVariant& value)
{
    auto stmt = db.prepare("INSERT INTO setting (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(key(setting), value.toString());
    return stmt->run();
}

Status ClinicSettings::set(Clinic& clinic, Setting setting, const QVariant& value)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageSettings); !status) {
        return status;
    }
    if (setting == Setting::ClinicalKeyId || setting == Setting::BackupLastVerified) {
        return fail(ErrorCode::InvalidInput, tr("This setting is kept by Forløp itself."));
    }
    QVariant converted = value;
    if (!converted.convert(defaultValue(setting).metaType())) {
        return fail(ErrorCode::InvalidInput, tr("The value is not valid for this setting."));
    }
    if (setting == Setting::IdleLockMinutes && (converted.toInt() < 1 || converted.toInt() > 60)) {
        return fail(ErrorCode::InvalidInput, tr("The idle lock must be between 1 and 60 minutes."));
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    if (auto status = store(clinic.db(), setting, converted); !status) {
        return status;
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("setting.change"), std::nullopt,
                                              QStringLiteral("setting"), static_cast<std::int64_t>(setting),
                                              QLatin1String(AuditBasis::Administrative), key(setting),
                                              QStringLiteral("ok")});
        !status) {
        return status;
    }
    return transaction->commit();
}

} // namespace forlop
