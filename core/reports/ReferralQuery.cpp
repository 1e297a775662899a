#include "reports/ReferralQuery.h"

#include "reports/FidelityBuilder.h"
#include "reports/ReportSql.h"

namespace forlop {

Status ReferralQuery::collect(Database& db, const ReportPeriod& period, FidelityBuilder& builder)
{
    return reportsql::select(
        db,
        "SELECT r.patient_id, coalesce(p.clinician_id, 0), r.channel, r.urgency FROM referral r "
        "JOIN patient p ON p.id = r.patient_id WHERE r.received_on >= ?1 AND r.received_on < ?2",
        [&](Statement& row) {
            const std::int64_t patientId = row.int64(0);
            const QString channel = row.text(2);
            const QString urgency = row.text(3);
            builder.apply(row.int64(1), [&](FidelityFigures& figures) {
                figures.referrals.add(patientId);
                figures.referralsByChannel[channel].add(patientId);
                figures.referralsByUrgency[urgency].add(patientId);
            });
        },
        period.fromDate(), period.toDate());
}

} // namespace forlop
