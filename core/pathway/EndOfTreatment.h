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

enum class EndReason { Completed, DroppedOut, ReferredOnward, Excluded, Moved, Died, Other };

struct EndInput
{
    EndReason reason = EndReason::Completed;
    QDate endedOn;
    QString narrative; // the outcome in words: clinical
    std::optional<QDate> followUpOn;
};

struct TreatmentEndRecord
{
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    EndReason reason = EndReason::Completed;
    QDate endedOn;
    int sessionsAttended = 0;
    std::optional<int> plannedSessions;
    QString narrative;
    std::optional<QDate> followUpOn;
    QDateTime recordedAt;
};

// One score of one instrument at the start (intake) and at the end of treatment, side by side.
struct OutcomeMeasure
{
    std::int64_t instrumentId = 0;
    QString instrumentName;
    QString scoreCode;
    QString scoreLabel;
    std::optional<int> atIntake;
    std::optional<int> atEnd;
};

// The end of treatment and the follow-up after it. A treatment ended with fewer than 16 attended sessions for
// a reason other than completion is allowed, and counted in the fidelity figures (a derived deviation).
class EndOfTreatment
{
    Q_DECLARE_TR_FUNCTIONS(EndOfTreatment)

public:
    // included | assessment | treatment → ended. "Completed" needs a treatment that started; "referred onward"
    // needs an onward referral on record.
    [[nodiscard]] static Status end(Clinic& clinic, std::int64_t patientId, const EndInput& input);
    [[nodiscard]] static Result<TreatmentEndRecord> get(Clinic& clinic, std::int64_t patientId);
    [[nodiscard]] static Result<QList<OutcomeMeasure>> outcomeMeasures(Clinic& clinic, std::int64_t patientId);
    // ended → follow-up.
    [[nodiscard]] static Status startFollowUp(Clinic& clinic, std::int64_t patientId, const QDate& startedOn);

    // completed, dropped_out, referred_onward, excluded, moved, died, other
    [[nodiscard]] static QString id(EndReason reason);
    [[nodiscard]] static std::optional<EndReason> reasonFromId(const QString& id);
    [[nodiscard]] static QString displayName(EndReason reason);
    [[nodiscard]] static const QList<EndReason>& reasons();
};

} // namespace forlop
