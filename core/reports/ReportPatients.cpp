#include "reports/ReportPatients.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "reports/ReportSql.h"
#include "scheduling/ClinicTime.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace forlop {

Result<QList<ReportPatient>> ReportPatients::list(Clinic& clinic, const QList<std::int64_t>& patientIds)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewReports); !status) {
        return std::unexpected(status.error());
    }
    if (patientIds.size() > MaxPageSize) {
        return fail(ErrorCode::InvalidInput, tr("Ask for at most %n patients at a time.", nullptr, MaxPageSize));
    }
    QList<ReportPatient> patients;
    if (patientIds.isEmpty()) {
        return patients;
    }
    Database& db = clinic.db();
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    // Each figure is a probe of the patient's own index range (referral_patient, treatment_session_patient,
    // appointment_patient), so a page costs what it shows.
    auto status = reportsql::select(
        db,
        "SELECT p.id, p.pseudonym, p.state, p.clinician_id, r.received_on, "
        "(SELECT max(s.starts_at) FROM treatment_session s WHERE s.patient_id = p.id AND s.attendance = 'attended'), "
        "(SELECT min(a.starts_at) FROM appointment a WHERE a.patient_id = p.id AND a.status = 'booked' "
        "AND a.starts_at >= ?2) "
        "FROM json_each(?1) j JOIN patient p ON p.id = j.value LEFT JOIN referral r ON r.patient_id = p.id "
        "ORDER BY j.key",
        [&](Statement& row) {
            ReportPatient patient;
            patient.patientId = row.int64(0);
            patient.pseudonym = row.text(1);
            patient.state = PatientStates::fromId(row.text(2)).value_or(PatientState::Referred);
            patient.clinicianId = row.optionalInt64(3);
            if (auto received = row.optionalText(4)) {
                patient.referredOn = ClinicTime::fromStoredDate(*received);
            }
            if (auto last = row.optionalText(5)) {
                patient.lastSession = ClinicTime::fromStored(*last);
            }
            if (auto next = row.optionalText(6)) {
                patient.nextAppointment = ClinicTime::fromStored(*next);
            }
            patients.append(patient);
        },
        reportsql::jsonIds(patientIds), ClinicTime::toStored(clinic.clock().now()));
    if (!status) {
        return std::unexpected(status.error());
    }
    if (auto audited = clinic.audit(AuditEvent{QStringLiteral("report.view"),
                                               std::nullopt,
                                               QStringLiteral("report_patients"),
                                               std::nullopt,
                                               QLatin1String(AuditBasis::Clinic),
                                               {},
                                               QStringLiteral("ok")});
        !audited) {
        return std::unexpected(audited.error());
    }
    if (auto committed = transaction->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return patients;
}

} // namespace forlop
