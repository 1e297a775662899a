#include "scheduling/WaitingTimes.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "scheduling/ClinicTime.h"

#include <algorithm>
#include <cmath>

namespace forlop {

Result<QList<WaitingTime>> WaitingTimes::offeredBetween(Clinic& clinic, const QDate& first, const QDate& last)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewStatistics); !status) {
        return std::unexpected(status.error());
    }
    if (!first.isValid() || !last.isValid() || first > last) {
        return fail(ErrorCode::InvalidInput, tr("Choose a period whose first day is not after its last."));
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("waiting_times.view"),
                                              std::nullopt,
                                              QStringLiteral("referral"),
                                              std::nullopt,
                                              QLatin1String(AuditBasis::Administrative),
                                              {},
                                              QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    auto stmt = clinic.db().prepare(
        "SELECT r.patient_id, r.received_on, r.first_offered_on, r.urgency = 'urgent', r.channel, p.clinician_id "
        "FROM referral r JOIN patient p ON p.id = r.patient_id "
        "WHERE r.first_offered_on BETWEEN ?1 AND ?2 ORDER BY r.first_offered_on, r.patient_id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(ClinicTime::toStoredDate(first), ClinicTime::toStoredDate(last));
    QList<WaitingTime> times;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return times;
        }
        WaitingTime time;
        time.patientId = stmt->int64(0);
        time.receivedOn = ClinicTime::fromStoredDate(stmt->text(1));
        time.firstOfferedOn = ClinicTime::fromStoredDate(stmt->text(2));
        time.days = int(time.receivedOn.daysTo(time.firstOfferedOn));
        time.urgent = stmt->int64(3) != 0;
        time.channel = stmt->text(4);
        time.clinicianId = stmt->optionalInt64(5);
        times.append(time);
    }
}

WaitingSummary WaitingTimes::summarise(const QList<WaitingTime>& times)
{
    WaitingSummary summary;
    summary.count = int(times.size());
    if (times.isEmpty()) {
        return summary;
    }
    QList<int> days;
    for (const WaitingTime& time : times) {
        days.append(time.days);
    }
    std::sort(days.begin(), days.end());
    const qsizetype n = days.size();
    summary.medianDays = n % 2 == 1 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2.0;
    const auto rank = qsizetype(std::ceil(0.9 * double(n)));
    summary.percentile90Days = days[std::max<qsizetype>(rank, 1) - 1];
    return summary;
}

} // namespace forlop
