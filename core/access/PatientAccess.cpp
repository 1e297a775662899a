#include "access/PatientAccess.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace forlop {

namespace {

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Result<bool> isBlocked(Clinic& clinic, std::int64_t patientId)
{
    auto stmt = clinic.db().prepare(
        "SELECT 1 FROM patient_block WHERE patient_id = ?1 AND user_id = ?2 AND removed_at IS NULL LIMIT 1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(patientId, clinic.session().userId);
    return stmt->step();
}

// nullopt when the patient does not exist; otherwise the allocated clinician (0 when unallocated).
Result<std::optional<std::int64_t>> allocatedClinician(Clinic& clinic, std::int64_t patientId)
{
    auto stmt = clinic.db().prepare("SELECT coalesce(clinician_id, 0) FROM patient WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, patientId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<std::int64_t>();
    }
    return std::optional<std::int64_t>(stmt->int64(0));
}

Error notFound()
{
    return {ErrorCode::NotFound, PatientAccess::tr("The patient was not found.")};
}

Error blocked()
{
    return {ErrorCode::PermissionDenied, PatientAccess::tr("You are blocked from this patient's record.")};
}

Status auditDenied(Clinic& clinic, std::int64_t patientId)
{
    return clinic.audit(AuditEvent{QStringLiteral("patient.access_denied"), patientId, QStringLiteral("patient"),
                                   patientId, {}, {}, QStringLiteral("denied")});
}

} // namespace

Result<AccessGrant> PatientAccess::administrative(Clinic& clinic, std::int64_t patientId)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewAdministrative); !status) {
        return std::unexpected(status.error());
    }
    auto clinician = allocatedClinician(clinic, patientId);
    if (!clinician) {
        return std::unexpected(clinician.error());
    }
    if (!*clinician) {
        return std::unexpected(notFound());
    }
    auto isBlockedNow = isBlocked(clinic, patientId);
    if (!isBlockedNow) {
        return std::unexpected(isBlockedNow.error());
    }
    if (*isBlockedNow) {
        (void)auditDenied(clinic, patientId);
        return std::unexpected(blocked());
    }
    return AccessGrant{QLatin1String(AuditBasis::Administrative), {}};
}

