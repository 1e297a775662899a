#pragma once

#include "Error.h"
#include "access/PatientAccess.h"
#include "storage/Transaction.h"

#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

// The frame of every change to a patient's appointments: the session may manage appointments, it has
// (administrative) access to this patient, one transaction holds the write lock, and the audit row is written
// inside it. Returning without commit() rolls everything back.
class AppointmentWrite
{
public:
    [[nodiscard]] static Result<AppointmentWrite> begin(Clinic& clinic, std::int64_t patientId);

    AppointmentWrite(AppointmentWrite&&) noexcept = default;
    AppointmentWrite& operator=(AppointmentWrite&&) = delete;
    AppointmentWrite(const AppointmentWrite&) = delete;
    AppointmentWrite& operator=(const AppointmentWrite&) = delete;

    [[nodiscard]] Clinic& clinic() { return *m_clinic; }
    [[nodiscard]] std::int64_t patientId() const { return m_patientId; }

    [[nodiscard]] Status audit(const QString& action, const QString& objectType, std::optional<std::int64_t> objectId);
    [[nodiscard]] Status commit() { return m_transaction.commit(); }

private:
    AppointmentWrite(Clinic& clinic, std::int64_t patientId, AccessGrant grant, Transaction transaction);

    Clinic* m_clinic;
    std::int64_t m_patientId;
    AccessGrant m_grant;
    Transaction m_transaction;
};

} // namespace forlop
