#pragma once

#include "Error.h"
#include "pathway/PatientState.h"
#include "reports/Tally.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <cstdint>

namespace forlop {

class Clinic;

// One clinician's row of the unit leader's caseload view. Every tally keeps the patients behind it, so each
// figure opens as a patient list (opening a record is audited as usual).
struct Caseload
{
    std::int64_t clinicianId = 0;
    QString name;
    Tally active;                            // allocated patients in active care
    QMap<PatientState, Tally> activeByState; // the same, by pathway state
    Tally sessionsDelivered;                 // attended treatment sessions in the weeks before now (count: sessions)
    // The calendar's free capacity in the weeks after now: working hours minus booked appointments (minutes).
    qint64 workingMinutes = 0;
    qint64 bookedMinutes = 0;
    qint64 freeMinutes = 0;
    Tally unsignedNotes;          // the clinician's own drafts older than Caseloads::UnsignedNoteDays (count: notes)
    Tally openDutyFollowUps;      // signed duty-to-report records assessed by the clinician, follow-up open
    Tally withoutAppointment;     // active patients with no appointment booked in the weeks after now
};

struct CaseloadView
{
    QDateTime at; // "now" for every figure
    int weeks = 0;
    QList<Caseload> clinicians; // every active clinician, by sign-in name
};

// The unit leader's caseload overview (Permission::ViewReports): per clinician, active patients by state,
// sessions delivered, free capacity, unsigned notes, open duty-to-report follow-ups and patients without an
// appointment. The calendar figures are the scheduling desk's (ClinicianLoads); sessions delivered are counted
// from the pathway's session record, which also holds sessions recorded without a calendar appointment.
class Caseloads
{
    Q_DECLARE_TR_FUNCTIONS(Caseloads)

public:
    static constexpr int DefaultWeeks = 4;
    static constexpr int UnsignedNoteDays = 3;

    [[nodiscard]] static Result<CaseloadView> view(Clinic& clinic, int weeks = DefaultWeeks);
};

} // namespace forlop
