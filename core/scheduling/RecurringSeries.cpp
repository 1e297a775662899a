#include "scheduling/RecurringSeries.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/AppointmentWrite.h"
#include "scheduling/Booking.h"
#include "scheduling/BookingRules.h"
#include "scheduling/Cancellation.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/PathwayLink.h"
#include "util/Clock.h"

namespace forlop {

namespace {

int lengthOf(const SeriesRequest& request)
{
    return request.minutes > 0 ? request.minutes : AppointmentTypes::defaultMinutes(request.type);
}

Status validate(const SeriesRequest& request)
{
    if (!request.firstStart.isValid()) {
        return fail(ErrorCode::InvalidInput, RecurringSeries::tr("Choose the time of the first session."));
    }
    if (request.occurrences < 1 || request.occurrences > RecurringSeries::MaxOccurrences) {
        return fail(ErrorCode::InvalidInput, RecurringSeries::tr("A series has from 1 to %n sessions.", nullptr,
                                                                 RecurringSeries::MaxOccurrences));
    }
    if (request.intervalWeeks < 1 || request.intervalWeeks > RecurringSeries::MaxIntervalWeeks) {
        return fail(ErrorCode::InvalidInput, RecurringSeries::tr("Sessions of a series are from 1 to %n weeks apart.",
                                                                 nullptr, RecurringSeries::MaxIntervalWeeks));
    }
    return {};
}

Error numbered(const Error& error, int index, int count)
{
    //: %1 and %2 count the sessions of a series; %3 is the reason, a whole sentence.
    return {error.code,
            RecurringSeries::tr("Session %1 of %2 cannot be booked. %3").arg(index + 1).arg(count).arg(error.message)};
}

} // namespace

QList<TimeRange> RecurringSeries::times(const SeriesRequest& request)
{
    QList<TimeRange> result;
    const QDate firstDate = ClinicTime::dateOf(request.firstStart);
    const QTime localTime = ClinicTime::timeOf(request.firstStart);
    for (int i = 0; i < request.occurrences; ++i) {
        const QDate date = firstDate.addDays(qint64(7) * request.intervalWeeks * i);
        result.append(TimeRange::ofMinutes(ClinicTime::at(date, localTime), lengthOf(request)));
    }
    return result;
}

Result<QList<SeriesOccurrence>> RecurringSeries::preview(Clinic& clinic, const SeriesRequest& request)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageAppointments); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = validate(request); !status) {
        return std::unexpected(status.error());
    }
    if (auto grant = PatientAccess::administrative(clinic, request.patientId); !grant) {
        return std::unexpected(grant.error());
    }
    QList<SeriesOccurrence> occurrences;
    for (const TimeRange& time : times(request)) {
        SeriesOccurrence occurrence{time, std::nullopt};
        if (auto status = BookingRules::checkPatient(clinic.db(), request.patientId, request.type); !status) {
            occurrence.refusal = status.error();
        } else if (auto checked =
                       BookingRules::check(clinic, request.patientId, Slot{request.clinicianId, request.roomId, time});
                   !checked) {
            occurrence.refusal = checked.error();
        }
        occurrences.append(occurrence);
    }
    return occurrences;
}

