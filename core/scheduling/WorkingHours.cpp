#include "scheduling/WorkingHours.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/Availability.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/Clinicians.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <algorithm>

namespace forlop {

namespace {

// Secretaries and unit leaders keep every calendar; someone who is only a clinician keeps their own.
Status requireEditor(Clinic& clinic, std::optional<std::int64_t> clinicianId)
{
    const Session& session = clinic.session();
    if (auto status = Policy::require(session, Permission::ManageAppointments); !status) {
        return status;
    }
    const bool keepsAll = session.has(Role::Secretary) || session.has(Role::UnitLeader);
    if (!keepsAll && clinicianId != session.userId) {
        return fail(ErrorCode::PermissionDenied, WorkingHours::tr("You can change only your own working hours."));
    }
    return {};
}

bool onFiveMinutes(const QTime& time)
{
    return time.isValid() && time.second() == 0 && time.msec() == 0 && time.minute() % 5 == 0;
}

Status validateWeek(const WeekTemplate& week)
{
    if (!week.validFrom.isValid()) {
        return fail(ErrorCode::InvalidInput, WorkingHours::tr("Choose the date the working hours apply from."));
    }
    for (const WorkPeriod& period : week.periods) {
        if (period.weekday < Qt::Monday || period.weekday > Qt::Sunday) {
            return fail(ErrorCode::InvalidInput, WorkingHours::tr("A working period has no valid weekday."));
        }
        if (!onFiveMinutes(period.start) || !onFiveMinutes(period.end) || period.start >= period.end) {
            //: %1 is a weekday name.
            return fail(ErrorCode::InvalidInput, WorkingHours::tr("A working period on %1 must start before it "
                                                                  "ends, on whole five minutes.")
                                                     .arg(ClinicTime::weekdayName(period.weekday)));
        }
    }
    for (qsizetype i = 0; i < week.periods.size(); ++i) {
        for (qsizetype j = i + 1; j < week.periods.size(); ++j) {
            const WorkPeriod& a = week.periods[i];
            const WorkPeriod& b = week.periods[j];
            if (a.weekday == b.weekday && a.start < b.end && b.start < a.end) {
                //: %1 is a weekday name.
                return fail(
                    ErrorCode::InvalidInput,
                    WorkingHours::tr("Two working periods on %1 overlap.").arg(ClinicTime::weekdayName(a.weekday)));
            }
        }
    }
    return {};
}

Status auditSchedule(Clinic& clinic, const QString& action, const QString& objectType, std::int64_t objectId)
{
    return clinic.audit(AuditEvent{action,
                                   std::nullopt,
                                   objectType,
                                   objectId,
                                   QLatin1String(AuditBasis::Administrative),
                                   {},
                                   QStringLiteral("ok")});
}

Result<QList<std::int64_t>> bookedInside(Database& db, std::optional<std::int64_t> clinicianId, const TimeRange& range)
{
    QList<std::int64_t> clinicianIds;
    if (clinicianId) {
        clinicianIds.append(*clinicianId);
    } else {
        auto all = Clinicians::active(db);
        if (!all) {
            return std::unexpected(all.error());
        }
        for (const User& user : *all) {
            clinicianIds.append(user.id);
        }
    }
    QList<std::int64_t> affected;
    for (std::int64_t id : clinicianIds) {
        auto appointments = AppointmentStore::overlapping(db, AppointmentStore::Owner::Clinician, id, range, false);
        if (!appointments) {
            return std::unexpected(appointments.error());
        }
        for (const Appointment& appointment : *appointments) {
            if (appointment.status == AppointmentStatus::Booked) {
                affected.append(appointment.id);
            }
        }
    }
    return affected;
}

} // namespace

Status WorkingHours::setWeek(Clinic& clinic, std::int64_t clinicianId, const WeekTemplate& week)
{
    if (auto status = requireEditor(clinic, clinicianId); !status) {
        return status;
    }
    if (auto status = validateWeek(week); !status) {
        return status;
    }
    if (auto clinician = Clinicians::requireActive(clinic.db(), clinicianId); !clinician) {
        return std::unexpected(clinician.error());
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    // A second template for the same first day replaces the first one.
    auto remove = clinic.db().prepare("DELETE FROM work_template WHERE clinician_id = ?1 AND valid_from = ?2");
    if (!remove) {
        return std::unexpected(remove.error());
    }
    remove->bindAll(clinicianId, ClinicTime::toStoredDate(week.validFrom));
    if (auto status = remove->run(); !status) {
        return status;
    }
    auto insert = clinic.db().prepare(
        "INSERT INTO work_template (clinician_id, valid_from, created_at, created_by) VALUES (?1, ?2, ?3, ?4)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    insert->bindAll(clinicianId, ClinicTime::toStoredDate(week.validFrom), ClinicTime::toStored(clinic.clock().now()),
                    userReference(clinic.session().userId));
    if (auto status = insert->run(); !status) {
        return status;
    }
    const std::int64_t templateId = clinic.db().lastInsertId();
    auto period = clinic.db().prepare(
        "INSERT INTO work_template_period (template_id, weekday, start_time, end_time) VALUES (?1, ?2, ?3, ?4)");
    if (!period) {
        return std::unexpected(period.error());
    }
    for (const WorkPeriod& each : week.periods) {
        period->reset();
        period->bindAll(templateId, each.weekday, each.start.toString(QStringLiteral("HH:mm")),
                        each.end.toString(QStringLiteral("HH:mm")));
        if (auto status = period->run(); !status) {
            return status;
        }
    }
    if (auto status =
            auditSchedule(clinic, QStringLiteral("working_hours.set"), QStringLiteral("work_template"), templateId);
        !status) {
        return status;
    }
    return transaction->commit();
}

Result<std::optional<WeekTemplate>> WorkingHours::weekOn(Clinic& clinic, std::int64_t clinicianId, const QDate& date)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewAdministrative); !status) {
        return std::unexpected(status.error());
    }
    auto weeks = Availability::templates(clinic.db(), clinicianId);
    if (!weeks) {
        return std::unexpected(weeks.error());
    }
    return Availability::templateOn(*weeks, date);
}

