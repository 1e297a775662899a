#pragma once

#include "Error.h"
#include "audit/AuditEvent.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdint>

namespace forlop {

class Clinic;

// Why this session may see this patient: recorded with every read, shown to the patient in the access log.
struct AccessGrant
{
    QString basis; // AuditBasis::CareRelation, Clinic, Emergency or Administrative
    QString reason;
};

// Need-to-know access to one patient (helsepersonelloven §21a): clinicians see the patients allocated to
// them, unit leaders all patients of the clinic, anyone else with clinical rights only through a reasoned
// emergency access. A block for a named staff member shuts them out of the whole record, whatever their role.
class PatientAccess
{
    Q_DECLARE_TR_FUNCTIONS(PatientAccess)

public:
    static constexpr int EmergencyHours = 8;
    static constexpr int MinimumReasonLength = 20;

    [[nodiscard]] static Result<AccessGrant> clinical(Clinic& clinic, std::int64_t patientId);
    [[nodiscard]] static Result<AccessGrant> administrative(Clinic& clinic, std::int64_t patientId);

    // Break the glass: grants this session's user clinical access to the patient for EmergencyHours, with a
    // typed reason the patient will be able to read. Audited and queued for the unit leader's review.
    [[nodiscard]] static Result<AccessGrant> breakGlass(Clinic& clinic, std::int64_t patientId, const QString& reason);
    [[nodiscard]] static bool hasActiveEmergencyAccess(Clinic& clinic, std::int64_t patientId);

    // Unit leaders and the patient's own clinician may block or unblock a named staff member.
    [[nodiscard]] static Status block(Clinic& clinic, std::int64_t patientId, std::int64_t userId);
    [[nodiscard]] static Status unblock(Clinic& clinic, std::int64_t patientId, std::int64_t userId);

    // Records a read of a patient's record or one of its objects, with the basis of access.
    [[nodiscard]] static Status auditRead(Clinic& clinic, std::int64_t patientId, const QString& objectType,
                                          std::optional<std::int64_t> objectId, const AccessGrant& grant);

    // Marks an emergency access as reviewed (unit leader); the review is itself audited.
    [[nodiscard]] static Status markReviewed(Clinic& clinic, std::int64_t emergencyAccessId);
};

} // namespace forlop
