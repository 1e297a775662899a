#pragma once

#include "Error.h"
#include "scheduling/Appointment.h"

#include <QCoreApplication>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

struct SeriesRequest
{
    std::int64_t patientId = 0;
    std::int64_t clinicianId = 0;
    std::optional<std::int64_t> roomId;
    AppointmentType type = AppointmentType::TreatmentSession;
    Modality modality = Modality::InPerson;
    QDateTime firstStart;
    int minutes = 0; // 0: the type's default length
    int occurrences = 16;
    int intervalWeeks = 1;
};

// One planned occurrence, and what would stop it from being booked.
struct SeriesOccurrence
{
    TimeRange time;
    std::optional<Error> refusal;
};

struct Series
{
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    std::int64_t clinicianId = 0;
    int occurrences = 0;
    int intervalWeeks = 1;
    QList<Appointment> appointments; // by their place in the series
};

// Weekly sessions at the same local time (summer time included). Each occurrence is an appointment of its own:
// it can be moved (Booking::move) or cancelled without touching the others, and stays in its series.
class RecurringSeries
{
    Q_DECLARE_TR_FUNCTIONS(RecurringSeries)

public:
    static constexpr int MaxOccurrences = 60;
    static constexpr int MaxIntervalWeeks = 8;

    // The times the series would take, each with the rule it would break, for the booking screen to show.
    [[nodiscard]] static Result<QList<SeriesOccurrence>> preview(Clinic& clinic, const SeriesRequest& request);
    // Books every occurrence in one transaction, or none: a refusal names the occurrence's date and the conflict.
    [[nodiscard]] static Result<std::int64_t> create(Clinic& clinic, const SeriesRequest& request);
    // The series with its appointments (audited as a read of the patient's appointments).
    [[nodiscard]] static Result<Series> get(Clinic& clinic, std::int64_t seriesId);
    // Cancels the occurrences still booked from `from` on (ending a treatment early); returns how many.
    [[nodiscard]] static Result<int> cancelFrom(Clinic& clinic, std::int64_t seriesId, const QDateTime& from,
                                                CancelledBy by, const QString& reason);

    // The times of a request's occurrences (no checks).
    [[nodiscard]] static QList<TimeRange> times(const SeriesRequest& request);
};

} // namespace forlop
