#pragma once

#include "Error.h"
#include "pathway/PatientState.h"
#include "scheduling/AppointmentType.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

enum class CaseloadSort { Patient, State, Sessions, NextAppointment, UnsignedNotes, Package, DutyFollowUps };

struct CaseloadFilter
{
    QString text;           // part of the pseudonym or the name; empty for all
    bool activeOnly = true; // active care only (PatientStates::isActive); false adds ended and excluded patients
    CaseloadSort sort = CaseloadSort::NextAppointment;
    bool descending = false;
};

// One patient of the signed-in clinician's caseload: plain facts and counts only, never clinical text.
struct CaseloadRow
{
    std::int64_t patientId = 0;
    QString pseudonym;
    QString name; // empty while the patient is anonymous
    PatientState state = PatientState::Referred;
    int sessionsAttended = 0;           // attended treatment sessions
    std::optional<int> plannedSessions; // none before a treatment plan exists
    std::optional<QDateTime> nextAppointment;
    std::optional<AppointmentType> nextAppointmentType;
    int unsignedNotes = 0;              // the clinician's own drafts for this patient
    std::optional<int> packagePercent;  // completed instruments of the due timepoints; none before the package
    int openDutyFollowUps = 0;          // signed duty-to-report records whose follow-up is still open

    [[nodiscard]] QString displayName() const { return name.trimmed().isEmpty() ? pseudonym : name.trimmed(); }
};

// "My patients": the caseload of the signed-in clinician, one page at a time, sorted and filtered in the query.
// One statement per page: the patients come from the patient_clinician index, and every figure is a probe of
// that patient's own index range (sessions, plan, appointments, notes, package, duties), so a page costs what it
// shows. Patients the user is blocked from are left out. Each page read is audited as a view of the caseload.
class ClinicianCaseload
{
    Q_DECLARE_TR_FUNCTIONS(ClinicianCaseload)

public:
    static constexpr int MaxPageSize = 500;

    [[nodiscard]] static Result<QList<CaseloadRow>> page(Clinic& clinic, const CaseloadFilter& filter, int offset,
                                                         int limit);
    // The statement page() runs, for tests of its query plan.
    [[nodiscard]] static QByteArray sql(const CaseloadFilter& filter);
};

} // namespace forlop
