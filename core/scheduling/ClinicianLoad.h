#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <cstdint>

namespace forlop {

class Clinic;

// The calendar's part of a unit leader's caseload row for one clinician.
struct ClinicianLoad
{
    std::int64_t clinicianId = 0;
    int sessionsDelivered = 0; // attended treatment sessions in the weeks before now
    qint64 workingMinutes = 0; // working time in the weeks after now
    qint64 bookedMinutes = 0;  // of that, taken by appointments
    qint64 freeMinutes = 0;    // of that, still free: the clinician's free capacity
    // Patients allocated to the clinician in active care with no appointment booked in the weeks after now.
    QList<std::int64_t> patientsWithoutAppointment;
};

class ClinicianLoads
{
    Q_DECLARE_TR_FUNCTIONS(ClinicianLoads)

public:
    static constexpr int DefaultWeeks = 4;

    [[nodiscard]] static Result<ClinicianLoad> forClinician(Clinic& clinic, std::int64_t clinicianId,
                                                            int weeks = DefaultWeeks);
    // Every active clinician, by sign-in name.
    [[nodiscard]] static Result<QList<ClinicianLoad>> all(Clinic& clinic, int weeks = DefaultWeeks);
};

} // namespace forlop
