#include "reports/TreatmentLengthQuery.h"

#include "pathway/TreatmentPlan.h"
#include "reports/FidelityBuilder.h"
#include "reports/ReportSql.h"

namespace forlop {

namespace {

constexpr auto EndedTreatments =
    "SELECT e.patient_id, coalesce(p.clinician_id, 0), e.sessions_attended, e.reason "
    "FROM treatment_end e JOIN patient p ON p.id = e.patient_id "
    "WHERE e.ended_on >= ?1 AND e.ended_on < ?2 "
    "AND EXISTS (SELECT 1 FROM patient_state_change c WHERE c.patient_id = e.patient_id AND c.to_state = 'treatment')";

constexpr auto Plans = "SELECT t.patient_id, coalesce(p.clinician_id, 0), t.planned_sessions "
                       "FROM treatment_plan t JOIN patient p ON p.id = t.patient_id "
                       "WHERE (t.created_at >= ?1 AND t.created_at < ?2) OR (t.updated_at >= ?1 AND t.updated_at < ?2)";

} // namespace

Status TreatmentLengthQuery::collect(Database& db, const ReportPeriod& period, FidelityBuilder& builder)
{
    auto ended = reportsql::select(
        db, EndedTreatments,
        [&](Statement& row) {
            const std::int64_t patientId = row.int64(0);
            const int attended = row.integer(2);
            const QString reason = row.text(3);
            builder.apply(row.int64(1), [&](FidelityFigures& figures) {
                figures.endedTreatments.add(patientId);
                figures.sessionsDistribution[attended].add(patientId);
                figures.endReasons[reason].add(patientId);
                if (attended < TreatmentPlans::RecommendedMinimum) {
                    figures.belowRange.add(patientId);
                } else if (attended > TreatmentPlans::RecommendedMaximum) {
                    figures.aboveRange.add(patientId);
                } else {
                    figures.withinRange.add(patientId);
                }
            });
        },
        period.fromDate(), period.toDate());
    if (!ended) {
        return ended;
    }
    return reportsql::select(
        db, Plans,
        [&](Statement& row) {
            const std::int64_t patientId = row.int64(0);
            const bool outside = !TreatmentPlans::withinAdvice(row.integer(2));
            builder.apply(row.int64(1), [&](FidelityFigures& figures) {
                figures.plansOutsideRange.whole.add(patientId);
                if (outside) {
                    figures.plansOutsideRange.part.add(patientId);
                }
            });
        },
        period.fromInstant(), period.toInstant());
}

} // namespace forlop
