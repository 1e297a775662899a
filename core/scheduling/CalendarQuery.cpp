#include "scheduling/CalendarQuery.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/WorkingHours.h"
#include "util/Clock.h"

namespace forlop {

namespace {

// The same index range as the conflict checks: starts_at bounded on both sides.
constexpr auto EntrySql =
    "SELECT a.id, a.clinician_id, a.patient_id, coalesce(nullif(trim(p.name), ''), p.pseudonym), a.room_id, r.name, "
    "a.type, a.modality, a.status, a.starts_at, a.ends_at, a.series_id, a.series_slot, "
    "EXISTS (SELECT 1 FROM patient_block b WHERE b.patient_id = a.patient_id AND b.user_id = ?5 "
    "AND b.removed_at IS NULL) "
    "FROM appointment a JOIN patient p ON p.id = a.patient_id LEFT JOIN room r ON r.id = a.room_id "
    "WHERE a.clinician_id = ?1 AND a.starts_at > ?2 AND a.starts_at < ?3 AND a.ends_at > ?4 "
    "AND (?6 OR a.status NOT IN ('cancelled_by_patient', 'cancelled_by_clinic')) "
    "ORDER BY a.starts_at, a.id";

CalendarEntry readEntry(const Statement& stmt)
{
    CalendarEntry entry;
    entry.appointmentId = stmt.int64(0);
    entry.clinicianId = stmt.int64(1);
    entry.patientId = stmt.int64(2);
    const bool blocked = stmt.int64(13) != 0;
    entry.patientLabel = blocked ? QString() : stmt.text(3);
    entry.roomId = stmt.optionalInt64(4);
    entry.roomName = stmt.optionalText(5).value_or(QString());
    entry.type = AppointmentTypes::fromId(stmt.text(6)).value_or(AppointmentType::TreatmentSession);
    entry.modality = Modalities::fromId(stmt.text(7)).value_or(Modality::InPerson);
    entry.status = AppointmentStatuses::fromId(stmt.text(8)).value_or(AppointmentStatus::Booked);
    entry.time = {ClinicTime::fromStored(stmt.text(9)), ClinicTime::fromStored(stmt.text(10))};
    entry.seriesId = stmt.optionalInt64(11);
    if (auto slot = stmt.optionalText(12)) {
        entry.movedInSeries = ClinicTime::fromStored(*slot) != entry.time.start;
    }
    return entry;
}

} // namespace

Result<QList<CalendarEntry>> CalendarQuery::range(Clinic& clinic, const QList<std::int64_t>& clinicianIds,
                                                  const TimeRange& range, bool includeCancelled)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewAdministrative); !status) {
        return std::unexpected(status.error());
    }
    if (!range.isValid() || range.start.daysTo(range.end) > 62) {
        return fail(ErrorCode::InvalidInput, tr("Choose a period of at most two months."));
    }
    if (clinicianIds.size() > MaxClinicians) {
        return fail(ErrorCode::InvalidInput, tr("Show at most %n calendars side by side.", nullptr, MaxClinicians));
    }
    // Audited before anything is shown: no audit row, no calendar.
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("calendar.view"),
                                              std::nullopt,
                                              QStringLiteral("calendar"),
                                              std::nullopt,
                                              QLatin1String(AuditBasis::Administrative),
                                              {},
                                              QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    auto stmt = clinic.db().prepare(EntrySql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    const QString earliestStart =
        ClinicTime::toStored(range.start.addSecs(-qint64(AppointmentStore::LongestMinutes) * 60));
    const QString end = ClinicTime::toStored(range.end);
    const QString start = ClinicTime::toStored(range.start);
    QList<CalendarEntry> entries;
    for (std::int64_t clinicianId : clinicianIds) {
        stmt->reset();
        stmt->bindAll(clinicianId, earliestStart, end, start, clinic.session().userId, includeCancelled);
        while (true) {
            auto row = stmt->step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            entries.append(readEntry(*stmt));
        }
    }
    return entries;
}

Result<QList<CalendarEntry>> CalendarQuery::day(Clinic& clinic, const QList<std::int64_t>& clinicianIds,
                                                const QDate& date, bool includeCancelled)
{
    return range(clinic, clinicianIds, WorkingHours::wholeDays(date, date), includeCancelled);
}

Result<QList<CalendarEntry>> CalendarQuery::week(Clinic& clinic, const QList<std::int64_t>& clinicianIds,
                                                 const QDate& date, bool includeCancelled)
{
    const QDate monday = date.addDays(Qt::Monday - date.dayOfWeek());
    return range(clinic, clinicianIds, WorkingHours::wholeDays(monday, monday.addDays(6)), includeCancelled);
}

Result<QList<CalendarEntry>> CalendarQuery::myDay(Clinic& clinic)
{
    return day(clinic, {clinic.session().userId}, ClinicTime::dateOf(clinic.clock().now()));
}

Result<QList<DayPlan>> CalendarQuery::workingDays(Clinic& clinic, std::int64_t clinicianId, const QDate& first,
                                                  const QDate& last)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewAdministrative); !status) {
        return std::unexpected(status.error());
    }
    if (!first.isValid() || !last.isValid() || first > last || first.daysTo(last) > 62) {
        return fail(ErrorCode::InvalidInput, tr("Choose a period of at most two months."));
    }
    return Availability::days(clinic.db(), clinicianId, first, last);
}

} // namespace forlop
