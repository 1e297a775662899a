#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;
class Database;

enum class SessionKind { Eligibility, Assessment, Treatment, FollowUp };
enum class SessionModality { InPerson, Video, Phone };
enum class SessionAttendance { Attended, CancelledByPatient, CancelledByClinic, NoShow };

struct NewSession
{
    SessionKind kind = SessionKind::Treatment;
    QDateTime startsAt;
    int durationMinutes = 45;
    SessionModality modality = SessionModality::InPerson;
    SessionAttendance attendance = SessionAttendance::Attended;
    std::optional<std::int64_t> clinicianId;   // default: the patient's allocated clinician
    std::optional<std::int64_t> appointmentId; // the scheduling desk's appointment, when there is one
};

struct TreatmentSession
{
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    std::int64_t clinicianId = 0;
    SessionKind kind = SessionKind::Treatment;
    QDateTime startsAt;
    int durationMinutes = 0;
    SessionModality modality = SessionModality::InPerson;
    SessionAttendance attendance = SessionAttendance::Attended;
    std::optional<std::int64_t> appointmentId;
};

// Counting against the plan: treatment sessions only.
struct SessionTally
{
    int attended = 0;
    int cancelledByPatient = 0;
    int cancelledByClinic = 0;
    int noShow = 0;
    std::optional<int> planned; // none before a plan exists
};

// Sessions as they happened: time, length, modality and attendance (administrative; a secretary may mark
// attendance). Each kind belongs to a stage of the pathway; treatment sessions count against the plan.
class SessionLog
{
    Q_DECLARE_TR_FUNCTIONS(SessionLog)

public:
    [[nodiscard]] static Result<std::int64_t> record(Clinic& clinic, std::int64_t patientId, const NewSession& session);
    [[nodiscard]] static Status setAttendance(Clinic& clinic, std::int64_t sessionId, SessionAttendance attendance);
    [[nodiscard]] static Result<QList<TreatmentSession>> list(Clinic& clinic, std::int64_t patientId);
    // Attended, cancelled and missed treatment sessions against the planned number; audited read.
    [[nodiscard]] static Result<SessionTally> counts(Clinic& clinic, std::int64_t patientId);
    [[nodiscard]] static Result<SessionTally> countsOf(Database& db, std::int64_t patientId);

    // eligibility, assessment, treatment, follow_up; in_person, video, phone;
    // attended, cancelled_by_patient, cancelled_by_clinic, no_show
    [[nodiscard]] static QString id(SessionKind kind);
    [[nodiscard]] static std::optional<SessionKind> kindFromId(const QString& id);
    [[nodiscard]] static QString displayName(SessionKind kind);
    [[nodiscard]] static QString id(SessionModality modality);
    [[nodiscard]] static std::optional<SessionModality> modalityFromId(const QString& id);
    [[nodiscard]] static QString displayName(SessionModality modality);
    [[nodiscard]] static QString id(SessionAttendance attendance);
    [[nodiscard]] static std::optional<SessionAttendance> attendanceFromId(const QString& id);
    [[nodiscard]] static QString displayName(SessionAttendance attendance);
};

} // namespace forlop
