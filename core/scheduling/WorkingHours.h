#pragma once

#include "Error.h"
#include "scheduling/TimeRange.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QTime>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

// One block of a clinician's regular week, in the clinic's local time (Monday 08:00–11:30).
struct WorkPeriod
{
    int weekday = Qt::Monday; // Qt::DayOfWeek, 1 = Monday
    QTime start;
    QTime end;
};

// A clinician's regular week from validFrom on, until a template with a later date replaces it. No periods means
// not working from that date.
struct WeekTemplate
{
    QDate validFrom;
    QList<WorkPeriod> periods;
};

// Departures from the regular week. Extra adds working time (an evening clinic); the others are absences.
enum class ExceptionKind { Holiday, Course, Sick, Other, Extra };

struct WorkException
{
    std::int64_t id = 0;
    std::optional<std::int64_t> clinicianId; // none: the whole clinic (a public holiday)
    ExceptionKind kind = ExceptionKind::Other;
    TimeRange time;
};

struct ExceptionAdded
{
    std::int64_t id = 0;
    // Booked appointments inside a new absence: they still stand and need moving or cancelling.
    QList<std::int64_t> affectedAppointments;
};

// Clinicians' working hours: weekly templates and their exceptions. Secretaries and unit leaders keep every
// calendar; a clinician keeps only their own.
class WorkingHours
{
    Q_DECLARE_TR_FUNCTIONS(WorkingHours)

public:
    [[nodiscard]] static Status setWeek(Clinic& clinic, std::int64_t clinicianId, const WeekTemplate& week);
    // The template in force on date, if any.
    [[nodiscard]] static Result<std::optional<WeekTemplate>> weekOn(Clinic& clinic, std::int64_t clinicianId,
                                                                    const QDate& date);

    [[nodiscard]] static Result<ExceptionAdded> addException(Clinic& clinic, std::optional<std::int64_t> clinicianId,
                                                             ExceptionKind kind, const TimeRange& time);
    [[nodiscard]] static Status removeException(Clinic& clinic, std::int64_t exceptionId);
    // Exceptions overlapping range: the clinician's own and the clinic-wide ones (only clinic-wide without one).
    [[nodiscard]] static Result<QList<WorkException>>
    exceptions(Clinic& clinic, std::optional<std::int64_t> clinicianId, const TimeRange& range);

    // From the start of first to the end of last, local days.
    [[nodiscard]] static TimeRange wholeDays(const QDate& first, const QDate& last);

    [[nodiscard]] static QString kindId(ExceptionKind kind);
    [[nodiscard]] static std::optional<ExceptionKind> kindFromId(const QString& id);
    [[nodiscard]] static QString kindName(ExceptionKind kind);
};

} // namespace forlop