Result<ExceptionAdded> WorkingHours::addException(Clinic& clinic, std::optional<std::int64_t> clinicianId,
                                                  ExceptionKind kind, const TimeRange& time)
{
    if (auto status = requireEditor(clinic, clinicianId); !status) {
        return std::unexpected(status.error());
    }
    if (!time.isValid() || !onFiveMinutes(ClinicTime::timeOf(time.start)) ||
        !onFiveMinutes(ClinicTime::timeOf(time.end))) {
        return fail(ErrorCode::InvalidInput, tr("An absence or extra time must start before it ends, on whole five "
                                                "minutes."));
    }
    if (clinicianId) {
        if (auto clinician = Clinicians::requireActive(clinic.db(), *clinicianId); !clinician) {
            return std::unexpected(clinician.error());
        }
    } else if (kind == ExceptionKind::Extra) {
        return fail(ErrorCode::InvalidInput, tr("Extra working time is for one clinician, not the whole clinic."));
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto stmt = clinic.db().prepare("INSERT INTO work_exception (clinician_id, kind, starts_at, ends_at, created_at, "
                                    "created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(clinicianId, kindId(kind), ClinicTime::toStored(time.start), ClinicTime::toStored(time.end),
                  ClinicTime::toStored(clinic.clock().now()), userReference(clinic.session().userId));
    if (auto status = stmt->run(); !status) {
        return std::unexpected(status.error());
    }
    ExceptionAdded added;
    added.id = clinic.db().lastInsertId();
    if (kind != ExceptionKind::Extra) {
        auto affected = bookedInside(clinic.db(), clinicianId, time);
        if (!affected) {
            return std::unexpected(affected.error());
        }
        added.affectedAppointments = *affected;
    }
    if (auto status = auditSchedule(clinic, QStringLiteral("working_hours.exception_add"),
                                    QStringLiteral("work_exception"), added.id);
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(status.error());
    }
    return added;
}

Status WorkingHours::removeException(Clinic& clinic, std::int64_t exceptionId)
{
    auto find = clinic.db().prepare("SELECT clinician_id FROM work_exception WHERE id = ?1 AND removed_at IS NULL");
    if (!find) {
        return std::unexpected(find.error());
    }
    find->bind(1, exceptionId);
    auto row = find->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("That absence or extra time was not found."));
    }
    const std::optional<std::int64_t> clinicianId = find->optionalInt64(0);
    if (auto status = requireEditor(clinic, clinicianId); !status) {
        return status;
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto stmt = clinic.db().prepare("UPDATE work_exception SET removed_at = ?2, removed_by = ?3 "
                                    "WHERE id = ?1 AND removed_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(exceptionId, ClinicTime::toStored(clinic.clock().now()), userReference(clinic.session().userId));
    if (auto status = stmt->run(); !status) {
        return status;
    }
    if (auto status = auditSchedule(clinic, QStringLiteral("working_hours.exception_remove"),
                                    QStringLiteral("work_exception"), exceptionId);
        !status) {
        return status;
    }
    return transaction->commit();
}

Result<QList<WorkException>> WorkingHours::exceptions(Clinic& clinic, std::optional<std::int64_t> clinicianId,
                                                      const TimeRange& range)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewAdministrative); !status) {
        return std::unexpected(status.error());
    }
    return Availability::exceptions(clinic.db(), clinicianId, range);
}

TimeRange WorkingHours::wholeDays(const QDate& first, const QDate& last)
{
    return {ClinicTime::startOfDay(first), ClinicTime::startOfDay(last.addDays(1))};
}

QString WorkingHours::kindId(ExceptionKind kind)
{
    switch (kind) {
    case ExceptionKind::Holiday:
        return QStringLiteral("holiday");
    case ExceptionKind::Course:
        return QStringLiteral("course");
    case ExceptionKind::Sick:
        return QStringLiteral("sick");
    case ExceptionKind::Other:
        return QStringLiteral("other");
    case ExceptionKind::Extra:
        return QStringLiteral("extra");
    }
    return {};
}

std::optional<ExceptionKind> WorkingHours::kindFromId(const QString& id)
{
    for (ExceptionKind kind : {ExceptionKind::Holiday, ExceptionKind::Course, ExceptionKind::Sick, ExceptionKind::Other,
                               ExceptionKind::Extra}) {
        if (kindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

QString WorkingHours::kindName(ExceptionKind kind)
{
    switch (kind) {
    case ExceptionKind::Holiday:
        return tr("Holiday");
    case ExceptionKind::Course:
        return tr("Course");
    case ExceptionKind::Sick:
        return tr("Sick leave");
    case ExceptionKind::Other:
        return tr("Away");
    case ExceptionKind::Extra:
        return tr("Extra working time");
    }
    return {};
}

} // namespace forlop
