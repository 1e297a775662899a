#include "reports/ReportPeriod.h"

#include "scheduling/ClinicTime.h"

namespace forlop {

Result<ReportPeriod> ReportPeriod::make(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid()) {
        return fail(ErrorCode::InvalidInput, tr("Choose a valid first and last day for the period."));
    }
    if (from >= to) {
        return fail(ErrorCode::InvalidInput, tr("The period's first day must not be after its last day."));
    }
    if (from.daysTo(to) > MaximumDays) {
        return fail(ErrorCode::InvalidInput, tr("Choose a period of at most ten years."));
    }
    return ReportPeriod{from, to};
}

Result<ReportPeriod> ReportPeriod::days(const QDate& first, const QDate& last)
{
    if (!first.isValid() || !last.isValid()) {
        return fail(ErrorCode::InvalidInput, tr("Choose a valid first and last day for the period."));
    }
    return make(first, last.addDays(1));
}

ReportPeriod ReportPeriod::monthOf(const QDate& day)
{
    const QDate first(day.year(), day.month(), 1);
    return ReportPeriod{first, first.addMonths(1)};
}

ReportPeriod ReportPeriod::yearOf(const QDate& day)
{
    return ReportPeriod{QDate(day.year(), 1, 1), QDate(day.year() + 1, 1, 1)};
}

QString ReportPeriod::fromDate() const
{
    return ClinicTime::toStoredDate(from);
}

QString ReportPeriod::toDate() const
{
    return ClinicTime::toStoredDate(to);
}

QString ReportPeriod::fromInstant() const
{
    return ClinicTime::toStored(ClinicTime::startOfDay(from));
}

QString ReportPeriod::toInstant() const
{
    return ClinicTime::toStored(ClinicTime::startOfDay(to));
}

QList<QDate> ReportPeriod::months() const
{
    QList<QDate> result;
    for (QDate month(from.year(), from.month(), 1); month < to; month = month.addMonths(1)) {
        result.append(month);
    }
    return result;
}

QString ReportPeriod::displayText() const
{
    //: A report's period: first day–last day
    return tr("%1–%2").arg(ClinicTime::dateText(from), ClinicTime::dateText(last()));
}

} // namespace forlop
