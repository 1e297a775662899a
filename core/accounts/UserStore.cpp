#include "accounts/UserStore.h"

#include "storage/Database.h"

namespace forlop {

namespace {

constexpr auto Columns = "SELECT id, name, full_name, roles, profession, hpr_number, active, created_at FROM user ";

User readUser(const Statement& stmt)
{
    User user;
    user.id = stmt.int64(0);
    user.name = stmt.text(1);
    user.fullName = stmt.text(2);
    user.roles = RoleNames::fromIds(stmt.text(3)).value_or(Roles());
    user.profession = UserStore::professionFromId(stmt.text(4));
    user.hprNumber = stmt.text(5);
    user.active = stmt.int64(6) != 0;
    user.createdAt = QDateTime::fromString(stmt.text(7), Qt::ISODateWithMs);
    return user;
}

Result<std::optional<User>> findOne(Database& db, const QByteArray& sql, auto value)
{
    auto stmt = db.prepare(sql.constData());
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, value);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<User>();
    }
    return std::optional<User>(readUser(*stmt));
}

} // namespace

QString UserStore::professionId(Profession profession)
{
    switch (profession) {
    case Profession::Psychologist:
        return QStringLiteral("psychologist");
    case Profession::Psychiatrist:
        return QStringLiteral("psychiatrist");
    case Profession::None:
        break;
    }
    return {};
}

Profession UserStore::professionFromId(const QString& id)
{
    if (id == QLatin1String("psychologist")) {
        return Profession::Psychologist;
    }
    if (id == QLatin1String("psychiatrist")) {
        return Profession::Psychiatrist;
    }
    return Profession::None;
}

Result<std::int64_t> UserStore::insert(Database& db, const User& user)
{
    auto stmt = db.prepare("INSERT INTO user (name, full_name, roles, profession, hpr_number, active, created_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    const QString profession = professionId(user.profession);
    stmt->bindAll(user.name, user.fullName, RoleNames::toIds(user.roles),
                  profession.isEmpty() ? std::optional<QString>() : std::optional<QString>(profession),
                  user.hprNumber.isEmpty() ? std::optional<QString>() : std::optional<QString>(user.hprNumber),
                  user.active, user.createdAt.toUTC().toString(Qt::ISODateWithMs));
    if (auto status = stmt->run(); !status) {
        return std::unexpected(status.error());
    }
    return db.lastInsertId();
}

Result<std::optional<User>> UserStore::findByName(Database& db, const QString& name)
{
    return findOne(db, QByteArray(Columns) + "WHERE name = ?1", name);
}

Result<std::optional<User>> UserStore::findById(Database& db, std::int64_t id)
{
    return findOne(db, QByteArray(Columns) + "WHERE id = ?1", id);
}

Result<QList<User>> UserStore::all(Database& db)
{
    auto stmt = db.prepare((QByteArray(Columns) + "ORDER BY name").constData());
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<User> users;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        users << readUser(*stmt);
    }
    return users;
}

Status UserStore::setActive(Database& db, std::int64_t id, bool active, const QDateTime& at)
{
    auto stmt = db.prepare("UPDATE user SET active = ?2, deactivated_at = ?3 WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(id, active,
                  active ? std::optional<QString>() : std::optional<QString>(at.toUTC().toString(Qt::ISODateWithMs)));
    return stmt->run();
}

Status UserStore::setRoles(Database& db, std::int64_t id, Roles roles)
{
    auto stmt = db.prepare("UPDATE user SET roles = ?2 WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(id, RoleNames::toIds(roles));
    return stmt->run();
}

} // namespace forlop
