#include "audit/AuditReview.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "util/Clock.h"
#include "util/Csv.h"

namespace forlop {

namespace {

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Builds the WHERE clause shared by query() and count(); parameters ?1..?4 are always bound.
QByteArray whereClause()
{
    return "WHERE (?1 IS NULL OR patient_id = ?1) AND (?2 IS NULL OR user_id = ?2) "
           "AND (?3 IS NULL OR at >= ?3) AND (?4 IS NULL OR at < ?4) ";
}

void bindFilter(Statement& stmt, const AuditFilter& filter)
{
    stmt.bind(1, filter.patientId);
    stmt.bind(2, filter.userId);
    stmt.bind(3, filter.from.isValid() ? std::optional<QString>(iso(filter.from)) : std::nullopt);
    stmt.bind(4, filter.to.isValid() ? std::optional<QString>(iso(filter.to)) : std::nullopt);
}

Status auditViewed(Clinic& clinic, const QString& action, std::optional<std::int64_t> patientId)
{
    return clinic.audit(AuditEvent{action, patientId, QStringLiteral("audit_log"), std::nullopt,
                                   QLatin1String(AuditBasis::Administrative), {}, QStringLiteral("ok")});
}

} // namespace

Result<QList<AuditRecord>> AuditReview::query(Clinic& clinic, const AuditFilter& filter)
{
    if (auto status = Policy::require(clinic.session(), Permission::ReviewAuditLog); !status) {
        return std::unexpected(status.error());
    }
    if (filter.offset == 0) {
        if (auto status = auditViewed(clinic, QStringLiteral("audit_log.view"), filter.patientId); !status) {
            return std::unexpected(status.error());
        }
    }
    const QByteArray order = filter.flaggedFirst
                                 ? "ORDER BY (basis = 'emergency' OR outcome = 'denied') DESC, seq DESC "
                                 : "ORDER BY seq DESC ";
    const QByteArray sql = "SELECT seq, at, user_id, user_name, role, action, patient_id, object_type, object_id, "
                           "basis, reason, outcome FROM audit_log " +
                           whereClause() + order + "LIMIT ?5 OFFSET ?6";
    auto stmt = clinic.db().prepare(sql.constData());
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bindFilter(*stmt, filter);
    stmt->bind(5, filter.limit);
    stmt->bind(6, filter.offset);
    QList<AuditRecord> records;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        AuditRecord record;
        record.seq = stmt->int64(0);
        record.at = QDateTime::fromString(stmt->text(1), Qt::ISODateWithMs);
        record.userId = stmt->optionalInt64(2);
        record.userName = stmt->text(3);
        record.role = stmt->text(4);
        record.event.action = stmt->text(5);
        record.event.patientId = stmt->optionalInt64(6);
        record.event.objectType = stmt->text(7);
        record.event.objectId = stmt->optionalInt64(8);
        record.event.basis = stmt->text(9);
        record.event.reason = stmt->text(10);
        record.event.outcome = stmt->text(11);
        records << record;
    }
    return records;
}

Result<std::int64_t> AuditReview::count(Clinic& clinic, const AuditFilter& filter)
{
    if (auto status = Policy::require(clinic.session(), Permission::ReviewAuditLog); !status) {
        return std::unexpected(status.error());
    }
    const QByteArray sql = "SELECT count(*) FROM audit_log " + whereClause();
    auto stmt = clinic.db().prepare(sql.constData());
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bindFilter(*stmt, filter);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return stmt->int64(0);
}

Result<QList<EmergencyAccessRecord>> AuditReview::emergencyAccesses(Clinic& clinic, bool unreviewedOnly)
{
    if (auto status = Policy::require(clinic.session(), Permission::ReviewAuditLog); !status) {
        return std::unexpected(status.error());
    }
    auto stmt = clinic.db().prepare(
        "SELECT e.id, e.patient_id, p.pseudonym, u.name, e.reason, e.granted_at, e.expires_at, "
        "e.reviewed_at IS NOT NULL FROM emergency_access e JOIN patient p ON p.id = e.patient_id "
        "JOIN user u ON u.id = e.user_id WHERE (?1 = 0 OR e.reviewed_at IS NULL) ORDER BY e.granted_at DESC");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, unreviewedOnly);
    QList<EmergencyAccessRecord> records;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        records << EmergencyAccessRecord{stmt->int64(0),
                                         stmt->int64(1),
                                         stmt->text(2),
                                         stmt->text(3),
                                         stmt->text(4),
                                         QDateTime::fromString(stmt->text(5), Qt::ISODateWithMs),
                                         QDateTime::fromString(stmt->text(6), Qt::ISODateWithMs),
                                         stmt->int64(7) != 0};
    }
    if (auto status = auditViewed(clinic, QStringLiteral("audit_log.view"), std::nullopt); !status) {
        return std::unexpected(status.error());
    }
    return records;
}

Result<QList<PatientAccessEntry>> AuditReview::patientAccessLog(Clinic& clinic, std::int64_t patientId)
{
    if (auto status = Policy::require(clinic.session(), Permission::ExportPatientAccessLog); !status) {
        return std::unexpected(status.error());
    }
    auto stmt = clinic.db().prepare(
        "SELECT a.at, coalesce(u.full_name, a.user_name), a.role, a.action, a.basis, a.reason FROM audit_log a "
        "LEFT JOIN user u ON u.id = a.user_id WHERE a.patient_id = ?1 ORDER BY a.seq");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, patientId);
    QList<PatientAccessEntry> entries;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        entries << PatientAccessEntry{QDateTime::fromString(stmt->text(0), Qt::ISODateWithMs), stmt->text(1),
                                      stmt->text(2), stmt->text(3), stmt->text(4), stmt->text(5)};
    }
    if (auto status = auditViewed(clinic, QStringLiteral("audit_log.export"), patientId); !status) {
        return std::unexpected(status.error());
    }
    return entries;
}

QString AuditReview::basisDisplayName(const QString& basis)
{
    if (basis == QLatin1String(AuditBasis::CareRelation)) {
        return tr("Treating clinician");
    }
    if (basis == QLatin1String(AuditBasis::Clinic)) {
        return tr("Unit leader");
    }
    if (basis == QLatin1String(AuditBasis::Emergency)) {
        return tr("Emergency access");
    }
    if (basis == QLatin1String(AuditBasis::Administrative)) {
        return tr("Administrative");
    }
    return tr("System");
}

QString AuditReview::toCsv(const QList<PatientAccessEntry>& entries)
{
    QList<QStringList> rows;
    rows << QStringList{tr("Time"), tr("Who"), tr("Role"), tr("What"), tr("Basis"), tr("Reason")};
    for (const PatientAccessEntry& entry : entries) {
        rows << QStringList{entry.at.toLocalTime().toString(Qt::ISODate), entry.who, entry.role, entry.action,
                            basisDisplayName(entry.basis), entry.reason};
    }
    return Csv::write(rows);
}

} // namespace forlop
