#include "scheduling/ClinicianLoad.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/Availability.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/Clinicians.h"
#include "scheduling/PathwayLink.h"
#include "scheduling/TimeRangeList.h"
#include "util/Clock.h"

#include <algorithm>

namespace forlop {

namespace {

Result<ClinicianLoad> measure(Clinic& clinic, std::int64_t clinicianId, int weeks)
{
    Database& db = clinic.db();
    // Whole local days: four weeks from Monday 10:00 end on a Monday at 10:00, summer time or not.
    const QDateTime now = ClinicTime::toLocal(clinic.clock().now());
    const TimeRange past{now.addDays(-7 * qint64(weeks)), now};
    const TimeRange ahead{now, now.addDays(7 * qint64(weeks))};
    ClinicianLoad load;
    load.clinicianId = clinicianId;

    auto delivered = db.prepare("SELECT count(*) FROM appointment WHERE clinician_id = ?1 AND starts_at >= ?2 "
                                "AND starts_at < ?3 AND type = 'treatment_session' AND status = 'attended'");
    if (!delivered) {
        return std::unexpected(delivered.error());
    }
    delivered->bindAll(clinicianId, ClinicTime::toStored(past.start), ClinicTime::toStored(past.end));
    if (auto row = delivered->step(); !row) {
        return std::unexpected(row.error());
    }
    load.sessionsDelivered = delivered->integer(0);

    auto working = Availability::working(db, clinicianId, ahead);
    if (!working) {
        return std::unexpected(working.error());
    }
    auto booked = AppointmentStore::overlapping(db, AppointmentStore::Owner::Clinician, clinicianId, ahead, false);
    if (!booked) {
        return std::unexpected(booked.error());
    }
    QList<TimeRange> busy;
    for (const Appointment& each : *booked) {
        busy.append(each.time);
    }
    load.workingMinutes = TimeRangeList::totalMinutes(*working);
    load.freeMinutes = TimeRangeList::totalMinutes(TimeRangeList::subtract(*working, busy));
    load.bookedMinutes = load.workingMinutes - load.freeMinutes;

    const QByteArray withoutSql = "SELECT p.id FROM patient p WHERE p.clinician_id = ?1 AND p.state IN " +
                                  QByteArray(PathwayLink::ActiveStates) +
                                  " AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id "
                                  "AND a.status = 'booked' AND a.starts_at >= ?2 AND a.starts_at < ?3)";
    auto without = db.prepare(withoutSql.constData());
    if (!without) {
        return std::unexpected(without.error());
    }
    without->bindAll(clinicianId, ClinicTime::toStored(ahead.start), ClinicTime::toStored(ahead.end));
    while (true) {
        auto row = without->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        load.patientsWithoutAppointment.append(without->int64(0));
    }
    // Sorted here rather than by ORDER BY, which would need a temporary b-tree (locked and wiped memory).
    std::sort(load.patientsWithoutAppointment.begin(), load.patientsWithoutAppointment.end());
    return load;
}

Status audited(Clinic& clinic, std::optional<std::int64_t> clinicianId)
{
    return clinic.audit(AuditEvent{QStringLiteral("caseload.load.view"),
                                   std::nullopt,
                                   QStringLiteral("user"),
                                   clinicianId,
                                   QLatin1String(AuditBasis::Administrative),
                                   {},
                                   QStringLiteral("ok")});
}

Status validWeeks(int weeks)
{
    if (weeks < 1 || weeks > 52) {
        return fail(ErrorCode::InvalidInput, ClinicianLoads::tr("Choose from 1 to 52 weeks."));
    }
    return {};
}

} // namespace

Result<ClinicianLoad> ClinicianLoads::forClinician(Clinic& clinic, std::int64_t clinicianId, int weeks)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewAdministrative); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = validWeeks(weeks); !status) {
        return std::unexpected(status.error());
    }
    if (auto clinician = Clinicians::requireActive(clinic.db(), clinicianId); !clinician) {
        return std::unexpected(clinician.error());
    }
    if (auto status = audited(clinic, clinicianId); !status) {
        return std::unexpected(status.error());
    }
    return measure(clinic, clinicianId, weeks);
}

Result<QList<ClinicianLoad>> ClinicianLoads::all(Clinic& clinic, int weeks)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewAdministrative); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = validWeeks(weeks); !status) {
        return std::unexpected(status.error());
    }
    auto clinicians = Clinicians::active(clinic.db());
    if (!clinicians) {
        return std::unexpected(clinicians.error());
    }
    if (auto status = audited(clinic, std::nullopt); !status) {
        return std::unexpected(status.error());
    }
    QList<ClinicianLoad> loads;
    for (const User& clinician : *clinicians) {
        auto load = measure(clinic, clinician.id, weeks);
        if (!load) {
            return std::unexpected(load.error());
        }
        loads.append(*load);
    }
    return loads;
}

} // namespace forlop
