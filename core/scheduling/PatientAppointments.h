#pragma once

#include "Error.h"
#include "scheduling/Appointment.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

// A patient's appointments, for the record header and timeline and for caseload lists. Reading them is reading the
// patient's record: each call is audited with the patient and the basis of access.
class PatientAppointments
{
    Q_DECLARE_TR_FUNCTIONS(PatientAppointments)

public:
    // Every appointment, cancelled ones included, by start.
    [[nodiscard]] static Result<QList<Appointment>> list(Clinic& clinic, std::int64_t patientId);
    // One appointment (for a letter or the appointment's own dialog).
    [[nodiscard]] static Result<Appointment> get(Clinic& clinic, std::int64_t appointmentId);
    // The next booked appointment from now on, if any.
    [[nodiscard]] static Result<std::optional<Appointment>> next(Clinic& clinic, std::int64_t patientId);
    // For a caseload list: the next booked appointment of each patient allocated to the clinician (patients with
    // none are absent). Audited once, as a view of that caseload.
    [[nodiscard]] static Result<QHash<std::int64_t, Appointment>> nextForCaseload(Clinic& clinic,
                                                                                  std::int64_t clinicianId);
};

} // namespace forlop
