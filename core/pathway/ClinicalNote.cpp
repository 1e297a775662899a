#include "pathway/ClinicalNote.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientWrite.h"
#include "pathway/Signer.h"
#include "security/ClinicalCipher.h"
#include "util/Clock.h"

namespace forlop {

using namespace pathwaysql;

namespace {

struct NoteHead
{
    std::int64_t patientId = 0;
    std::int64_t authorId = 0;
    bool isSigned = false;
    bool isDeleted = false;
    std::optional<std::int64_t> addendumTo;
};

Result<NoteHead> head(Database& db, std::int64_t noteId)
{
    auto stmt = query(db,
                      "SELECT patient_id, author_id, signed_at IS NOT NULL, deleted_at IS NOT NULL, addendum_to "
                      "FROM clinical_note WHERE id = ?1",
                      noteId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, ClinicalNotes::tr("The note was not found."));
    }
    return NoteHead{stmt->int64(0), stmt->int64(1), stmt->int64(2) != 0, stmt->int64(3) != 0, stmt->optionalInt64(4)};
}

Status checkLength(const QString& body)
{
    if (body.size() > ClinicalNotes::MaxLength) {
        return fail(ErrorCode::InvalidInput,
                    ClinicalNotes::tr("A note holds at most %n characters.", nullptr, ClinicalNotes::MaxLength));
    }
    return {};
}

// The author's own unsigned draft, opened for writing.
Result<PatientWrite> ownDraft(Clinic& clinic, std::int64_t noteId, Permission permission)
{
    auto note = head(clinic.db(), noteId);
    if (!note) {
        return std::unexpected(note.error());
    }
    auto write = PatientWrite::begin(clinic, note->patientId, permission, PatientWrite::Access::Clinical);
    if (!write) {
        return write;
    }
    if (note->isSigned) {
        return fail(ErrorCode::Conflict, ClinicalNotes::tr("The note is signed and cannot be changed. Add a signed "
                                                           "addendum instead."));
    }
    if (note->authorId != clinic.session().userId) {
        return fail(ErrorCode::PermissionDenied, ClinicalNotes::tr("Only the author can change or sign a draft."));
    }
    return write;
}

ClinicalNote readNote(const Statement& stmt)
{
    ClinicalNote note;
    note.id = stmt.int64(0);
    note.patientId = stmt.int64(1);
    note.sessionId = stmt.optionalInt64(2);
    note.authorId = stmt.int64(3);
    note.addendumTo = stmt.optionalInt64(4);
    note.createdAt = parseTime(stmt.text(6));
    note.updatedAt = parseTime(stmt.text(7));
    if (auto signedAt = stmt.optionalText(8)) {
        note.signedAt = parseTime(*signedAt);
    }
    if (auto deletedAt = stmt.optionalText(9)) {
        note.deletedAt = parseTime(*deletedAt);
    }
    return note;
}

constexpr auto NoteColumns = "SELECT id, patient_id, session_id, author_id, addendum_to, body, created_at, updated_at, "
                             "signed_at, deleted_at FROM clinical_note ";

} // namespace

