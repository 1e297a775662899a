#include "scheduling/BookingRules.h"

#include "clinic/Clinic.h"
#include "pathway/PatientStore.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/Availability.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/Clinicians.h"
#include "scheduling/TimeRangeList.h"
#include "storage/Database.h"
#include "util/Clock.h"

namespace forlop {

namespace {

bool onGrid(const QDateTime& instant)
{
    const QTime time = ClinicTime::timeOf(instant);
    return time.second() == 0 && time.msec() == 0 && time.minute() % BookingRules::GridMinutes == 0;
}

// "02.03.2026" for whole days, "02.03.2026–06.03.2026" for several, "02.03.2026, 12:00–16:00" otherwise.
QString absenceText(const TimeRange& time)
{
    const QDate first = ClinicTime::dateOf(time.start);
    const QDate afterLast = ClinicTime::dateOf(time.end);
    const bool wholeDays = ClinicTime::timeOf(time.start) == QTime(0, 0) && ClinicTime::timeOf(time.end) == QTime(0, 0);
    if (wholeDays) {
        const QDate last = afterLast.addDays(-1);
        if (first == last) {
            return ClinicTime::dateText(first);
        }
        return ClinicTime::dateText(first) + QChar(0x2013) + ClinicTime::dateText(last);
    }
    //: A date and a time range, e.g. "02.03.2026, 12:00–16:00".
    return BookingRules::tr("%1, %2").arg(ClinicTime::dateText(first), ClinicTime::rangeText(time.start, time.end));
}

QString absenceMessage(const QString& clinician, const WorkException& absence)
{
    const QString when = absenceText(absence.time);
    switch (absence.kind) {
    case ExceptionKind::Holiday:
        //: %1 is a clinician, %2 a date or a date range.
        return BookingRules::tr("%1 is on holiday %2.").arg(clinician, when);
    case ExceptionKind::Course:
        return BookingRules::tr("%1 is on a course %2.").arg(clinician, when);
    case ExceptionKind::Sick:
        return BookingRules::tr("%1 is off sick %2.").arg(clinician, when);
    case ExceptionKind::Other:
    case ExceptionKind::Extra:
        break;
    }
    return BookingRules::tr("%1 is away %2.").arg(clinician, when);
}

QString periodsText(const QList<TimeRange>& periods)
{
    QStringList parts;
    for (const TimeRange& period : TimeRangeList::merged(periods)) {
        parts << ClinicTime::rangeText(period.start, period.end);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

Status BookingRules::check(Clinic& clinic, std::int64_t patientId, const Slot& slot,
                           std::optional<std::int64_t> ignoreAppointmentId)
{
    Database& db = clinic.db();
    if (auto status = checkShape(slot.time); !status) {
        return status;
    }
    if (auto status = checkNotPast(clinic.clock(), slot.time); !status) {
        return status;
    }
    auto clinician = Clinicians::requireActive(db, slot.clinicianId);
    if (!clinician) {
        return std::unexpected(clinician.error());
    }
    if (auto status = checkRoom(db, slot.roomId); !status) {
        return status;
    }
    if (auto status = checkWorkingHours(db, *clinician, slot.time); !status) {
        return status;
    }
    return checkConflicts(db, *clinician, patientId, slot, ignoreAppointmentId);
}

Status BookingRules::checkPatient(Database& db, std::int64_t patientId, AppointmentType type)
{
    auto state = PatientStore::state(db, patientId);
    if (!state) {
        return std::unexpected(state.error());
    }
    if (!*state) {
        return fail(ErrorCode::NotFound, tr("The patient was not found."));
    }
    if (**state == PatientState::Excluded) {
        return fail(ErrorCode::Conflict, tr("The patient was excluded from treatment here, so no appointments can be "
                                            "booked."));
    }
    const bool ended = **state == PatientState::Ended || **state == PatientState::FollowUp;
    if (ended && type != AppointmentType::FollowUp) {
        return fail(ErrorCode::Conflict, tr("The patient's treatment has ended; only follow-up appointments can be "
                                            "booked."));
    }
    return {};
}

Status BookingRules::checkShape(const TimeRange& time)
{
    if (!time.isValid()) {
        return fail(ErrorCode::InvalidInput, tr("Choose a start and an end time; the end must come after the start."));
    }
    const qint64 minutes = time.start.secsTo(time.end) / 60;
    if (minutes < MinimumMinutes || minutes > AppointmentStore::LongestMinutes) {
        return fail(ErrorCode::InvalidInput, tr("An appointment lasts from %1 minutes to %2 hours.")
                                                 .arg(MinimumMinutes)
                                                 .arg(AppointmentStore::LongestMinutes / 60));
    }
    if (!onGrid(time.start) || !onGrid(time.end)) {
        return fail(ErrorCode::InvalidInput, tr("Appointments start and end on whole five minutes."));
    }
    return {};
}

Status BookingRules::checkNotPast(const Clock& clock, const TimeRange& time)
{
    if (time.start < clock.now()) {
        //: %1 is a date, %2 a time of day.
        return fail(ErrorCode::Conflict,
                    tr("%1 at %2 has already passed. Choose a time that is still ahead.")
                        .arg(ClinicTime::dateText(ClinicTime::dateOf(time.start)), ClinicTime::timeText(time.start)));
    }
    return {};
}

Status BookingRules::checkRoom(Database& db, std::optional<std::int64_t> roomId)
{
    if (!roomId) {
        return {};
    }
    auto stmt = db.prepare("SELECT name, active FROM room WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, *roomId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::InvalidInput, tr("The chosen room was not found."));
    }
    if (stmt->int64(1) == 0) {
        return fail(ErrorCode::Conflict, tr("The room “%1” is no longer in use.").arg(stmt->text(0)));
    }
    return {};
}

Status BookingRules::checkWorkingHours(Database& db, const User& clinician, const TimeRange& time)
{
    const QDate first = ClinicTime::dateOf(time.start);
    const QDate last = ClinicTime::dateOf(time.end.addMSecs(-1));
    auto plans = Availability::days(db, clinician.id, first, last);
    if (!plans) {
        return std::unexpected(plans.error());
    }
    QList<TimeRange> working;
    for (const DayPlan& plan : *plans) {
        working.append(plan.working);
    }
    if (TimeRangeList::anyContains(TimeRangeList::merged(working), time)) {
        return {};
    }
    const QString name = Clinicians::displayName(clinician);
    for (const DayPlan& plan : *plans) {
        for (const WorkException& absence : plan.absences) {
            if (absence.time.overlaps(time)) {
                return fail(ErrorCode::Conflict, absenceMessage(name, absence));
            }
        }
    }
    const DayPlan& day = plans->first();
    const QList<TimeRange> hours = day.regular + day.extra;
    if (hours.isEmpty()) {
        //: %1 is a clinician, %2 a weekday and date.
        return fail(ErrorCode::Conflict, tr("%1 does not work on %2.").arg(name, ClinicTime::dayText(day.date)));
    }
    //: %1 is a clinician, %2 their working hours ("08:00–11:30, 12:00–15:30"), %3 a weekday and date, %4 the
    //: requested time.
    return fail(ErrorCode::Conflict, tr("%1 works %2 on %3; %4 is outside those hours.")
                                         .arg(name, periodsText(hours), ClinicTime::dayText(day.date),
                                              ClinicTime::rangeText(time.start, time.end)));
}

Status BookingRules::checkConflicts(Database& db, const User& clinician, std::int64_t patientId, const Slot& slot,
                                    std::optional<std::int64_t> ignoreAppointmentId)
{
    using Owner = AppointmentStore::Owner;
    auto busy = AppointmentStore::firstOverlap(db, Owner::Clinician, clinician.id, slot.time, ignoreAppointmentId);
    if (!busy) {
        return std::unexpected(busy.error());
    }
    if (*busy) {
        const TimeRange& other = (*busy)->time;
        //: %1 is a clinician, %2 a date, %3 a time range such as 10:00–10:45.
        return fail(ErrorCode::Conflict,
                    tr("%1 already has an appointment on %2, %3.")
                        .arg(Clinicians::displayName(clinician), ClinicTime::dateText(ClinicTime::dateOf(other.start)),
                             ClinicTime::rangeText(other.start, other.end)));
    }
    if (slot.roomId) {
        auto taken = AppointmentStore::firstOverlap(db, Owner::Room, *slot.roomId, slot.time, ignoreAppointmentId);
        if (!taken) {
            return std::unexpected(taken.error());
        }
        if (*taken) {
            auto name = db.prepare("SELECT name FROM room WHERE id = ?1");
            if (!name) {
                return std::unexpected(name.error());
            }
            name->bind(1, *slot.roomId);
            if (auto row = name->step(); !row) {
                return std::unexpected(row.error());
            }
            const TimeRange& other = (*taken)->time;
            //: %1 is a room, %2 a date, %3 a time range such as 10:00–10:45.
            return fail(ErrorCode::Conflict,
                        tr("The room “%1” is already booked on %2, %3.")
                            .arg(name->text(0), ClinicTime::dateText(ClinicTime::dateOf(other.start)),
                                 ClinicTime::rangeText(other.start, other.end)));
        }
    }
    auto own = AppointmentStore::firstOverlap(db, Owner::Patient, patientId, slot.time, ignoreAppointmentId);
    if (!own) {
        return std::unexpected(own.error());
    }
    if (*own) {
        const TimeRange& other = (*own)->time;
        //: %1 is a date, %2 a time range such as 10:00–10:45.
        return fail(ErrorCode::Conflict, tr("The patient already has an appointment on %1, %2.")
                                             .arg(ClinicTime::dateText(ClinicTime::dateOf(other.start)),
                                                  ClinicTime::rangeText(other.start, other.end)));
    }
    return {};
}

} // namespace forlop
