#pragma once

#include "Error.h"
#include "access/PatientAccess.h"
#include "access/Permission.h"
#include "pathway/PatientState.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <cstdint>
#include <initializer_list>
#include <optional>

namespace forlop {

class Clinic;

// The frame of every change to one patient's record: the session's permission, its access to this patient
// (clinical or administrative), one transaction, and the audit row written inside that transaction. A pathway
// service begins one, checks its preconditions, writes, audits and commits; returning early rolls back.
class PatientWrite
{
    Q_DECLARE_TR_FUNCTIONS(PatientWrite)

public:
    enum class Access { Administrative, Clinical };

    [[nodiscard]] static Result<PatientWrite> begin(Clinic& clinic, std::int64_t patientId, Permission permission,
                                                    Access access);

    PatientWrite(PatientWrite&&) noexcept = default;
    PatientWrite& operator=(PatientWrite&&) = delete;
    PatientWrite(const PatientWrite&) = delete;
    PatientWrite& operator=(const PatientWrite&) = delete;

    [[nodiscard]] Clinic& clinic() { return *m_clinic; }
    [[nodiscard]] std::int64_t patientId() const { return m_patientId; }
    [[nodiscard]] PatientState state() const { return m_state; }
    [[nodiscard]] const AccessGrant& grant() const { return m_grant; }

    // Conflict (with the illegal-transition message) unless the pathway allows moving to `to` from here.
    [[nodiscard]] Status requireTransition(PatientState to) const;
    // Conflict unless the patient is in one of the given states (for operations that change no state).
    [[nodiscard]] Status requireState(std::initializer_list<PatientState> allowed) const;
    // Writes the checked transition and its history row.
    [[nodiscard]] Status transition(PatientState to);

    [[nodiscard]] Status audit(const QString& action, const QString& objectType, std::optional<std::int64_t> objectId);
    [[nodiscard]] Status commit();

private:
    PatientWrite(Clinic& clinic, std::int64_t patientId, AccessGrant grant, Transaction transaction,
                 PatientState state);

    Clinic* m_clinic;
    std::int64_t m_patientId;
    AccessGrant m_grant;
    Transaction m_transaction;
    PatientState m_state;
};

} // namespace forlop
