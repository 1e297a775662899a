#pragma once

#include "Error.h"

#include <QString>
#include <optional>

namespace forlop {

class Database;

// The name a patient record carries until (and unless) the patient is identified: P-<year>-<number>, for
// example P-2026-0042. Numbers run per year of registration and never repeat; they carry no information about
// the person.
class Pseudonym
{
public:
    [[nodiscard]] static QString format(int year, int number);
    // The year and number of a well-formed pseudonym.
    [[nodiscard]] static std::optional<std::pair<int, int>> parse(const QString& pseudonym);
    // The next free pseudonym of the year; call inside the transaction that inserts it.
    [[nodiscard]] static Result<QString> next(Database& db, int year);
};

} // namespace forlop