Result<AccessGrant> PatientAccess::clinical(Clinic& clinic, std::int64_t patientId)
{
    const Session& session = clinic.session();
    if (auto status = Policy::require(session, Permission::ViewClinical); !status) {
        return std::unexpected(status.error());
    }
    auto clinician = allocatedClinician(clinic, patientId);
    if (!clinician) {
        return std::unexpected(clinician.error());
    }
    if (!*clinician) {
        return std::unexpected(notFound());
    }
    auto isBlockedNow = isBlocked(clinic, patientId);
    if (!isBlockedNow) {
        return std::unexpected(isBlockedNow.error());
    }
    if (*isBlockedNow) {
        (void)auditDenied(clinic, patientId);
        return std::unexpected(blocked());
    }
    if (session.has(Role::UnitLeader)) {
        return AccessGrant{QLatin1String(AuditBasis::Clinic), {}};
    }
    if (**clinician == session.userId) {
        return AccessGrant{QLatin1String(AuditBasis::CareRelation), {}};
    }
    auto stmt = clinic.db().prepare("SELECT reason FROM emergency_access WHERE user_id = ?1 AND patient_id = ?2 "
                                    "AND expires_at > ?3 ORDER BY expires_at DESC LIMIT 1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(session.userId, patientId, iso(clinic.clock().now()));
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (*row) {
        return AccessGrant{QLatin1String(AuditBasis::Emergency), stmt->text(0)};
    }
    (void)auditDenied(clinic, patientId);
    return fail(ErrorCode::PermissionDenied, tr("This patient is not allocated to you. Use emergency access with a "
                                                "reason if you need to open the record."));
}

bool PatientAccess::hasActiveEmergencyAccess(Clinic& clinic, std::int64_t patientId)
{
    auto grant = clinical(clinic, patientId);
    return grant && grant->basis == QLatin1String(AuditBasis::Emergency);
}

Result<AccessGrant> PatientAccess::breakGlass(Clinic& clinic, std::int64_t patientId, const QString& reason)
{
    if (auto status = Policy::require(clinic.session(), Permission::EmergencyAccess); !status) {
        return std::unexpected(status.error());
    }
    const QString trimmed = reason.simplified();
    if (trimmed.size() < MinimumReasonLength) {
        return fail(ErrorCode::InvalidInput,
                    tr("Write why you need access, in at least %n characters. The patient can read this reason.",
                       nullptr, MinimumReasonLength));
    }
    auto clinician = allocatedClinician(clinic, patientId);
    if (!clinician) {
        return std::unexpected(clinician.error());
    }
    if (!*clinician) {
        return std::unexpected(notFound());
    }
    auto isBlockedNow = isBlocked(clinic, patientId);
    if (!isBlockedNow) {
        return std::unexpected(isBlockedNow.error());
    }
    if (*isBlockedNow) {
        (void)auditDenied(clinic, patientId);
        return std::unexpected(blocked());
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const QDateTime now = clinic.clock().now();
    auto stmt = clinic.db().prepare("INSERT INTO emergency_access (patient_id, user_id, reason, granted_at, expires_at) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(patientId, clinic.session().userId, trimmed, iso(now), iso(now.addSecs(EmergencyHours * 3600)));
    if (auto status = stmt->run(); !status) {
        return std::unexpected(status.error());
    }
    const std::int64_t id = clinic.db().lastInsertId();
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("emergency_access.grant"), patientId,
                                              QStringLiteral("emergency_access"), id,
                                              QLatin1String(AuditBasis::Emergency), trimmed, QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(status.error());
    }
    return AccessGrant{QLatin1String(AuditBasis::Emergency), trimmed};
}

Status PatientAccess::block(Clinic& clinic, std::int64_t patientId, std::int64_t userId)
{
    const Session& session = clinic.session();
    auto clinician = allocatedClinician(clinic, patientId);
    if (!clinician) {
        return std::unexpected(clinician.error());
    }
    if (!*clinician) {
        return std::unexpected(notFound());
    }
    const bool ownClinician = session.has(Role::Clinician) && **clinician == session.userId;
    if (!session.has(Role::UnitLeader) && !ownClinician) {
        return fail(ErrorCode::PermissionDenied,
                    tr("Only a unit leader or the patient's own clinician can block staff from a record."));
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto stmt = clinic.db().prepare(
        "INSERT INTO patient_block (patient_id, user_id, created_by, created_at) VALUES (?1, ?2, ?3, ?4)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(patientId, userId, session.userId, iso(clinic.clock().now()));
    if (auto status = stmt->run(); !status) {
        return status;
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("patient.block"), patientId, QStringLiteral("user"),
                                              userId, QLatin1String(AuditBasis::Administrative), {},
                                              QStringLiteral("ok")});
        !status) {
        return status;
    }
    return transaction->commit();
}

Status PatientAccess::unblock(Clinic& clinic, std::int64_t patientId, std::int64_t userId)
{
    const Session& session = clinic.session();
    auto clinician = allocatedClinician(clinic, patientId);
    if (!clinician) {
        return std::unexpected(clinician.error());
    }
    if (!*clinician) {
        return std::unexpected(notFound());
    }
    const bool ownClinician = session.has(Role::Clinician) && **clinician == session.userId;
    if (!session.has(Role::UnitLeader) && !ownClinician) {
        return fail(ErrorCode::PermissionDenied,
                    tr("Only a unit leader or the patient's own clinician can block staff from a record."));
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto stmt = clinic.db().prepare("UPDATE patient_block SET removed_by = ?3, removed_at = ?4 "
                                    "WHERE patient_id = ?1 AND user_id = ?2 AND removed_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(patientId, userId, session.userId, iso(clinic.clock().now()));
    if (auto status = stmt->run(); !status) {
        return status;
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("patient.unblock"), patientId, QStringLiteral("user"),
                                              userId, QLatin1String(AuditBasis::Administrative), {},
                                              QStringLiteral("ok")});
        !status) {
        return status;
    }
    return transaction->commit();
}

Status PatientAccess::auditRead(Clinic& clinic, std::int64_t patientId, const QString& objectType,
                                std::optional<std::int64_t> objectId, const AccessGrant& grant)
{
    return clinic.audit(AuditEvent{objectType + QStringLiteral(".view"), patientId, objectType, objectId, grant.basis,
                                   grant.reason, QStringLiteral("ok")});
}

Status PatientAccess::markReviewed(Clinic& clinic, std::int64_t emergencyAccessId)
{
    if (auto status = Policy::require(clinic.session(), Permission::ReviewAuditLog); !status) {
        return status;
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto stmt = clinic.db().prepare("UPDATE emergency_access SET reviewed_by = ?2, reviewed_at = ?3 "
                                    "WHERE id = ?1 AND reviewed_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(emergencyAccessId, clinic.session().userId, iso(clinic.clock().now()));
    if (auto status = stmt->run(); !status) {
        return status;
    }
    if (clinic.db().changes() != 1) {
        return fail(ErrorCode::NotFound, tr("That emergency access was not found or is already reviewed."));
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("emergency_access.review"), std::nullopt,
                                              QStringLiteral("emergency_access"), emergencyAccessId,
                                              QLatin1String(AuditBasis::Administrative), {}, QStringLiteral("ok")});
        !status) {
        return status;
    }
    return transaction->commit();
}

} // namespace forlop
