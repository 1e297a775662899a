#include "reports/PackageCompletionQuery.h"

#include "pathway/InstrumentCatalogue.h"
#include "reports/FidelityBuilder.h"
#include "reports/ReportSql.h"

namespace forlop {

namespace {

// One row per patient due at the timepoint: instruments due, completed and declined. ?1 timepoint id, ?2 and ?3
// the period's bounds in the population's own column type. How many instruments each catalogue version gives at
// the timepoint is worked out once (the catalogue is small), not per patient: string work per row is what makes
// a report slow on an encrypted database. Recorded statuses always belong to the patient's own catalogue version
// and a timepoint it gives (AssessmentPackages::record checks both), so they are counted from the
// (patient, timepoint, status) index alone.
constexpr auto Columns =
    "WITH due(version_id, instruments) AS MATERIALIZED (SELECT version_id, count(*) FROM instrument "
    "WHERE instr(',' || timepoints || ',', ',' || ?1 || ',') > 0 GROUP BY version_id) "
    "SELECT ap.patient_id, coalesce(p.clinician_id, 0), d.instruments, "
    "(SELECT count(*) FROM instrument_status s WHERE s.patient_id = ap.patient_id AND s.timepoint = ?1 "
    "AND s.status = 'completed'), "
    "(SELECT count(*) FROM instrument_status s WHERE s.patient_id = ap.patient_id AND s.timepoint = ?1 "
    "AND s.status = 'declined') "
    "FROM assessment_package ap JOIN patient p ON p.id = ap.patient_id "
    "JOIN due d ON d.version_id = ap.catalogue_version_id ";

constexpr auto IntakePopulation = "WHERE ap.started_at >= ?2 AND ap.started_at < ?3";
constexpr auto EndPopulation =
    "JOIN treatment_end e ON e.patient_id = ap.patient_id WHERE e.ended_on >= ?2 AND e.ended_on < ?3 "
    "AND EXISTS (SELECT 1 FROM patient_state_change c WHERE c.patient_id = ap.patient_id "
    "AND c.to_state = 'treatment')";
constexpr auto FollowUpPopulation =
    "JOIN follow_up f ON f.patient_id = ap.patient_id WHERE f.started_on >= ?2 AND f.started_on < ?3";

} // namespace

Status PackageCompletionQuery::collect(Database& db, const ReportPeriod& period, FidelityBuilder& builder)
{
    for (Timepoint timepoint : InstrumentCatalogue::timepoints()) {
        QByteArray sql = Columns;
        QString from = period.fromDate();
        QString to = period.toDate();
        switch (timepoint) {
        case Timepoint::Intake:
            sql += IntakePopulation;
            from = period.fromInstant();
            to = period.toInstant();
            break;
        case Timepoint::End:
            sql += EndPopulation;
            break;
        case Timepoint::FollowUp:
            sql += FollowUpPopulation;
            break;
        }
        auto status = reportsql::select(
            db, sql.constData(),
            [&](Statement& row) {
                const std::int64_t patientId = row.int64(0);
                const std::int64_t due = row.int64(2);
                const std::int64_t completed = row.int64(3);
                const std::int64_t declined = row.int64(4);
                builder.apply(row.int64(1), [&](FidelityFigures& figures) {
                    PackageFigure& figure = figures.package[timepoint];
                    figure.instruments.whole.add(patientId, due);
                    if (completed > 0) {
                        figure.instruments.part.add(patientId, completed);
                    }
                    figure.patientsComplete.whole.add(patientId);
                    if (completed == due) {
                        figure.patientsComplete.part.add(patientId);
                    }
                    if (declined > 0) {
                        figure.declined.add(patientId, declined);
                    }
                    if (completed + declined < due) {
                        figure.incomplete.add(patientId);
                    }
                });
            },
            InstrumentCatalogue::id(timepoint), from, to);
        if (!status) {
            return status;
        }
    }
    return {};
}

} // namespace forlop
