#pragma once

#include "Error.h"

struct sqlite3;

namespace forlop {

// Turns an SQLite result code into a translated error that names no data (only the kind of failure).
[[nodiscard]] Error sqliteError(sqlite3* db, int resultCode);

} // namespace forlop
