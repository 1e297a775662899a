#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <cstdint>

namespace forlop {

class Clinic;

struct Room
{
    std::int64_t id = 0;
    QString name;
    bool active = true;
};

// The clinic's consulting rooms. A room taken out of use keeps its past appointments but cannot be booked.
class Rooms
{
    Q_DECLARE_TR_FUNCTIONS(Rooms)

public:
    static constexpr int MaxNameLength = 60;

    [[nodiscard]] static Result<std::int64_t> add(Clinic& clinic, const QString& name);
    [[nodiscard]] static Status rename(Clinic& clinic, std::int64_t roomId, const QString& name);
    [[nodiscard]] static Status setActive(Clinic& clinic, std::int64_t roomId, bool active);
    // Ordered by name; inactive rooms only when asked for.
    [[nodiscard]] static Result<QList<Room>> list(Clinic& clinic, bool includeInactive = false);
    [[nodiscard]] static Result<std::optional<Room>> find(Clinic& clinic, std::int64_t roomId);
};

} // namespace forlop
