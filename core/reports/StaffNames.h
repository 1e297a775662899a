#pragma once

#include "Error.h"

#include <QHash>
#include <QString>

#include <cstdint>

namespace forlop {

class Database;

// How reports name staff: the full name, else the sign-in name. Every user, active or not, since a report on
// last year names the clinicians of last year.
class StaffNames
{
public:
    [[nodiscard]] static Result<QHash<std::int64_t, QString>> all(Database& db);
};

} // namespace forlop
