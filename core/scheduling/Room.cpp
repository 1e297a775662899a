#include "scheduling/Room.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "scheduling/ClinicTime.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace forlop {

namespace {

Result<QString> validName(const QString& name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty()) {
        return fail(ErrorCode::InvalidInput, Rooms::tr("Give the room a name."));
    }
    if (simplified.size() > Rooms::MaxNameLength) {
        return fail(ErrorCode::InvalidInput,
                    Rooms::tr("A room name can have at most %n characters.", nullptr, Rooms::MaxNameLength));
    }
    return simplified;
}

Result<bool> nameTaken(Database& db, const QString& name, std::int64_t exceptId)
{
    auto stmt = db.prepare("SELECT 1 FROM room WHERE name = ?1 AND id <> ?2");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(name, exceptId);
    return stmt->step();
}

Error nameTakenError(const QString& name)
{
    return {ErrorCode::Conflict, Rooms::tr("There is already a room named “%1”.").arg(name)};
}

Status auditRoom(Clinic& clinic, const QString& action, std::int64_t roomId)
{
    return clinic.audit(AuditEvent{action,
                                   std::nullopt,
                                   QStringLiteral("room"),
                                   roomId,
                                   QLatin1String(AuditBasis::Administrative),
                                   {},
                                   QStringLiteral("ok")});
}

// Changes one room row, then audits, in one transaction.
template <typename Value>
Status changeRoom(Clinic& clinic, std::int64_t roomId, const char* sql, const Value& value, const QString& action)
{
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto stmt = clinic.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(roomId, value);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    if (clinic.db().changes() != 1) {
        return fail(ErrorCode::NotFound, Rooms::tr("The room was not found."));
    }
    if (auto status = auditRoom(clinic, action, roomId); !status) {
        return status;
    }
    return transaction->commit();
}

} // namespace

Result<std::int64_t> Rooms::add(Clinic& clinic, const QString& name)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageAppointments); !status) {
        return std::unexpected(status.error());
    }
    auto valid = validName(name);
    if (!valid) {
        return std::unexpected(valid.error());
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto taken = nameTaken(clinic.db(), *valid, 0);
    if (!taken) {
        return std::unexpected(taken.error());
    }
    if (*taken) {
        return std::unexpected(nameTakenError(*valid));
    }
    auto stmt = clinic.db().prepare("INSERT INTO room (name, active, created_at) VALUES (?1, 1, ?2)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(*valid, ClinicTime::toStored(clinic.clock().now()));
    if (auto status = stmt->run(); !status) {
        return std::unexpected(status.error());
    }
    const std::int64_t id = clinic.db().lastInsertId();
    if (auto status = auditRoom(clinic, QStringLiteral("room.add"), id); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(status.error());
    }
    return id;
}

Status Rooms::rename(Clinic& clinic, std::int64_t roomId, const QString& name)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageAppointments); !status) {
        return status;
    }
    auto valid = validName(name);
    if (!valid) {
        return std::unexpected(valid.error());
    }
    auto taken = nameTaken(clinic.db(), *valid, roomId);
    if (!taken) {
        return std::unexpected(taken.error());
    }
    if (*taken) {
        return std::unexpected(nameTakenError(*valid));
    }
    return changeRoom(clinic, roomId, "UPDATE room SET name = ?2 WHERE id = ?1", *valid, QStringLiteral("room.rename"));
}

Status Rooms::setActive(Clinic& clinic, std::int64_t roomId, bool active)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageAppointments); !status) {
        return status;
    }
    return changeRoom(clinic, roomId, "UPDATE room SET active = ?2 WHERE id = ?1", active,
                      active ? QStringLiteral("room.activate") : QStringLiteral("room.deactivate"));
}

Result<QList<Room>> Rooms::list(Clinic& clinic, bool includeInactive)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewAdministrative); !status) {
        return std::unexpected(status.error());
    }
    auto stmt = clinic.db().prepare("SELECT id, name, active FROM room WHERE active = 1 OR ?1 ORDER BY name, id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, includeInactive);
    QList<Room> rooms;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return rooms;
        }
        rooms.append(Room{stmt->int64(0), stmt->text(1), stmt->int64(2) != 0});
    }
}

Result<std::optional<Room>> Rooms::find(Clinic& clinic, std::int64_t roomId)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewAdministrative); !status) {
        return std::unexpected(status.error());
    }
    auto stmt = clinic.db().prepare("SELECT id, name, active FROM room WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, roomId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<Room>();
    }
    return std::optional<Room>(Room{stmt->int64(0), stmt->text(1), stmt->int64(2) != 0});
}

} // namespace forlop
