#pragma once

#include <QStringList>

namespace forlop {

// Every database column that holds clinical content ("table.column"). Their values are encrypted to the
// clinical key; sessions without clinical rights are also denied reading them by the SQLite authorizer.
// A new clinical column must be listed here.
[[nodiscard]] const QStringList& clinicalColumns();

} // namespace forlop
