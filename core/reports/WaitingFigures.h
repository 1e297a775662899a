#pragma once

#include "Error.h"
#include "reports/FidelityFigures.h"
#include "scheduling/WaitingTimes.h"

namespace forlop {

class Clinic;
class FidelityBuilder;

// Waiting time from referral to the first appointment offered (median and 90th percentile, nearest rank, as
// WaitingTimes::summarise gives them), for the first offers made in the period: for the clinic, per clinician
// and per calendar month.
class WaitingFigures
{
public:
    [[nodiscard]] static Status collect(Clinic& clinic, const ReportPeriod& period, FidelityBuilder& builder,
                                        QList<MonthlyWaiting>& byMonth);
    [[nodiscard]] static WaitingFigure summarise(const QList<WaitingTime>& times);
};

} // namespace forlop
