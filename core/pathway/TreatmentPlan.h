#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <cstdint>

namespace forlop {

class Clinic;

struct PlanInput
{
    int plannedSessions = 16;
    QString outsideRangeReason;                     // required when outside 16–20 (a deviation)
    QMap<int, QList<std::int64_t>> themesBySession; // session number (from 1) → theme ids of the plan's catalogue
};

struct TreatmentPlan
{
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    int plannedSessions = 0;
    std::int64_t themeCatalogueVersionId = 0;
    QMap<int, QList<std::int64_t>> themesBySession;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The treatment plan: 16 to 20 sessions by the national advice (default 16). Any other number is allowed with
// a reason, and is then a departure from the standard.
class TreatmentPlans
{
    Q_DECLARE_TR_FUNCTIONS(TreatmentPlans)

public:
    static constexpr int DefaultSessions = 16;
    static constexpr int RecommendedMinimum = 16;
    static constexpr int RecommendedMaximum = 20;
    static constexpr int MaximumSessions = 60;

    [[nodiscard]] static bool withinAdvice(int sessions)
    {
        return sessions >= RecommendedMinimum && sessions <= RecommendedMaximum;
    }

    // Makes or changes the plan (during assessment or treatment). A planned number outside 16–20 that differs
    // from the previous plan records a deviation with the reason.
    [[nodiscard]] static Result<std::int64_t> set(Clinic& clinic, std::int64_t patientId, const PlanInput& input);
    [[nodiscard]] static Result<TreatmentPlan> get(Clinic& clinic, std::int64_t patientId);

    // assessment → treatment. Needs the patient's identity (name and national ID) and a plan. When intake
    // instruments are neither completed nor declined, a reason is required and recorded as a deviation.
    [[nodiscard]] static Status startTreatment(Clinic& clinic, std::int64_t patientId,
                                               const QString& incompletePackageReason = {});
};

} // namespace forlop
