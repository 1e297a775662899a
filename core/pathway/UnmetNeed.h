#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

enum class NeedResolution { Open, Referred, ReasonRecorded };

struct UnmetNeed
{
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    QDate foundOn;
    std::int64_t foundBy = 0;
    QString description; // clinical
    NeedResolution resolution = NeedResolution::Open;
    std::optional<std::int64_t> onwardReferralId;
    QString noReferralReason; // clinical
};

// A need this service does not cover, found during eligibility, assessment or treatment. The standard expects an
// onward referral; a need left without one and without a recorded reason is a departure from the standard.
class UnmetNeeds
{
    Q_DECLARE_TR_FUNCTIONS(UnmetNeeds)

public:
    [[nodiscard]] static Result<std::int64_t> record(Clinic& clinic, std::int64_t patientId, const QDate& foundOn,
                                                     const QString& description);
    // Links an onward referral of the same patient.
    [[nodiscard]] static Status resolveWithReferral(Clinic& clinic, std::int64_t needId, std::int64_t onwardReferralId);
    [[nodiscard]] static Status resolveWithReason(Clinic& clinic, std::int64_t needId, const QString& reason);
    [[nodiscard]] static Result<QList<UnmetNeed>> forPatient(Clinic& clinic, std::int64_t patientId);
};

} // namespace forlop
