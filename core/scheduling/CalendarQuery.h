#pragma once

#include "Error.h"
#include "scheduling/Appointment.h"
#include "scheduling/Availability.h"

#include <QCoreApplication>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

// One appointment as a calendar shows it: who, where, what kind, and the patient's pseudonym or name. Never
// clinical text, and no patient label at all for a patient the viewer is blocked from (the time stays taken).
struct CalendarEntry
{
    std::int64_t appointmentId = 0;
    std::int64_t clinicianId = 0;
    std::int64_t patientId = 0;
    QString patientLabel; // the name when known, else the pseudonym; empty when blocked
    std::optional<std::int64_t> roomId;
    QString roomName;
    AppointmentType type = AppointmentType::TreatmentSession;
    Modality modality = Modality::InPerson;
    AppointmentStatus status = AppointmentStatus::Booked;
    TimeRange time;
    std::optional<std::int64_t> seriesId;
    bool movedInSeries = false;
};

// The day and week views of one or several clinicians side by side, and "my day". Each query reads one index
// range per clinician, so it costs what it returns, not what the clinic holds. A view is audited once, as a view
// of the calendar.
class CalendarQuery
{
    Q_DECLARE_TR_FUNCTIONS(CalendarQuery)

public:
    static constexpr int MaxClinicians = 50;

    // Appointments overlapping range, by clinician in the order given, then by start.
    [[nodiscard]] static Result<QList<CalendarEntry>> range(Clinic& clinic, const QList<std::int64_t>& clinicianIds,
                                                            const TimeRange& range, bool includeCancelled = false);
    [[nodiscard]] static Result<QList<CalendarEntry>> day(Clinic& clinic, const QList<std::int64_t>& clinicianIds,
                                                          const QDate& date, bool includeCancelled = false);
    // Monday to Sunday of the week that holds date.
    [[nodiscard]] static Result<QList<CalendarEntry>> week(Clinic& clinic, const QList<std::int64_t>& clinicianIds,
                                                           const QDate& date, bool includeCancelled = false);
    // The signed-in clinician's appointments today (local), cancelled ones left out.
    [[nodiscard]] static Result<QList<CalendarEntry>> myDay(Clinic& clinic);

    // Working time per day, for shading a view's working hours and marking absences.
    [[nodiscard]] static Result<QList<DayPlan>> workingDays(Clinic& clinic, std::int64_t clinicianId,
                                                            const QDate& first, const QDate& last);
};

} // namespace forlop
