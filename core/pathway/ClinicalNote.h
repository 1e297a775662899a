#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;
class Signer;

struct ClinicalNote
{
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    std::optional<std::int64_t> sessionId;
    std::int64_t authorId = 0;
    std::optional<std::int64_t> addendumTo; // set for an addendum: the signed note it corrects or adds to
    QString body;                           // empty once erased by an approved deletion request
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> signedAt;
    std::optional<QDateTime> deletedAt;

    [[nodiscard]] bool isSigned() const { return signedAt.has_value(); }
    [[nodiscard]] bool isDeleted() const { return deletedAt.has_value(); }
};

// A draft of the session's own user, without its text: for "unsigned notes" lists.
struct DraftSummary
{
    std::int64_t noteId = 0;
    std::int64_t patientId = 0;
    QString pseudonym;
    bool addendum = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Session notes. A note is a draft until its author signs it with their password; a signed note is never
// changed (the schema refuses it too) and corrections are signed addenda linked to it (helsepersonelloven §42).
// Removal only through a deletion request under §43 (NoteDeletionRequests).
class ClinicalNotes
{
    Q_DECLARE_TR_FUNCTIONS(ClinicalNotes)

public:
    [[nodiscard]] static Result<std::int64_t> createDraft(Clinic& clinic, std::int64_t patientId,
                                                          std::optional<std::int64_t> sessionId, const QString& body);
    // Only the author changes or discards their draft.
    [[nodiscard]] static Status updateDraft(Clinic& clinic, std::int64_t noteId, const QString& body);
    [[nodiscard]] static Status discardDraft(Clinic& clinic, std::int64_t noteId);
    // A draft addendum to a signed note (the original stays as it is and stays readable).
    [[nodiscard]] static Result<std::int64_t> addAddendum(Clinic& clinic, std::int64_t noteId, const QString& body);
    // Signs the author's own draft (note or addendum); it cannot change afterwards.
    [[nodiscard]] static Status sign(Clinic& clinic, std::int64_t noteId, const Signer& signer);

    [[nodiscard]] static Result<ClinicalNote> get(Clinic& clinic, std::int64_t noteId);
    // Every note of the patient (drafts of others excluded), oldest first, each note followed by its addenda.
    [[nodiscard]] static Result<QList<ClinicalNote>> forPatient(Clinic& clinic, std::int64_t patientId);
    // The session user's own unsigned drafts.
    [[nodiscard]] static Result<QList<DraftSummary>> myDrafts(Clinic& clinic);

    static constexpr int MaxLength = 100000;
};

} // namespace forlop
