#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

// Referral received → first appointment offered, per patient, for the unit leader's reports.
struct WaitingTime
{
    std::int64_t patientId = 0;
    QDate receivedOn;
    QDate firstOfferedOn;
    int days = 0;
    bool urgent = false;
    QString channel;
    std::optional<std::int64_t> clinicianId;
};

struct WaitingSummary
{
    int count = 0;
    double medianDays = 0;
    int percentile90Days = 0; // nearest rank
};

class WaitingTimes
{
    Q_DECLARE_TR_FUNCTIONS(WaitingTimes)

public:
    // Patients whose first appointment was offered for a day in [first, last], ordered by that day.
    [[nodiscard]] static Result<QList<WaitingTime>> offeredBetween(Clinic& clinic, const QDate& first,
                                                                   const QDate& last);
    [[nodiscard]] static WaitingSummary summarise(const QList<WaitingTime>& times);
};

} // namespace forlop
