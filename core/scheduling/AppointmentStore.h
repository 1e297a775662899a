#pragma once

#include "Error.h"
#include "scheduling/Appointment.h"
#include "scheduling/Slot.h"

#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Database;

// Rows of the appointment table. No permission checks here: the scheduling services check the session and the
// patient access first, and call these inside their transaction.
class AppointmentStore
{
public:
    // No appointment is longer; this bounds every overlap query so the (owner, starts_at) index is used both ways.
    static constexpr int LongestMinutes = 480;

    enum class Owner { Clinician, Room, Patient };

    [[nodiscard]] static Result<std::int64_t> insert(Database& db, const Appointment& appointment, std::int64_t byUser,
                                                     const QDateTime& at);
    [[nodiscard]] static Result<std::optional<Appointment>> find(Database& db, std::int64_t id);
    [[nodiscard]] static Status place(Database& db, std::int64_t id, const Slot& slot, const QDateTime& at);
    [[nodiscard]] static Status setStatus(Database& db, std::int64_t id, AppointmentStatus status,
                                          const std::optional<QString>& cancelReason, std::int64_t byUser,
                                          const QDateTime& at);

    // The earliest appointment of the owner that still takes up time (not cancelled) and overlaps range.
    [[nodiscard]] static Result<std::optional<Appointment>> firstOverlap(Database& db, Owner owner,
                                                                         std::int64_t ownerId, const TimeRange& range,
                                                                         std::optional<std::int64_t> ignoreId);
    // Every appointment of the owner overlapping range, ordered by start.
    [[nodiscard]] static Result<QList<Appointment>> overlapping(Database& db, Owner owner, std::int64_t ownerId,
                                                                const TimeRange& range, bool includeCancelled);
    [[nodiscard]] static Result<QList<Appointment>> forPatient(Database& db, std::int64_t patientId);
    [[nodiscard]] static Result<QList<Appointment>> forSeries(Database& db, std::int64_t seriesId);
};

// A user row reference: the recovery-key session has no user (id 0), so it is recorded as NULL.
[[nodiscard]] inline std::optional<std::int64_t> userReference(std::int64_t userId)
{
    return userId > 0 ? std::optional<std::int64_t>(userId) : std::nullopt;
}

} // namespace forlop
