#pragma once

#include "Error.h"
#include "pathway/Patient.h"

#include <QCoreApplication>
#include <cstdint>

namespace forlop {

class Clinic;

struct RegisteredPatient
{
    std::int64_t patientId = 0;
    QString pseudonym;
};

// The patient record itself: first contact, identity, allocation to a clinician. Administrative data, so
// secretaries work here too; every read and change is audited.
class PatientRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PatientRegistry)

public:
    // A first contact (often anonymous): a new record in the enquiry state with a generated pseudonym.
    [[nodiscard]] static Result<RegisteredPatient> registerEnquiry(Clinic& clinic, PatientIdentity identity);
    // The administrative record (state, clinician, identity); audited as a read.
    [[nodiscard]] static Result<Patient> get(Clinic& clinic, std::int64_t patientId);
    [[nodiscard]] static Result<std::optional<std::int64_t>> findByPseudonym(Clinic& clinic, const QString& pseudonym);
    [[nodiscard]] static Status updateIdentity(Clinic& clinic, std::int64_t patientId, PatientIdentity identity);
    // Whether allocating may move a patient who already has a clinician. The allocation board refuses: the leader
    // chose from a list of unallocated referrals, and another leader may have allocated it since.
    enum class Reallocation { Allowed, Refused };

    // Unit leaders allocate a patient to an active clinician (or back to nobody with nullopt).
    [[nodiscard]] static Status allocate(Clinic& clinic, std::int64_t patientId,
                                         std::optional<std::int64_t> clinicianId,
                                         Reallocation reallocation = Reallocation::Allowed);

    // Conflict when another patient already has this national ID (the message names no one).
    [[nodiscard]] static Status requireUniqueNationalId(Clinic& clinic, const QString& nationalId,
                                                        std::optional<std::int64_t> exceptPatientId);
};

} // namespace forlop