Result<std::int64_t> ClinicalNotes::createDraft(Clinic& clinic, std::int64_t patientId,
                                                std::optional<std::int64_t> sessionId, const QString& body)
{
    if (auto status = checkLength(body); !status) {
        return std::unexpected(status.error());
    }
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (write->state() == PatientState::Enquiry) {
        return fail(ErrorCode::Conflict, tr("Register the referral before writing notes."));
    }
    if (sessionId) {
        auto belongs = optionalInt(clinic.db(), "SELECT 1 FROM treatment_session WHERE id = ?1 AND patient_id = ?2",
                                   *sessionId, patientId);
        if (!belongs) {
            return std::unexpected(belongs.error());
        }
        if (!*belongs) {
            return fail(ErrorCode::InvalidInput, tr("That session belongs to another patient."));
        }
    }
    const QString now = isoTime(clinic.clock().now());
    auto noteId = insert(clinic.db(),
                         "INSERT INTO clinical_note (patient_id, session_id, author_id, body, created_at, updated_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                         patientId, sessionId, clinic.session().userId, ClinicalCipher::seal(clinic, body), now);
    if (!noteId) {
        return noteId;
    }
    if (auto status = write->audit(QStringLiteral("note.create"), QStringLiteral("clinical_note"), *noteId); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = write->commit(); !status) {
        return std::unexpected(status.error());
    }
    return noteId;
}

Status ClinicalNotes::updateDraft(Clinic& clinic, std::int64_t noteId, const QString& body)
{
    if (auto status = checkLength(body); !status) {
        return status;
    }
    auto write = ownDraft(clinic, noteId, Permission::WriteClinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = run(clinic.db(), "UPDATE clinical_note SET body = ?2, updated_at = ?3 WHERE id = ?1", noteId,
                          ClinicalCipher::seal(clinic, body), isoTime(clinic.clock().now()));
        !status) {
        return status;
    }
    if (auto status = write->audit(QStringLiteral("note.update"), QStringLiteral("clinical_note"), noteId); !status) {
        return status;
    }
    return write->commit();
}

Status ClinicalNotes::discardDraft(Clinic& clinic, std::int64_t noteId)
{
    auto write = ownDraft(clinic, noteId, Permission::WriteClinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = run(clinic.db(), "DELETE FROM clinical_note WHERE id = ?1", noteId); !status) {
        return status;
    }
    if (auto status = write->audit(QStringLiteral("note.discard"), QStringLiteral("clinical_note"), noteId); !status) {
        return status;
    }
    return write->commit();
}

Result<std::int64_t> ClinicalNotes::addAddendum(Clinic& clinic, std::int64_t noteId, const QString& body)
{
    if (auto status = checkLength(body); !status) {
        return std::unexpected(status.error());
    }
    auto note = head(clinic.db(), noteId);
    if (!note) {
        return std::unexpected(note.error());
    }
    auto write =
        PatientWrite::begin(clinic, note->patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (!note->isSigned) {
        return fail(ErrorCode::Conflict, tr("An addendum is added to a signed note; a draft can still be edited."));
    }
    if (note->addendumTo) {
        return fail(ErrorCode::InvalidInput, tr("Add the addendum to the original note, not to another addendum."));
    }
    if (note->isDeleted) {
        return fail(ErrorCode::Conflict, tr("The note was deleted after a deletion request."));
    }
    const QString now = isoTime(clinic.clock().now());
    auto addendumId = insert(clinic.db(),
                             "INSERT INTO clinical_note (patient_id, author_id, addendum_to, body, created_at, "
                             "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                             note->patientId, clinic.session().userId, noteId, ClinicalCipher::seal(clinic, body), now);
    if (!addendumId) {
        return addendumId;
    }
    if (auto status = write->audit(QStringLiteral("note.addendum"), QStringLiteral("clinical_note"), *addendumId);
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = write->commit(); !status) {
        return std::unexpected(status.error());
    }
    return addendumId;
}

Status ClinicalNotes::sign(Clinic& clinic, std::int64_t noteId, const Signer& signer)
{
    if (!signer.belongsTo(clinic)) {
        return fail(ErrorCode::AuthenticationFailed, tr("Confirm your password to sign."));
    }
    auto write = ownDraft(clinic, noteId, Permission::SignClinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    auto body = query(clinic.db(), "SELECT body FROM clinical_note WHERE id = ?1", noteId);
    if (!body) {
        return std::unexpected(body.error());
    }
    auto row = body->step();
    if (!row) {
        return std::unexpected(row.error()); // a disk error is not a missing note
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("The note was not found."));
    }
    auto text = ClinicalCipher::open(clinic, body->blob(0));
    if (!text) {
        return std::unexpected(text.error());
    }
    if (text->trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("An empty note cannot be signed."));
    }
    if (auto status = run(clinic.db(), "UPDATE clinical_note SET signed_at = ?2 WHERE id = ?1", noteId,
                          isoTime(clinic.clock().now()));
        !status) {
        return status;
    }
    if (auto status = write->audit(QStringLiteral("note.sign"), QStringLiteral("clinical_note"), noteId); !status) {
        return status;
    }
    return write->commit();
}

Result<ClinicalNote> ClinicalNotes::get(Clinic& clinic, std::int64_t noteId)
{
    auto note = head(clinic.db(), noteId);
    if (!note) {
        return std::unexpected(note.error());
    }
    auto grant = PatientAccess::clinical(clinic, note->patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    if (!note->isSigned && note->authorId != clinic.session().userId) {
        return fail(ErrorCode::PermissionDenied, tr("A draft is visible to its author only until it is signed."));
    }
    auto stmt = query(clinic.db(), (QByteArray(NoteColumns) + "WHERE id = ?1").constData(), noteId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    if (auto row = stmt->step(); !row || !*row) {
        return fail(ErrorCode::NotFound, tr("The note was not found."));
    }
    ClinicalNote result = readNote(*stmt);
    auto text = ClinicalCipher::open(clinic, stmt->blob(5));
    if (!text) {
        return std::unexpected(text.error());
    }
    result.body = *text;
    if (auto status =
            PatientAccess::auditRead(clinic, note->patientId, QStringLiteral("clinical_note"), noteId, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return result;
}

Result<QList<ClinicalNote>> ClinicalNotes::forPatient(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto stmt =
        query(clinic.db(),
              (QByteArray(NoteColumns) +
               "WHERE patient_id = ?1 AND (signed_at IS NOT NULL OR author_id = ?2) "
               "ORDER BY coalesce((SELECT o.created_at FROM clinical_note o WHERE o.id = clinical_note.addendum_to), "
               "created_at), addendum_to IS NOT NULL, created_at, id")
                  .constData(),
              patientId, clinic.session().userId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<ClinicalNote> notes;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        ClinicalNote note = readNote(*stmt);
        auto text = ClinicalCipher::open(clinic, stmt->blob(5));
        if (!text) {
            return std::unexpected(text.error());
        }
        note.body = *text;
        notes << note;
    }
    if (auto status =
            PatientAccess::auditRead(clinic, patientId, QStringLiteral("clinical_note"), std::nullopt, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return notes;
}

Result<QList<DraftSummary>> ClinicalNotes::myDrafts(Clinic& clinic)
{
    if (auto status = Policy::require(clinic.session(), Permission::WriteClinical); !status) {
        return std::unexpected(status.error());
    }
    auto stmt = query(clinic.db(),
                      "SELECT n.id, n.patient_id, p.pseudonym, n.addendum_to IS NOT NULL, n.created_at, n.updated_at "
                      "FROM clinical_note n JOIN patient p ON p.id = n.patient_id "
                      "WHERE n.author_id = ?1 AND n.signed_at IS NULL ORDER BY n.created_at, n.id",
                      clinic.session().userId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<DraftSummary> drafts;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        drafts << DraftSummary{stmt->int64(0),      stmt->int64(1),           stmt->text(2),
                               stmt->int64(3) != 0, parseTime(stmt->text(4)), parseTime(stmt->text(5))};
    }
    return drafts;
}

} // namespace forlop
