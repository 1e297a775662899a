#pragma once

#include "Error.h"
#include "scheduling/Appointment.h"
#include "scheduling/Slot.h"

#include <QCoreApplication>
#include <cstdint>

namespace forlop {

class AppointmentWrite;
class Clinic;

struct BookingRequest
{
    std::int64_t patientId = 0;
    AppointmentType type = AppointmentType::TreatmentSession;
    Modality modality = Modality::InPerson;
    Slot slot;
};

// Booking and moving appointments under the booking rules. The first appointment booked for a referred patient
// is recorded on the referral for waiting times.
class Booking
{
    Q_DECLARE_TR_FUNCTIONS(Booking)

public:
    [[nodiscard]] static Result<std::int64_t> book(Clinic& clinic, const BookingRequest& request);
    // Moves a booked appointment to another time, clinician or room under the same rules. An occurrence of a
    // series stays in its series.
    [[nodiscard]] static Status move(Clinic& clinic, std::int64_t appointmentId, const Slot& to);
    // The answer move() would give, without moving: for a calendar to show while an appointment is dragged.
    [[nodiscard]] static Status checkMove(Clinic& clinic, std::int64_t appointmentId, const Slot& to);

    // Books inside a write the caller holds (a series books all its occurrences in one transaction).
    [[nodiscard]] static Result<std::int64_t> place(AppointmentWrite& write, Appointment appointment);
};

} // namespace forlop
