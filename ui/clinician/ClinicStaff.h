#pragma once

#include <QHash>
#include <QString>

#include <cstdint>

namespace forlop {

class Clinic;

// How the clinician's screens name staff: the full name, else the sign-in name (from UserAdmin::list, which
// any signed-in user may read; no patient data).
class ClinicStaff
{
public:
    [[nodiscard]] static QHash<std::int64_t, QString> names(Clinic& clinic);
};

} // namespace forlop
