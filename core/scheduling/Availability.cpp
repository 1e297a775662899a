#include "scheduling/Availability.h"

#include "scheduling/ClinicTime.h"
#include "scheduling/TimeRangeList.h"
#include "storage/Database.h"

#include <algorithm>
#include <tuple>

namespace forlop {

namespace {

QTime parseClock(const QString& text)
{
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

} // namespace

Result<QList<WeekTemplate>> Availability::templates(Database& db, std::int64_t clinicianId)
{
    auto stmt = db.prepare("SELECT t.id, t.valid_from, p.weekday, p.start_time, p.end_time FROM work_template t "
                           "LEFT JOIN work_template_period p ON p.template_id = t.id "
                           "WHERE t.clinician_id = ?1 ORDER BY t.valid_from");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, clinicianId);
    QList<WeekTemplate> templates;
    std::int64_t currentId = 0;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            // Periods are put in order here: an ORDER BY on them would need a temporary b-tree, and every allocation
            // of one is locked and wiped under cipher_memory_security.
            for (WeekTemplate& week : templates) {
                std::sort(week.periods.begin(), week.periods.end(), [](const WorkPeriod& a, const WorkPeriod& b) {
                    return std::tie(a.weekday, a.start) < std::tie(b.weekday, b.start);
                });
            }
            return templates;
        }
        if (stmt->int64(0) != currentId) {
            currentId = stmt->int64(0);
            templates.append(WeekTemplate{ClinicTime::fromStoredDate(stmt->text(1)), {}});
        }
        if (!stmt->isNull(2)) {
            templates.last().periods.append(
                WorkPeriod{stmt->integer(2), parseClock(stmt->text(3)), parseClock(stmt->text(4))});
        }
    }
}

std::optional<WeekTemplate> Availability::templateOn(const QList<WeekTemplate>& templates, const QDate& date)
{
    std::optional<WeekTemplate> found;
    for (const WeekTemplate& week : templates) {
        if (week.validFrom <= date) {
            found = week;
        }
    }
    return found;
}

Result<QList<WorkException>> Availability::exceptions(Database& db, std::optional<std::int64_t> clinicianId,
                                                      const TimeRange& range)
{
    auto stmt = db.prepare("SELECT id, clinician_id, kind, starts_at, ends_at FROM work_exception "
                           "WHERE (clinician_id = ?1 OR clinician_id IS NULL) AND removed_at IS NULL "
                           "AND starts_at < ?3 AND ends_at > ?2");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(clinicianId, ClinicTime::toStored(range.start), ClinicTime::toStored(range.end));
    QList<WorkException> result;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            std::sort(result.begin(), result.end(), [](const WorkException& a, const WorkException& b) {
                return std::tie(a.time.start, a.id) < std::tie(b.time.start, b.id);
            });
            return result;
        }
        result.append(WorkException{stmt->int64(0),
                                    stmt->optionalInt64(1),
                                    WorkingHours::kindFromId(stmt->text(2)).value_or(ExceptionKind::Other),
                                    {ClinicTime::fromStored(stmt->text(3)), ClinicTime::fromStored(stmt->text(4))}});
    }
}

Result<QList<DayPlan>> Availability::days(Database& db, std::int64_t clinicianId, const QDate& first, const QDate& last)
{
    auto weeks = templates(db, clinicianId);
    if (!weeks) {
        return std::unexpected(weeks.error());
    }
    auto found = exceptions(db, clinicianId, WorkingHours::wholeDays(first, last));
    if (!found) {
        return std::unexpected(found.error());
    }
    QList<DayPlan> plans;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        DayPlan plan;
        plan.date = date;
        const TimeRange day = WorkingHours::wholeDays(date, date);
        if (auto week = templateOn(*weeks, date)) {
            for (const WorkPeriod& period : week->periods) {
                if (period.weekday == date.dayOfWeek()) {
                    plan.regular.append({ClinicTime::at(date, period.start), ClinicTime::at(date, period.end)});
                }
            }
        }
        QList<TimeRange> absent;
        for (const WorkException& exception : *found) {
            if (!exception.time.overlaps(day)) {
                continue;
            }
            if (exception.kind == ExceptionKind::Extra) {
                plan.extra.append(TimeRangeList::clipped({exception.time}, day));
            } else {
                plan.absences.append(exception);
                absent.append(exception.time);
            }
        }
        plan.working = TimeRangeList::subtract(plan.regular + plan.extra, absent);
        plans.append(plan);
    }
    return plans;
}

Result<QList<TimeRange>> Availability::working(Database& db, std::int64_t clinicianId, const TimeRange& range)
{
    auto plans = days(db, clinicianId, ClinicTime::dateOf(range.start), ClinicTime::dateOf(range.end));
    if (!plans) {
        return std::unexpected(plans.error());
    }
    QList<TimeRange> all;
    for (const DayPlan& plan : *plans) {
        all.append(plan.working);
    }
    return TimeRangeList::clipped(TimeRangeList::merged(all), range);
}

} // namespace forlop
