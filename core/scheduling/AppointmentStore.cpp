#include "scheduling/AppointmentStore.h"

#include "scheduling/ClinicTime.h"
#include "storage/Database.h"

namespace forlop {

namespace {

#define APPOINTMENT_COLUMNS                                                                                            \
    "SELECT id, patient_id, clinician_id, room_id, type, modality, starts_at, ends_at, status, series_id, "            \
    "series_slot, cancel_reason, created_at, created_by FROM appointment "

constexpr auto Active = "status NOT IN ('cancelled_by_patient', 'cancelled_by_clinic')";

Appointment readAppointment(const Statement& stmt)
{
    Appointment appointment;
    appointment.id = stmt.int64(0);
    appointment.patientId = stmt.int64(1);
    appointment.clinicianId = stmt.int64(2);
    appointment.roomId = stmt.optionalInt64(3);
    appointment.type = AppointmentTypes::fromId(stmt.text(4)).value_or(AppointmentType::TreatmentSession);
    appointment.modality = Modalities::fromId(stmt.text(5)).value_or(Modality::InPerson);
    appointment.time = {ClinicTime::fromStored(stmt.text(6)), ClinicTime::fromStored(stmt.text(7))};
    appointment.status = AppointmentStatuses::fromId(stmt.text(8)).value_or(AppointmentStatus::Booked);
    appointment.seriesId = stmt.optionalInt64(9);
    if (auto slot = stmt.optionalText(10)) {
        appointment.seriesSlot = ClinicTime::fromStored(*slot);
    }
    appointment.cancelReason = stmt.optionalText(11).value_or(QString());
    appointment.createdAt = ClinicTime::fromStored(stmt.text(12));
    appointment.createdBy = stmt.optionalInt64(13).value_or(0);
    return appointment;
}

Result<QList<Appointment>> readAll(Statement& stmt)
{
    QList<Appointment> appointments;
    while (true) {
        auto row = stmt.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return appointments;
        }
        appointments.append(readAppointment(stmt));
    }
}

const char* ownerColumn(AppointmentStore::Owner owner)
{
    switch (owner) {
    case AppointmentStore::Owner::Clinician:
        return "clinician_id";
    case AppointmentStore::Owner::Room:
        return "room_id";
    case AppointmentStore::Owner::Patient:
        return "patient_id";
    }
    return "clinician_id";
}

// The overlap test on an index range: starts_at is bounded on both sides (no appointment is longer than
// LongestMinutes), ends_at is checked on the few rows that range yields.
QByteArray overlapSql(AppointmentStore::Owner owner, bool activeOnly, bool ignoring, bool first)
{
    QByteArray sql = APPOINTMENT_COLUMNS "WHERE ";
    sql += ownerColumn(owner);
    sql += " = ?1 AND starts_at > ?2 AND starts_at < ?3 AND ends_at > ?4";
    if (activeOnly) {
        sql += " AND ";
        sql += Active;
    }
    if (ignoring) {
        sql += " AND id <> ?5";
    }
    sql += " ORDER BY starts_at, id";
    if (first) {
        sql += " LIMIT 1";
    }
    return sql;
}

Result<Statement> prepareOverlap(Database& db, AppointmentStore::Owner owner, std::int64_t ownerId,
                                 const TimeRange& range, bool activeOnly, std::optional<std::int64_t> ignoreId,
                                 bool first)
{
    const QByteArray sql = overlapSql(owner, activeOnly, ignoreId.has_value(), first);
    auto stmt = db.prepare(sql.constData());
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    const QDateTime earliestStart = range.start.addSecs(-qint64(AppointmentStore::LongestMinutes) * 60);
    stmt->bindAll(ownerId, ClinicTime::toStored(earliestStart), ClinicTime::toStored(range.end),
                  ClinicTime::toStored(range.start));
    if (ignoreId) {
        stmt->bind(5, *ignoreId);
    }
    return stmt;
}

} // namespace

Result<std::int64_t> AppointmentStore::insert(Database& db, const Appointment& appointment, std::int64_t byUser,
                                              const QDateTime& at)
{
    auto stmt = db.prepare("INSERT INTO appointment (patient_id, clinician_id, room_id, type, modality, starts_at, "
                           "ends_at, status, series_id, series_slot, created_at, created_by, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'booked', ?8, ?9, ?10, ?11, ?10)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::optional<QString> seriesSlot;
    if (appointment.seriesId) {
        seriesSlot = ClinicTime::toStored(appointment.seriesSlot);
    }
    stmt->bindAll(appointment.patientId, appointment.clinicianId, appointment.roomId,
                  AppointmentTypes::id(appointment.type), Modalities::id(appointment.modality),
                  ClinicTime::toStored(appointment.time.start), ClinicTime::toStored(appointment.time.end),
                  appointment.seriesId, seriesSlot, ClinicTime::toStored(at), userReference(byUser));
    if (auto status = stmt->run(); !status) {
        return std::unexpected(status.error());
    }
    return db.lastInsertId();
}

Result<std::optional<Appointment>> AppointmentStore::find(Database& db, std::int64_t id)
{
    auto stmt = db.prepare(APPOINTMENT_COLUMNS "WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<Appointment>();
    }
    return std::optional<Appointment>(readAppointment(*stmt));
}

Status AppointmentStore::place(Database& db, std::int64_t id, const Slot& slot, const QDateTime& at)
{
    auto stmt = db.prepare("UPDATE appointment SET clinician_id = ?2, room_id = ?3, starts_at = ?4, ends_at = ?5, "
                           "updated_at = ?6 WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(id, slot.clinicianId, slot.roomId, ClinicTime::toStored(slot.time.start),
                  ClinicTime::toStored(slot.time.end), ClinicTime::toStored(at));
    return stmt->run();
}

Status AppointmentStore::setStatus(Database& db, std::int64_t id, AppointmentStatus status,
                                   const std::optional<QString>& cancelReason, std::int64_t byUser, const QDateTime& at)
{
    auto stmt = db.prepare("UPDATE appointment SET status = ?2, cancel_reason = ?3, status_changed_at = ?4, "
                           "status_changed_by = ?5, updated_at = ?4 WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(id, AppointmentStatuses::id(status), cancelReason, ClinicTime::toStored(at), userReference(byUser));
    return stmt->run();
}

Result<std::optional<Appointment>> AppointmentStore::firstOverlap(Database& db, Owner owner, std::int64_t ownerId,
                                                                  const TimeRange& range,
                                                                  std::optional<std::int64_t> ignoreId)
{
    auto stmt = prepareOverlap(db, owner, ownerId, range, true, ignoreId, true);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<Appointment>();
    }
    return std::optional<Appointment>(readAppointment(*stmt));
}

Result<QList<Appointment>> AppointmentStore::overlapping(Database& db, Owner owner, std::int64_t ownerId,
                                                         const TimeRange& range, bool includeCancelled)
{
    auto stmt = prepareOverlap(db, owner, ownerId, range, !includeCancelled, std::nullopt, false);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    return readAll(*stmt);
}

Result<QList<Appointment>> AppointmentStore::forPatient(Database& db, std::int64_t patientId)
{
    auto stmt = db.prepare(APPOINTMENT_COLUMNS "WHERE patient_id = ?1 ORDER BY starts_at, id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, patientId);
    return readAll(*stmt);
}

Result<QList<Appointment>> AppointmentStore::forSeries(Database& db, std::int64_t seriesId)
{
    auto stmt = db.prepare(APPOINTMENT_COLUMNS "WHERE series_id = ?1 ORDER BY series_slot, id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, seriesId);
    return readAll(*stmt);
}

} // namespace forlop
