#pragma once

#include "Error.h"
#include "pathway/Patient.h"

#include <QList>

namespace forlop {

class Database;

// Rows of the patient table and its state history. No permission checks here: the pathway services check
// the session and the patient access first, and call these inside their transaction.
class PatientStore
{
public:
    [[nodiscard]] static Result<std::int64_t> insert(Database& db, const QString& pseudonym, PatientState state,
                                                     const PatientIdentity& identity, std::int64_t createdBy,
                                                     const QDateTime& at);
    [[nodiscard]] static Result<std::optional<Patient>> find(Database& db, std::int64_t id);
    [[nodiscard]] static Result<std::optional<Patient>> findByPseudonym(Database& db, const QString& pseudonym);
    [[nodiscard]] static Result<std::optional<std::int64_t>> findByNationalId(Database& db, const QString& nationalId);
    [[nodiscard]] static Result<std::optional<PatientState>> state(Database& db, std::int64_t id);
    // Writes the new state and a row of history; the caller has checked the transition.
    [[nodiscard]] static Status setState(Database& db, std::int64_t id, std::optional<PatientState> from,
                                         PatientState to, std::int64_t byUser, const QDateTime& at);
    [[nodiscard]] static Status setIdentity(Database& db, std::int64_t id, const PatientIdentity& identity,
                                            const QDateTime& at);
    [[nodiscard]] static Status setClinician(Database& db, std::int64_t id, std::optional<std::int64_t> clinicianId);
};

} // namespace forlop
