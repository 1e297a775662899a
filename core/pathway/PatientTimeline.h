#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

enum class TimelineKind {
    StateChange,
    Referral,
    FirstOffer,
    Allocation,
    Eligibility,
    OnwardReferral,
    UnmetNeed,
    Package,
    RegistryConsent,
    Plan,
    Session,
    Note,
    Addendum,
    DeletionRequest,
    DutyReport,
    DutyFollowUp,
    Deviation,
    TreatmentEnd,
    FollowUp,
};

// One event of a patient's record. The title is translated and never holds clinical text, so the timeline can
// be listed without opening any sealed field; the object points to where the details are.
struct TimelineEvent
{
    QDateTime at;
    TimelineKind kind = TimelineKind::StateChange;
    QString title;
    QString objectType;
    std::optional<std::int64_t> objectId;
    std::optional<std::int64_t> actorId;
    bool administrative = false; // also shown to staff without clinical access
};

// Every event of the record in order, for the record screen.
class PatientTimeline
{
    Q_DECLARE_TR_FUNCTIONS(PatientTimeline)

public:
    // The whole timeline: clinical access, audited.
    [[nodiscard]] static Result<QList<TimelineEvent>> load(Clinic& clinic, std::int64_t patientId);
    // Only the administrative events (registration, states, allocation, offers, sessions): for the secretary.
    [[nodiscard]] static Result<QList<TimelineEvent>> loadAdministrative(Clinic& clinic, std::int64_t patientId);
};

} // namespace forlop
