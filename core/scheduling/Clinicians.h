#pragma once

#include "Error.h"
#include "accounts/User.h"

#include <QCoreApplication>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Database;

// The people whose calendars the desk keeps: active users with the clinician role (a unit leader who also
// treats patients holds both roles).
class Clinicians
{
    Q_DECLARE_TR_FUNCTIONS(Clinicians)

public:
    // InvalidInput unless the user exists, is active and is a clinician.
    [[nodiscard]] static Result<User> requireActive(Database& db, std::int64_t userId);
    // Active clinicians, by sign-in name; only those of the profession when one is given.
    [[nodiscard]] static Result<QList<User>> active(Database& db, std::optional<Profession> profession = std::nullopt);
    // How messages and calendars name a clinician: the full name, else the sign-in name.
    [[nodiscard]] static QString displayName(const User& user);
    [[nodiscard]] static bool isActiveClinician(const User& user);
};

} // namespace forlop
