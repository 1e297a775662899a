#include "reports/Caseloads.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/DutyToReport.h"
#include "reports/ReportSql.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/ClinicianLoad.h"
#include "scheduling/Clinicians.h"
#include "scheduling/PathwayLink.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace forlop {

namespace {

Status collectActive(Database& db, QHash<std::int64_t, Caseload*>& rows)
{
    const QByteArray sql = "SELECT clinician_id, state, id FROM patient WHERE clinician_id IS NOT NULL AND state IN " +
                           QByteArray(PathwayLink::ActiveStates);
    return reportsql::select(db, sql.constData(), [&](Statement& row) {
        Caseload* caseload = rows.value(row.int64(0));
        const auto state = PatientStates::fromId(row.text(1));
        if (!caseload || !state) {
            return;
        }
        caseload->active.add(row.int64(2));
        caseload->activeByState[*state].add(row.int64(2));
    });
}

// Per clinician, so each query reads one range of the (clinician, time) and (author, signed) indexes. One row per
// session or note, counted by the tally: a GROUP BY would build a temporary b-tree, whose every allocation
// cipher_memory_security locks and wipes.
Status collectSessions(Database& db, Caseload& caseload, const QDateTime& from, const QDateTime& to)
{
    return reportsql::select(
        db,
        "SELECT patient_id FROM treatment_session WHERE clinician_id = ?1 AND starts_at >= ?2 "
        "AND starts_at < ?3 AND kind = 'treatment' AND attendance = 'attended'",
        [&](Statement& row) { caseload.sessionsDelivered.add(row.int64(0)); }, caseload.clinicianId,
        ClinicTime::toStored(from), ClinicTime::toStored(to));
}

Status collectUnsignedNotes(Database& db, Caseload& caseload, const QDateTime& before)
{
    return reportsql::select(
        db,
        "SELECT patient_id FROM clinical_note WHERE author_id = ?1 AND signed_at IS NULL "
        "AND deleted_at IS NULL AND created_at < ?2",
        [&](Statement& row) { caseload.unsignedNotes.add(row.int64(0)); }, caseload.clinicianId,
        ClinicTime::toStored(before));
}

} // namespace

Result<CaseloadView> Caseloads::view(Clinic& clinic, int weeks)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewReports); !status) {
        return std::unexpected(status.error());
    }
    if (weeks < 1 || weeks > 52) {
        return fail(ErrorCode::InvalidInput, tr("Choose from 1 to 52 weeks."));
    }
    Database& db = clinic.db();
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    CaseloadView view;
    view.at = clinic.clock().now();
    view.weeks = weeks;

    auto clinicians = Clinicians::active(db);
    if (!clinicians) {
        return std::unexpected(clinicians.error());
    }
    auto loads = ClinicianLoads::all(clinic, weeks);
    if (!loads) {
        return std::unexpected(loads.error());
    }
    view.clinicians.reserve(clinicians->size());
    for (const User& user : std::as_const(*clinicians)) {
        Caseload caseload;
        caseload.clinicianId = user.id;
        caseload.name = Clinicians::displayName(user);
        for (const ClinicianLoad& load : std::as_const(*loads)) {
            if (load.clinicianId != user.id) {
                continue;
            }
            caseload.workingMinutes = load.workingMinutes;
            caseload.bookedMinutes = load.bookedMinutes;
            caseload.freeMinutes = load.freeMinutes;
            for (std::int64_t patientId : load.patientsWithoutAppointment) {
                caseload.withoutAppointment.add(patientId);
            }
        }
        view.clinicians.append(caseload);
    }
    // Pointers into the list are stable from here: it is not resized again.
    QHash<std::int64_t, Caseload*> rows;
    for (Caseload& caseload : view.clinicians) {
        rows.insert(caseload.clinicianId, &caseload);
    }

    const QDateTime now = view.at;
    if (auto status = collectActive(db, rows); !status) {
        return std::unexpected(status.error());
    }
    for (Caseload& caseload : view.clinicians) {
        if (auto status = collectSessions(db, caseload, now.addDays(-7 * qint64(weeks)), now); !status) {
            return std::unexpected(status.error());
        }
        if (auto status = collectUnsignedNotes(db, caseload, now.addDays(-UnsignedNoteDays)); !status) {
            return std::unexpected(status.error());
        }
    }
    auto duties = DutyReports::openFollowUps(clinic);
    if (!duties) {
        return std::unexpected(duties.error());
    }
    for (const OpenDutyFollowUp& duty : std::as_const(*duties)) {
        if (Caseload* caseload = rows.value(duty.assessorId)) {
            caseload->openDutyFollowUps.add(duty.patientId);
        }
    }
    for (Caseload& caseload : view.clinicians) {
        for (Tally* tally : {&caseload.active, &caseload.sessionsDelivered, &caseload.unsignedNotes,
                             &caseload.openDutyFollowUps, &caseload.withoutAppointment}) {
            tally->normalise();
        }
        for (Tally& tally : caseload.activeByState) {
            tally.normalise();
        }
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("report.view"),
                                              std::nullopt,
                                              QStringLiteral("caseloads"),
                                              std::nullopt,
                                              QLatin1String(AuditBasis::Clinic),
                                              {},
                                              QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(status.error());
    }
    return view;
}

} // namespace forlop
