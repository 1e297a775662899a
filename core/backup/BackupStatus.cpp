#include "backup/BackupStatus.h"

#include "access/Policy.h"
#include "access/Session.h"
#include "clinic/ClinicSettings.h"
#include "util/Clock.h"

namespace forlop {

Result<BackupStatus> BackupStatus::read(Database& db, const Clock& clock)
{
    BackupStatus status;
    status.now = clock.now().toUTC();
    auto days = ClinicSettings::value(db, Setting::BackupWarnAfterDays);
    if (!days) {
        return std::unexpected(days.error());
    }
    // A nonsensical stored value falls back to the default rather than silencing the warning.
    const int warnAfter = days->toInt();
    status.warnAfterDays = warnAfter >= 1 && warnAfter <= 365
                               ? warnAfter
                               : ClinicSettings::defaultValue(Setting::BackupWarnAfterDays).toInt();
    auto last = ClinicSettings::value(db, Setting::BackupLastVerified);
    if (!last) {
        return std::unexpected(last.error());
    }
    const QDateTime at = QDateTime::fromString(last->toString(), Qt::ISODateWithMs);
    if (at.isValid()) {
        status.lastVerified = at.toUTC();
    }
    return status;
}

bool BackupStatus::concerns(const Session& session)
{
    return Policy::allows(session, Permission::Backup);
}

Status BackupStatus::recordVerified(Database& db, const QDateTime& at)
{
    return ClinicSettings::store(db, Setting::BackupLastVerified, at.toUTC().toString(Qt::ISODateWithMs));
}

std::optional<qint64> BackupStatus::ageDays() const
{
    if (!lastVerified) {
        return std::nullopt;
    }
    // A clock set back (or a backup stamped by a computer whose clock runs ahead) counts as fresh.
    return std::max<qint64>(0, lastVerified->secsTo(now) / 86400);
}

bool BackupStatus::overdue() const
{
    if (!lastVerified) {
        return true;
    }
    return lastVerified->secsTo(now) > qint64(warnAfterDays) * 86400;
}

QString BackupStatus::warning() const
{
    if (!overdue()) {
        return {};
    }
    if (!lastVerified) {
        return tr("This clinic has no verified backup. Take a backup now, and choose a backup folder on another "
                  "disk in the settings so that backups are taken automatically.");
    }
    return tr("The last verified backup of this clinic is %n day(s) old. Take a backup now, and check that the "
              "backup disk is connected.",
              nullptr, static_cast<int>(*ageDays()));
}

} // namespace forlop
