#include "backup/BackupRetention.h"

#include "backup/BackupCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <functional>

namespace forlop {

QStringList BackupRetention::decide(const QList<Candidate>& verified, const Policy& policy)
{
    QList<Candidate> newestFirst = verified;
    std::ranges::stable_sort(newestFirst, std::greater<>(), &Candidate::createdAt);

    QSet<QString> keep;
    if (!newestFirst.isEmpty()) {
        keep.insert(newestFirst.first().id);
    }
    // One rule per period: walk from the newest, keep the first backup seen in each new period.
    auto applyRule = [&](int count, const std::function<qint64(const QDate&)>& period) {
        QSet<qint64> seen;
        for (const Candidate& candidate : std::as_const(newestFirst)) {
            if (static_cast<int>(seen.size()) >= count) {
                break;
            }
            const qint64 key = period(candidate.createdAt.toLocalTime().date());
            if (!seen.contains(key)) {
                seen.insert(key);
                keep.insert(candidate.id);
            }
        }
    };
    applyRule(policy.daily, [](const QDate& day) { return day.toJulianDay(); });
    applyRule(policy.weekly, [](const QDate& day) {
        int year = 0;
        const int week = day.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    applyRule(policy.monthly, [](const QDate& day) { return qint64(day.year()) * 100 + day.month(); });

    QStringList remove;
    for (const Candidate& candidate : std::as_const(newestFirst)) {
        if (!keep.contains(candidate.id)) {
            remove << candidate.id;
        }
    }
    return remove;
}

Result<BackupRetention::Outcome> BackupRetention::apply(const QString& destination, const QString& clinicId,
                                                        const Policy& policy)
{
    Outcome outcome;
    QList<Candidate> verified;
    for (const BackupCatalog::Entry& entry : BackupCatalog::list(destination)) {
        if (!entry.backup) {
            outcome.problems << tr("%1 was left alone: %2").arg(QFileInfo(entry.folder).fileName(), entry.problem);
            continue;
        }
        if (entry.backup->manifest.clinicId == clinicId) {
            verified.append({entry.folder, entry.backup->manifest.createdAt});
        }
    }
    for (const QString& folder : decide(verified, policy)) {
        // Renamed out of the catalog first, so a deletion cut short never leaves a half backup that looks whole.
        const QString doomed = QFileInfo(folder).absolutePath() + QLatin1Char('/') +
                               QLatin1String(BackupCatalog::TemporaryPrefix) + QFileInfo(folder).fileName() +
                               QStringLiteral(".old");
        if (!QDir().rename(folder, doomed) || !QDir(doomed).removeRecursively()) {
            outcome.problems << tr("The old backup %1 could not be deleted.").arg(QFileInfo(folder).fileName());
            continue;
        }
        outcome.removed << QFileInfo(folder).fileName();
    }
    return outcome;
}

} // namespace forlop
