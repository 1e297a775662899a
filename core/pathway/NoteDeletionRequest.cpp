#include "pathway/NoteDeletionRequest.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientWrite.h"
#include "security/ClinicalCipher.h"
#include "util/Clock.h"

namespace forlop {

using namespace pathwaysql;

namespace {

constexpr auto RequestColumns =
    "SELECT id, note_id, patient_id, requested_by, requested_at, patient_demand, decision, decided_by, decided_at, "
    "unobjectionable, archive_law_allows, incorrect_or_misleading, obviously_unnecessary, patient_told_of_appeal "
    "FROM note_deletion_request ";

DeletionRequest readRequest(const Statement& stmt)
{
    DeletionRequest request;
    request.id = stmt.int64(0);
    request.noteId = stmt.int64(1);
    request.patientId = stmt.int64(2);
    request.requestedBy = stmt.int64(3);
    request.requestedAt = parseTime(stmt.text(4));
    request.patientDemand = stmt.int64(5) != 0;
    const QString decision = stmt.text(6);
    request.outcome = decision == QLatin1String("approved")  ? DeletionOutcome::Approved
                      : decision == QLatin1String("refused") ? DeletionOutcome::Refused
                                                             : DeletionOutcome::Open;
    request.decidedBy = stmt.optionalInt64(7);
    if (auto at = stmt.optionalText(8)) {
        request.decidedAt = parseTime(*at);
    }
    request.decision.approve = request.outcome == DeletionOutcome::Approved;
    request.decision.unobjectionable = stmt.int64(9) != 0;
    request.decision.archiveLawAllows = stmt.int64(10) != 0;
    request.decision.incorrectOrMisleading = stmt.int64(11) != 0;
    request.decision.obviouslyUnnecessary = stmt.int64(12) != 0;
    request.decision.patientToldOfAppeal = stmt.int64(13) != 0;
    return request;
}

Result<QList<DeletionRequest>> readAll(Statement& stmt)
{
    QList<DeletionRequest> requests;
    while (true) {
        auto row = stmt.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        requests << readRequest(stmt);
    }
    return requests;
}

} // namespace

Result<std::int64_t> NoteDeletionRequests::request(Clinic& clinic, std::int64_t noteId, bool patientDemand,
                                                   const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Write why the note should be deleted."));
    }
    auto note =
        query(clinic.db(),
              "SELECT patient_id, signed_at IS NOT NULL, deleted_at IS NOT NULL, addendum_to FROM clinical_note "
              "WHERE id = ?1",
              noteId);
    if (!note) {
        return std::unexpected(note.error());
    }
    if (auto row = note->step(); !row || !*row) {
        return fail(ErrorCode::NotFound, tr("The note was not found."));
    }
    const std::int64_t patientId = note->int64(0);
    const bool isSigned = note->int64(1) != 0;
    const bool deleted = note->int64(2) != 0;
    const bool isAddendum = !note->isNull(3);
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (!isSigned) {
        return fail(ErrorCode::Conflict, tr("A draft is not part of the journal yet; its author can discard it."));
    }
    if (deleted) {
        return fail(ErrorCode::Conflict, tr("The note has already been deleted."));
    }
    if (isAddendum) {
        return fail(ErrorCode::InvalidInput, tr("Request deletion of the original note; its addenda go with it."));
    }
    auto pending = optionalInt(clinic.db(),
                               "SELECT id FROM note_deletion_request WHERE note_id = ?1 AND decision IS NULL", noteId);
    if (!pending) {
        return std::unexpected(pending.error());
    }
    if (*pending) {
        return fail(ErrorCode::Conflict, tr("A deletion request for this note is already waiting for a decision."));
    }
    auto requestId = insert(clinic.db(),
                            "INSERT INTO note_deletion_request (note_id, patient_id, requested_by, requested_at, "
                            "patient_demand, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                            noteId, patientId, clinic.session().userId, isoTime(clinic.clock().now()), patientDemand,
                            ClinicalCipher::seal(clinic, reason.trimmed()));
    if (!requestId) {
        return requestId;
    }
    if (auto status =
            write->audit(QStringLiteral("note.deletion_request"), QStringLiteral("note_deletion_request"), *requestId);
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = write->commit(); !status) {
        return std::unexpected(status.error());
    }
    return requestId;
}

