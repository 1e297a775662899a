#include "reports/UnmetNeedQuery.h"

#include "reports/FidelityBuilder.h"
#include "reports/ReportSql.h"

namespace forlop {

Status UnmetNeedQuery::collect(Database& db, const ReportPeriod& period, FidelityBuilder& builder)
{
    return reportsql::select(
        db,
        "SELECT n.patient_id, coalesce(p.clinician_id, 0), n.resolution FROM unmet_need n "
        "JOIN patient p ON p.id = n.patient_id WHERE n.found_on >= ?1 AND n.found_on < ?2",
        [&](Statement& row) {
            const std::int64_t patientId = row.int64(0);
            const QString resolution = row.text(2);
            builder.apply(row.int64(1), [&](FidelityFigures& figures) {
                figures.unmetNeeds.add(patientId);
                if (resolution == QLatin1String("referred")) {
                    figures.needsReferred.add(patientId);
                } else if (resolution == QLatin1String("reason_recorded")) {
                    figures.needsReasonRecorded.add(patientId);
                } else {
                    figures.needsOpen.add(patientId);
                }
            });
        },
        period.fromDate(), period.toDate());
}

} // namespace forlop
