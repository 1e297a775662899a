#include "backup/BackupRun.h"

#include "backup/BackupRetention.h"
#include "backup/BackupWriter.h"
#include "clinic/Clinic.h"
#include "clinic/ClinicSettings.h"

#include <QFileInfo>

namespace forlop {

Result<BackupPreferences> BackupPreferences::read(Database& db)
{
    BackupPreferences preferences;
    auto folder = ClinicSettings::value(db, Setting::BackupFolder);
    auto interval = ClinicSettings::value(db, Setting::BackupIntervalHours);
    auto warnAfter = ClinicSettings::value(db, Setting::BackupWarnAfterDays);
    for (const auto* value : {&folder, &interval, &warnAfter}) {
        if (!*value) {
            return std::unexpected(value->error());
        }
    }
    preferences.folder = folder->toString().trimmed();
    preferences.intervalHours = interval->toInt() > 0 ? interval->toInt() : preferences.intervalHours;
    preferences.warnAfterDays = warnAfter->toInt() > 0 ? warnAfter->toInt() : preferences.warnAfterDays;
    return preferences;
}

Result<BackupRun> BackupRun::take(Clinic& clinic, const QString& folder)
{
    auto location = BackupWriter::write(clinic, folder);
    if (!location) {
        return std::unexpected(location.error());
    }
    BackupRun run;
    run.location = std::move(*location);
    auto pruned = BackupRetention::apply(QFileInfo(folder).absoluteFilePath(), clinic.info().uuid, {});
    if (!pruned) {
        run.problems << pruned.error().message;
    } else {
        run.removed = pruned->removed;
        run.problems = pruned->problems;
    }
    return run;
}

} // namespace forlop
