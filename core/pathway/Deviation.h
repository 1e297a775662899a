#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;
class PatientWrite;

// A departure from the national standard. Recorded ones carry the clinician's reason; derived ones are an
// absence the data shows (an unmet need with neither onward referral nor reason, a treatment ended short).
enum class DeviationKind {
    EligibilityOverride,      // the final eligibility decision differs from the one the criteria give
    PlanOutsideRange,         // a treatment plan outside 16–20 sessions
    PackageIncomplete,        // treatment started before the intake assessment package was completed or declined
    UnmetNeedWithoutReferral, // derived: a need found without onward referral or recorded reason
    ShortTreatment,           // derived: ended with fewer than 16 attended sessions for a reason other than completion
};

struct Deviation
{
    std::int64_t id = 0; // 0 for a derived deviation
    std::int64_t patientId = 0;
    DeviationKind kind = DeviationKind::EligibilityOverride;
    QString objectType;
    std::optional<std::int64_t> objectId;
    QString reason; // empty for derived ones
    std::optional<std::int64_t> clinicianId;
    QDateTime at;
    [[nodiscard]] bool isDerived() const { return id == 0; }
};

class Deviations
{
    Q_DECLARE_TR_FUNCTIONS(Deviations)

public:
    // eligibility_override, plan_outside_range, package_incomplete, unmet_need_without_referral, short_treatment
    [[nodiscard]] static QString id(DeviationKind kind);
    [[nodiscard]] static std::optional<DeviationKind> fromId(const QString& id);
    [[nodiscard]] static QString displayName(DeviationKind kind);
    [[nodiscard]] static const QList<DeviationKind>& all();

    // Records a deviation inside another pathway operation's write; the reason is required.
    [[nodiscard]] static Result<std::int64_t> record(PatientWrite& write, DeviationKind kind, const QString& objectType,
                                                     std::optional<std::int64_t> objectId, const QString& reason);
    // Every deviation of one patient, recorded and derived, oldest first. Clinical read, audited.
    [[nodiscard]] static Result<QList<Deviation>> forPatient(Clinic& clinic, std::int64_t patientId);

    // Counts per kind for the whole clinic (recorded and derived), without clinical content (ViewStatistics).
    [[nodiscard]] static Result<QList<std::pair<DeviationKind, std::int64_t>>> countByKind(Clinic& clinic);
};

} // namespace forlop
