#pragma once

#include "scheduling/ClinicTime.h"

#include <QDateTime>

namespace forlop {

// Dates and times on the clinician's screens as the rest of Forløp shows them ("02.03.2026 10:00"), in the
// clinic's time zone, whatever the machine's locale.
namespace displaytime {

[[nodiscard]] inline QString date(const QDate& date)
{
    return ClinicTime::dateText(date);
}

[[nodiscard]] inline QString time(const QDateTime& instant)
{
    return ClinicTime::timeText(instant);
}

[[nodiscard]] inline QString dateTime(const QDateTime& instant)
{
    return ClinicTime::dateText(ClinicTime::dateOf(instant)) + QLatin1Char(' ') + ClinicTime::timeText(instant);
}

} // namespace displaytime
} // namespace forlop