Result<std::int64_t> RecurringSeries::create(Clinic& clinic, const SeriesRequest& request)
{
    if (auto status = validate(request); !status) {
        return std::unexpected(status.error());
    }
    auto write = AppointmentWrite::begin(clinic, request.patientId);
    if (!write) {
        return std::unexpected(write.error());
    }
    const QDateTime now = clinic.clock().now();
    auto insert = clinic.db().prepare(
        "INSERT INTO appointment_series (patient_id, clinician_id, room_id, type, modality, first_start, minutes, "
        "occurrences, interval_weeks, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    insert->bindAll(request.patientId, request.clinicianId, request.roomId, AppointmentTypes::id(request.type),
                    Modalities::id(request.modality), ClinicTime::toStored(request.firstStart), lengthOf(request),
                    request.occurrences, request.intervalWeeks, ClinicTime::toStored(now),
                    userReference(clinic.session().userId));
    if (auto status = insert->run(); !status) {
        return std::unexpected(status.error());
    }
    const std::int64_t seriesId = clinic.db().lastInsertId();
    if (auto status =
            write->audit(QStringLiteral("appointment_series.create"), QStringLiteral("appointment_series"), seriesId);
        !status) {
        return std::unexpected(status.error());
    }
    const QList<TimeRange> all = times(request);
    for (qsizetype i = 0; i < all.size(); ++i) {
        Appointment appointment;
        appointment.clinicianId = request.clinicianId;
        appointment.roomId = request.roomId;
        appointment.type = request.type;
        appointment.modality = request.modality;
        appointment.time = all[i];
        appointment.seriesId = seriesId;
        appointment.seriesSlot = all[i].start;
        if (auto id = Booking::place(*write, appointment); !id) {
            return std::unexpected(numbered(id.error(), int(i), int(all.size())));
        }
    }
    if (auto status = write->commit(); !status) {
        return std::unexpected(status.error());
    }
    return seriesId;
}

Result<Series> RecurringSeries::get(Clinic& clinic, std::int64_t seriesId)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewAdministrative); !status) {
        return std::unexpected(status.error());
    }
    auto stmt = clinic.db().prepare(
        "SELECT patient_id, clinician_id, occurrences, interval_weeks FROM appointment_series WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, seriesId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("The series was not found."));
    }
    Series series{seriesId, stmt->int64(0), stmt->int64(1), stmt->integer(2), stmt->integer(3), {}};
    auto grant = PatientAccess::administrative(clinic, series.patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    if (auto status =
            PatientAccess::auditRead(clinic, series.patientId, QStringLiteral("appointment_series"), seriesId, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    auto appointments = AppointmentStore::forSeries(clinic.db(), seriesId);
    if (!appointments) {
        return std::unexpected(appointments.error());
    }
    series.appointments = *appointments;
    return series;
}

Result<int> RecurringSeries::cancelFrom(Clinic& clinic, std::int64_t seriesId, const QDateTime& from, CancelledBy by,
                                        const QString& reason)
{
    auto valid = Cancellation::validReason(reason);
    if (!valid) {
        return std::unexpected(valid.error());
    }
    auto patient = clinic.db().prepare("SELECT patient_id FROM appointment_series WHERE id = ?1");
    if (!patient) {
        return std::unexpected(patient.error());
    }
    patient->bind(1, seriesId);
    auto row = patient->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("The series was not found."));
    }
    auto write = AppointmentWrite::begin(clinic, patient->int64(0));
    if (!write) {
        return std::unexpected(write.error());
    }
    auto appointments = AppointmentStore::forSeries(clinic.db(), seriesId);
    if (!appointments) {
        return std::unexpected(appointments.error());
    }
    const AppointmentStatus status = AppointmentStatuses::cancelledBy(by);
    const QString action = by == CancelledBy::Patient ? QStringLiteral("appointment.cancel_by_patient")
                                                      : QStringLiteral("appointment.cancel_by_clinic");
    const QDateTime now = clinic.clock().now();
    int cancelled = 0;
    for (const Appointment& appointment : *appointments) {
        if (appointment.status != AppointmentStatus::Booked || appointment.time.start < from) {
            continue;
        }
        if (auto changed =
                AppointmentStore::setStatus(clinic.db(), appointment.id, status, *valid, clinic.session().userId, now);
            !changed) {
            return std::unexpected(changed.error());
        }
        if (auto session = PathwayLink::recordSession(clinic.db(), appointment, status, clinic.session().userId, now);
            !session) {
            return std::unexpected(session.error());
        }
        if (auto audited = write->audit(action, QStringLiteral("appointment"), appointment.id); !audited) {
            return std::unexpected(audited.error());
        }
        ++cancelled;
    }
    if (auto committed = write->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return cancelled;
}

} // namespace forlop
