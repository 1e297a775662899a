#pragma once

#include "Error.h"
#include "scheduling/Appointment.h"

#include <QDate>
#include <cstdint>
#include <optional>

namespace forlop {

class Database;

// The few statements the scheduling desk runs on the pathway's tables (patient, referral, treatment_session),
// inside its own transactions. The pathway's services each open a transaction of their own, so a booking cannot
// call them without splitting one change in two; these keep to the same rules as those services.
class PathwayLink
{
public:
    // The patient's pathway state id ("waiting", "treatment", …); nullopt when there is no such patient.
    [[nodiscard]] static Result<std::optional<QString>> patientState(Database& db, std::int64_t patientId);

    // Records the first appointment offered on the patient's referral, once, for waiting times (the rule of
    // Referrals::setFirstOffered). Returns the referral id when this call recorded it.
    [[nodiscard]] static Result<std::optional<std::int64_t>> noteFirstOffered(Database& db, std::int64_t patientId,
                                                                              const QDate& offeredOn);

    // The pathway's session kind for an appointment type; none for a first contact, which is no session.
    [[nodiscard]] static std::optional<QString> sessionKind(AppointmentType type);
    // Writes (or corrects) the pathway's session row for an appointment that was attended, missed or cancelled,
    // which is what the treatment plan counts. Returns the session id, or nullopt for a first contact.
    [[nodiscard]] static Result<std::optional<std::int64_t>> recordSession(Database& db, const Appointment& appointment,
                                                                           AppointmentStatus outcome,
                                                                           std::int64_t byUser, const QDateTime& at);

    // Pathway states counted as active care (PatientStates::isActive), as an SQL list of stored ids.
    static constexpr auto ActiveStates =
        "('referred', 'waiting', 'eligibility', 'included', 'assessment', 'treatment')";
};

} // namespace forlop
