#pragma once

#include "Error.h"
#include "pathway/SessionLog.h"
#include "scheduling/Appointment.h"

#include <QDate>
#include <cstdint>
#include <optional>

namespace forlop {

class Database;

// The two writes the scheduling desk makes to the pathway's tables (referral, treatment_session) inside its own
// transactions. The pathway's services for them (Referrals::setFirstOffered, SessionLog::record and
// setAttendance) each open a transaction of their own, so a booking or a cancellation could not call them without
// splitting one change in two; these keep to the same rules and the same codes.
class PathwayLink
{
public:
    // Records the first appointment offered on the patient's referral, once, for waiting times (the rule of
    // Referrals::setFirstOffered). Returns the referral id when this call recorded it.
    [[nodiscard]] static Result<std::optional<std::int64_t>> noteFirstOffered(Database& db, std::int64_t patientId,
                                                                              const QDate& offeredOn);

    // The pathway's session kind for an appointment type; none for a first contact, which is no session.
    [[nodiscard]] static std::optional<SessionKind> sessionKind(AppointmentType type);
    [[nodiscard]] static SessionModality sessionModality(Modality modality);
    // The attendance an outcome stands for; none while the appointment is still booked.
    [[nodiscard]] static std::optional<SessionAttendance> sessionAttendance(AppointmentStatus status);

    // Writes (or corrects) the pathway's session row for an appointment that was attended, missed or cancelled:
    // what SessionLog counts against the treatment plan. Returns the session id, or nullopt for a first contact.
    [[nodiscard]] static Result<std::optional<std::int64_t>> recordSession(Database& db, const Appointment& appointment,
                                                                           AppointmentStatus outcome,
                                                                           std::int64_t byUser, const QDateTime& at);

    // Pathway states counted as active care (PatientStates::isActive), as an SQL list of stored ids.
    static constexpr auto ActiveStates =
        "('referred', 'waiting', 'eligibility', 'included', 'assessment', 'treatment')";
};

} // namespace forlop
