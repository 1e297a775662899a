#pragma once

#include "Error.h"
#include "accounts/User.h"

#include <QList>

#include <optional>

namespace forlop {

class Database;

// Rows of the user table. No permission checks here: callers are the account services, which check first.
class UserStore
{
public:
    [[nodiscard]] static Result<std::int64_t> insert(Database& db, const User& user);
    [[nodiscard]] static Result<std::optional<User>> findByName(Database& db, const QString& name);
    [[nodiscard]] static Result<std::optional<User>> findById(Database& db, std::int64_t id);
    [[nodiscard]] static Result<QList<User>> all(Database& db);
    [[nodiscard]] static Status setActive(Database& db, std::int64_t id, bool active, const QDateTime& at);
    [[nodiscard]] static Status setRoles(Database& db, std::int64_t id, Roles roles);

    [[nodiscard]] static QString professionId(Profession profession);
    [[nodiscard]] static Profession professionFromId(const QString& id);
};

} // namespace forlop
