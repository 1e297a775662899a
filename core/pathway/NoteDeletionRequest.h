#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

// The conditions of helsepersonelloven §43 for deleting journal content, answered by the unit leader:
// deletion must be unobjectionable with regard to general interests, must not conflict with the Archives Act
// (§§ 9 and 18), and either the content is incorrect or misleading and a burden to the patient, or it is
// obviously not needed to give the patient health care.
struct DeletionDecision
{
    bool approve = false;
    bool unobjectionable = false;
    bool archiveLawAllows = false;
    bool incorrectOrMisleading = false;
    bool obviouslyUnnecessary = false;
    QString reason;                   // clinical; required either way
    bool patientToldOfAppeal = false; // required when a patient's own demand is refused
};

enum class DeletionOutcome { Open, Approved, Refused };

struct DeletionRequest
{
    std::int64_t id = 0;
    std::int64_t noteId = 0;
    std::int64_t patientId = 0;
    std::int64_t requestedBy = 0;
    QDateTime requestedAt;
    bool patientDemand = false;
    QString reason;
    DeletionOutcome outcome = DeletionOutcome::Open;
    std::optional<std::int64_t> decidedBy;
    std::optional<QDateTime> decidedAt;
    DeletionDecision decision; // as answered (reason filled only when read with the clinical key)
};

// The only way signed journal content leaves the record: a formal request, decided by a unit leader against
// the conditions of §43. An approval erases the note's text (and its addenda's) but keeps who wrote what and
// when; a refusal is recorded too. Requests are never deleted.
class NoteDeletionRequests
{
    Q_DECLARE_TR_FUNCTIONS(NoteDeletionRequests)

public:
    [[nodiscard]] static Result<std::int64_t> request(Clinic& clinic, std::int64_t noteId, bool patientDemand,
                                                      const QString& reason);
    [[nodiscard]] static Status decide(Clinic& clinic, std::int64_t requestId, const DeletionDecision& decision);
    [[nodiscard]] static Result<QList<DeletionRequest>> forPatient(Clinic& clinic, std::int64_t patientId);
    // Undecided requests of the whole clinic, for the unit leader (no clinical text).
    [[nodiscard]] static Result<QList<DeletionRequest>> open(Clinic& clinic);
};

} // namespace forlop
