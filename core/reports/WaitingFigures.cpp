#include "reports/WaitingFigures.h"

#include "reports/FidelityBuilder.h"

namespace forlop {

WaitingFigure WaitingFigures::summarise(const QList<WaitingTime>& times)
{
    WaitingFigure figure;
    for (const WaitingTime& time : times) {
        figure.patients.add(time.patientId);
    }
    figure.patients.normalise();
    if (!times.isEmpty()) {
        const WaitingSummary summary = WaitingTimes::summarise(times);
        figure.medianDays = summary.medianDays;
        figure.percentile90Days = summary.percentile90Days;
    }
    return figure;
}

Status WaitingFigures::collect(Clinic& clinic, const ReportPeriod& period, FidelityBuilder& builder,
                               QList<MonthlyWaiting>& byMonth)
{
    auto times = WaitingTimes::offeredBetween(clinic, period.from, period.last());
    if (!times) {
        return std::unexpected(times.error());
    }
    QMap<std::int64_t, QList<WaitingTime>> byClinician;
    QMap<QDate, QList<WaitingTime>> months;
    for (const WaitingTime& time : std::as_const(*times)) {
        byClinician[time.clinicianId.value_or(FidelityBuilder::Unallocated)].append(time);
        months[QDate(time.firstOfferedOn.year(), time.firstOfferedOn.month(), 1)].append(time);
    }
    builder.clinic().waiting = summarise(*times);
    for (auto it = byClinician.cbegin(); it != byClinician.cend(); ++it) {
        builder.clinician(it.key()).waiting = summarise(it.value());
    }
    byMonth.clear();
    for (const QDate& month : period.months()) {
        byMonth.append(MonthlyWaiting{month, summarise(months.value(month))});
    }
    return {};
}

} // namespace forlop
