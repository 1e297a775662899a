#include "reports/AllocationBoard.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/PatientRegistry.h"
#include "reports/ReportSql.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/ClinicianLoad.h"
#include "scheduling/Clinicians.h"
#include "scheduling/PathwayLink.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace forlop {

Result<AllocationView> AllocationBoard::view(Clinic& clinic)
{
    if (auto status = Policy::require(clinic.session(), Permission::AllocateReferral); !status) {
        return std::unexpected(status.error());
    }
    Database& db = clinic.db();
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    AllocationView view;
    view.today = ClinicTime::dateOf(clinic.clock().now());

    const QByteArray waiting = "SELECT p.id, p.pseudonym, p.state, r.received_on, r.urgency, r.channel FROM patient p "
                               "JOIN referral r ON r.patient_id = p.id WHERE p.clinician_id IS NULL AND p.state IN " +
                               QByteArray(PathwayLink::ActiveStates) +
                               " ORDER BY r.urgency = 'urgent' DESC, r.received_on, p.id";
    auto status = reportsql::select(db, waiting.constData(), [&](Statement& row) {
        UnallocatedReferral referral;
        referral.patientId = row.int64(0);
        referral.pseudonym = row.text(1);
        referral.state = row.text(2);
        referral.receivedOn = ClinicTime::fromStoredDate(row.text(3));
        referral.daysWaited = int(referral.receivedOn.daysTo(view.today));
        referral.urgency = ReferralCodes::urgencyFromId(row.text(4)).value_or(Urgency::Normal);
        referral.channel = row.text(5);
        view.referrals.append(referral);
    });
    if (!status) {
        return std::unexpected(status.error());
    }

    auto clinicians = Clinicians::active(db);
    if (!clinicians) {
        return std::unexpected(clinicians.error());
    }
    auto loads = ClinicianLoads::all(clinic, LoadWeeks);
    if (!loads) {
        return std::unexpected(loads.error());
    }
    QHash<std::int64_t, int> active;
    const QByteArray activeSql = "SELECT clinician_id, count(*) FROM patient WHERE clinician_id IS NOT NULL "
                                 "AND state IN " +
                                 QByteArray(PathwayLink::ActiveStates) + " GROUP BY clinician_id";
    status = reportsql::select(db, activeSql.constData(),
                               [&](Statement& row) { active.insert(row.int64(0), row.integer(1)); });
    if (!status) {
        return std::unexpected(status.error());
    }
    for (const User& user : std::as_const(*clinicians)) {
        ClinicianLoadSummary summary{user.id, Clinicians::displayName(user), active.value(user.id), 0, 0};
        for (const ClinicianLoad& load : std::as_const(*loads)) {
            if (load.clinicianId == user.id) {
                summary.freeMinutes = load.freeMinutes;
                summary.withoutAppointment = int(load.patientsWithoutAppointment.size());
            }
        }
        view.clinicians.append(summary);
    }
    if (auto audited = clinic.audit(AuditEvent{QStringLiteral("report.view"),
                                               std::nullopt,
                                               QStringLiteral("allocation_board"),
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
    return view;
}

Status AllocationBoard::allocate(Clinic& clinic, std::int64_t patientId, std::int64_t clinicianId)
{
    return PatientRegistry::allocate(clinic, patientId, clinicianId, PatientRegistry::Reallocation::Refused);
}

} // namespace forlop
