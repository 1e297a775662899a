#include "reports/PackageCompletionQuery.h"

#include "pathway/InstrumentCatalogue.h"
#include "reports/FidelityBuilder.h"
#include "reports/ReportSql.h"

namespace forlop {

namespace {

// One row per patient due at the timepoint: instruments due, completed and declined. ?1 timepoint id,
// ?2 and ?3 the period's bounds in the population's own column type.
constexpr auto Columns =
    "SELECT ap.patient_id, coalesce(p.clinician_id, 0), count(*), "
    "count(CASE WHEN s.status = 'completed' THEN 1 END), count(CASE WHEN s.status = 'declined' THEN 1 END) "
    "FROM assessment_package ap JOIN patient p ON p.id = ap.patient_id "
    "JOIN instrument i ON i.version_id = ap.catalogue_version_id "
    "AND instr(',' || i.timepoints || ',', ',' || ?1 || ',') > 0 "
    "LEFT JOIN instrument_status s ON s.patient_id = ap.patient_id AND s.instrument_id = i.id AND s.timepoint = ?1 ";

constexpr auto IntakePopulation = "WHERE ap.started_at >= ?2 AND ap.started_at < ?3 GROUP BY ap.patient_id";
constexpr auto EndPopulation =
    "JOIN treatment_end e ON e.patient_id = ap.patient_id WHERE e.ended_on >= ?2 AND e.ended_on < ?3 "
    "AND EXISTS (SELECT 1 FROM patient_state_change c WHERE c.patient_id = ap.patient_id "
    "AND c.to_state = 'treatment') GROUP BY ap.patient_id";
constexpr auto FollowUpPopulation =
    "JOIN follow_up f ON f.patient_id = ap.patient_id WHERE f.started_on >= ?2 AND f.started_on < ?3 "
    "GROUP BY ap.patient_id";

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
