#include "reports/EligibilityQuery.h"

#include "reports/FidelityBuilder.h"
#include "reports/ReportSql.h"
#include "scheduling/ClinicTime.h"

namespace forlop {

namespace {

constexpr auto Assessments =
    "SELECT a.id, a.patient_id, a.assessor_id, a.completed_at, a.derived_decision, a.final_decision, "
    "(SELECT count(*) FROM eligibility_criterion c WHERE c.version_id = a.version_id), "
    "(SELECT count(*) FROM eligibility_answer x WHERE x.assessment_id = a.id) "
    "FROM eligibility_assessment a "
    "WHERE (a.completed_at >= ?1 AND a.completed_at < ?2) "
    "OR (a.completed_at IS NULL AND a.started_at >= ?1 AND a.started_at < ?2) ORDER BY a.id";

} // namespace

Status EligibilityQuery::collect(Database& db, const ReportPeriod& period, FidelityBuilder& builder,
                                 QList<EligibilityOverride>& overrides)
{
    return reportsql::select(
        db, Assessments,
        [&](Statement& row) {
            const std::int64_t assessmentId = row.int64(0);
            const std::int64_t patientId = row.int64(1);
            const std::int64_t assessorId = row.int64(2);
            const bool completed = !row.isNull(3);
            const QString derived = row.text(4);
            const QString decision = row.text(5);
            const bool allAnswered = row.int64(7) >= row.int64(6);
            const bool overridden = completed && !derived.isEmpty() && derived != decision;
            builder.apply(assessorId, [&](FidelityFigures& figures) {
                figures.allCriteriaAnswered.whole.add(patientId);
                if (allAnswered) {
                    figures.allCriteriaAnswered.part.add(patientId);
                }
                if (completed) {
                    figures.completedAssessments.add(patientId);
                    (decision == QLatin1String("include") ? figures.included : figures.excluded).add(patientId);
                }
                if (overridden) {
                    figures.overrides.add(patientId);
                }
            });
            if (overridden) {
                overrides.append(EligibilityOverride{assessmentId, patientId, assessorId, derived, decision,
                                                     ClinicTime::fromStored(row.text(3))});
            }
        },
        period.fromInstant(), period.toInstant());
}

} // namespace forlop