Status NoteDeletionRequests::decide(Clinic& clinic, std::int64_t requestId, const DeletionDecision& decision)
{
    if (auto status = Policy::require(clinic.session(), Permission::DecideDeletionRequest); !status) {
        return status;
    }
    auto stmt = query(clinic.db(),
                      "SELECT note_id, patient_id, patient_demand, decision FROM note_deletion_request "
                      "WHERE id = ?1",
                      requestId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    if (auto row = stmt->step(); !row || !*row) {
        return fail(ErrorCode::NotFound, tr("The deletion request was not found."));
    }
    const std::int64_t noteId = stmt->int64(0);
    const std::int64_t patientId = stmt->int64(1);
    const bool patientDemand = stmt->int64(2) != 0;
    if (!stmt->isNull(3)) {
        return fail(ErrorCode::Conflict, tr("The request has already been decided."));
    }
    if (decision.reason.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Write the grounds for the decision."));
    }
    if (decision.approve && !(decision.unobjectionable && decision.archiveLawAllows &&
                              (decision.incorrectOrMisleading || decision.obviouslyUnnecessary))) {
        return fail(
            ErrorCode::InvalidInput,
            tr("The conditions of helsepersonelloven §43 are not met: deletion must be unobjectionable, allowed "
               "by the Archives Act, and the content either incorrect or misleading, or obviously not needed "
               "for health care."));
    }
    if (!decision.approve && patientDemand && !decision.patientToldOfAppeal) {
        return fail(ErrorCode::InvalidInput, tr("When a patient's demand is refused, the patient must be told that "
                                                "the refusal can be appealed to the county governor."));
    }
    auto write =
        PatientWrite::begin(clinic, patientId, Permission::DecideDeletionRequest, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    const QString now = isoTime(clinic.clock().now());
    if (auto status =
            run(clinic.db(),
                "UPDATE note_deletion_request SET decision = ?2, decided_by = ?3, decided_at = ?4, "
                "unobjectionable = ?5, archive_law_allows = ?6, incorrect_or_misleading = ?7, "
                "obviously_unnecessary = ?8, decision_reason = ?9, patient_told_of_appeal = ?10 WHERE id = ?1",
                requestId, decision.approve ? QStringLiteral("approved") : QStringLiteral("refused"),
                userRef(clinic.session().userId), now, decision.unobjectionable, decision.archiveLawAllows,
                decision.incorrectOrMisleading, decision.obviouslyUnnecessary,
                ClinicalCipher::seal(clinic, decision.reason.trimmed()), decision.patientToldOfAppeal);
        !status) {
        return status;
    }
    if (decision.approve) {
        // The note and its addenda lose their text; the rows (who, when) stay. The schema allows exactly this
        // change of a signed row, and only with an approved request.
        if (auto status = run(clinic.db(),
                              "UPDATE clinical_note SET body = X'', deleted_at = ?2, deletion_request_id = ?3 "
                              "WHERE (id = ?1 OR addendum_to = ?1) AND deleted_at IS NULL",
                              noteId, now, requestId);
            !status) {
            return status;
        }
        // Unsigned addenda drafts of the deleted note are discarded with it.
        if (auto status =
                run(clinic.db(), "DELETE FROM clinical_note WHERE addendum_to = ?1 AND signed_at IS NULL", noteId);
            !status) {
            return status;
        }
    }
    if (auto status = write->audit(decision.approve ? QStringLiteral("note.deletion_approved")
                                                    : QStringLiteral("note.deletion_refused"),
                                   QStringLiteral("note_deletion_request"), requestId);
        !status) {
        return status;
    }
    return write->commit();
}

Result<QList<DeletionRequest>> NoteDeletionRequests::forPatient(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto stmt =
        query(clinic.db(), (QByteArray(RequestColumns) + "WHERE patient_id = ?1 ORDER BY id").constData(), patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto requests = readAll(*stmt);
    if (!requests) {
        return requests;
    }
    for (DeletionRequest& request : *requests) {
        auto texts =
            query(clinic.db(), "SELECT reason, decision_reason FROM note_deletion_request WHERE id = ?1", request.id);
        if (!texts) {
            return std::unexpected(texts.error());
        }
        if (auto row = texts->step(); !row || !*row) {
            continue;
        }
        auto reason = ClinicalCipher::open(clinic, texts->blob(0));
        auto decisionReason = ClinicalCipher::open(clinic, texts->blob(1));
        if (!reason || !decisionReason) {
            return std::unexpected(reason ? decisionReason.error() : reason.error());
        }
        request.reason = *reason;
        request.decision.reason = *decisionReason;
    }
    if (auto status =
            PatientAccess::auditRead(clinic, patientId, QStringLiteral("note_deletion_request"), std::nullopt, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return requests;
}

Result<QList<DeletionRequest>> NoteDeletionRequests::open(Clinic& clinic)
{
    if (auto status = Policy::require(clinic.session(), Permission::DecideDeletionRequest); !status) {
        return std::unexpected(status.error());
    }
    auto stmt = query(clinic.db(),
                      (QByteArray(RequestColumns) + "WHERE decision IS NULL ORDER BY requested_at, id").constData());
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    return readAll(*stmt);
}

} // namespace forlop
