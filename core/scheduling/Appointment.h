#pragma once

#include "scheduling/AppointmentType.h"
#include "scheduling/Modality.h"
#include "scheduling/TimeRange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace forlop {

// Booked until it happens; then attended or a no-show. A cancelled appointment frees its time but stays on
// record, because cancellations by patient and by clinic are counted for the treatment plan.
enum class AppointmentStatus { Booked, Attended, CancelledByPatient, CancelledByClinic, NoShow };

enum class CancelledBy { Patient, Clinic };

class AppointmentStatuses
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentStatuses)

public:
    [[nodiscard]] static const QList<AppointmentStatus>& all();
    // Stable identifiers, as stored: booked, attended, cancelled_by_patient, cancelled_by_clinic, no_show (the
    // attendance codes of the pathway's sessions, plus booked).
    [[nodiscard]] static QString id(AppointmentStatus status);
    [[nodiscard]] static std::optional<AppointmentStatus> fromId(const QString& id);
    [[nodiscard]] static QString displayName(AppointmentStatus status);
    [[nodiscard]] static bool isCancelled(AppointmentStatus status);
    [[nodiscard]] static AppointmentStatus cancelledBy(CancelledBy who);
};

struct Appointment
{
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    std::int64_t clinicianId = 0;
    std::optional<std::int64_t> roomId;
    AppointmentType type = AppointmentType::TreatmentSession;
    Modality modality = Modality::InPerson;
    TimeRange time;
    AppointmentStatus status = AppointmentStatus::Booked;
    // A weekly series and the time the series gave this occurrence (differs from time.start once moved).
    std::optional<std::int64_t> seriesId;
    QDateTime seriesSlot;
    // Administrative, as told by the patient or decided by the clinic; never clinical content.
    QString cancelReason;
    QDateTime createdAt;
    std::int64_t createdBy = 0;

    [[nodiscard]] bool isMovedInSeries() const { return seriesId && seriesSlot != time.start; }
};

} // namespace forlop
