#pragma once

#include "Error.h"
#include "pathway/PatientState.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

// One patient behind a report figure, as a drill-down list shows it: administrative facts only, never clinical
// text, and the pseudonym rather than the name.
struct ReportPatient
{
    std::int64_t patientId = 0;
    QString pseudonym;
    PatientState state = PatientState::Referred;
    std::optional<std::int64_t> clinicianId;
    std::optional<QDate> referredOn;
    std::optional<QDateTime> lastSession;     // the latest attended session of any kind
    std::optional<QDateTime> nextAppointment; // the next booked appointment from now
};

// The patients behind a figure (a Tally's ids), one page at a time, for the unit leader's drill-downs
// (Permission::ViewReports). Each page read is audited once as a look at a report's patient list; opening a
// record from the list is audited by the record as any other read.
class ReportPatients
{
    Q_DECLARE_TR_FUNCTIONS(ReportPatients)

public:
    static constexpr int MaxPageSize = 200;

    // The patients with these ids, in the order given; ids that name no patient are left out.
    [[nodiscard]] static Result<QList<ReportPatient>> list(Clinic& clinic, const QList<std::int64_t>& patientIds);
};

} // namespace forlop
