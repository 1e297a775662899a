#include "audit/AuditReview.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "util/Clock.h"
#include "util/Csv.h"

#include <algorithm>
#include <variant>

namespace forlop {

namespace {

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// The one place that says which rows the review puts first; the partial index audit_log_flagged (schema step 7)
// is defined by the same expression, so the planner reads flagged rows from it.
constexpr auto FlaggedRows = "(basis = 'emergency' OR outcome = 'denied')";

// The WHERE clause of the filters in use and their values, in the order of their ?N. Only the filters in use, so
// the planner can take the patient or user index: an "?1 IS NULL OR patient_id = ?1" term would hide it.
struct Conditions
{
    QByteArray sql;
    QList<std::variant<std::int64_t, QString>> values;

    void add(const char* column, const char* op, std::variant<std::int64_t, QString> value)
    {
        values.append(std::move(value));
        sql += (sql.isEmpty() ? "WHERE " : " AND ") + QByteArray(column) + ' ' + op + " ?" +
               QByteArray::number(values.size());
    }
    void add(const QByteArray& condition) { sql += (sql.isEmpty() ? "WHERE " : " AND ") + condition; }
    void bindTo(Statement& stmt) const
    {
        for (int i = 0; i < values.size(); ++i) {
            std::visit([&](const auto& value) { stmt.bind(i + 1, value); }, values.at(i));
        }
    }
};

Conditions conditionsOf(const AuditFilter& filter)
{
    Conditions conditions;
    if (filter.patientId) {
        conditions.add("patient_id", "=", *filter.patientId);
    }
    if (filter.userId) {
        conditions.add("user_id", "=", *filter.userId);
    }
    if (filter.from.isValid()) {
        conditions.add("at", ">=", iso(filter.from));
    }
    if (filter.to.isValid()) {
        conditions.add("at", "<", iso(filter.to));
    }
    return conditions;
}

enum class Part { All, Flagged, Unflagged };

// Up to limit rows of one part of the log, newest first, older than beforeSeq when given.
Status readPart(Database& db, const AuditFilter& filter, Part part, std::optional<std::int64_t> beforeSeq, int limit,
                QList<AuditRecord>& into)
{
    Conditions conditions = conditionsOf(filter);
    if (part == Part::Flagged) {
        conditions.add(FlaggedRows);
    } else if (part == Part::Unflagged) {
        conditions.add("NOT " + QByteArray(FlaggedRows));
    }
    if (beforeSeq) {
        conditions.add("seq", "<", *beforeSeq);
    }
    const QByteArray sql = "SELECT seq, at, user_id, user_name, role, action, patient_id, object_type, object_id, "
                           "basis, reason, outcome FROM audit_log " +
                           conditions.sql + " ORDER BY seq DESC LIMIT " + QByteArray::number(limit);
    auto stmt = db.prepare(sql.constData());
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    conditions.bindTo(*stmt);
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return {};
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
        into << record;
    }
}

Status auditViewed(Clinic& clinic, const QString& action, std::optional<std::int64_t> patientId)
{
    return clinic.audit(AuditEvent{action,
                                   patientId,
                                   QStringLiteral("audit_log"),
                                   std::nullopt,
                                   QLatin1String(AuditBasis::Administrative),
                                   {},
                                   QStringLiteral("ok")});
}

} // namespace

Result<QList<AuditRecord>> AuditReview::query(Clinic& clinic, const AuditFilter& filter)
{
    if (auto status = Policy::require(clinic.session(), Permission::ReviewAuditLog); !status) {
        return std::unexpected(status.error());
    }
    if (!filter.after) {
        if (auto status = auditViewed(clinic, QStringLiteral("audit_log.view"), filter.patientId); !status) {
            return std::unexpected(status.error());
        }
    }
    const int limit = std::clamp(filter.limit, 1, 10000);
    QList<AuditRecord> records;
    const auto& after = filter.after;
    if (!filter.flaggedFirst) {
        if (auto status = readPart(clinic.db(), filter, Part::All, after ? std::optional(after->seq) : std::nullopt,
                                   limit, records);
            !status) {
            return std::unexpected(status.error());
        }
        return records;
    }
    // Flagged rows first, then the rest, each newest first: two index ranges instead of sorting the whole log.
    if (!after || after->flagged) {
        if (auto status = readPart(clinic.db(), filter, Part::Flagged, after ? std::optional(after->seq) : std::nullopt,
                                   limit, records);
            !status) {
            return std::unexpected(status.error());
        }
    }
    if (records.size() < limit) {
        const bool inRest = after && !after->flagged;
        if (auto status =
                readPart(clinic.db(), filter, Part::Unflagged, inRest ? std::optional(after->seq) : std::nullopt,
                         limit - int(records.size()), records);
            !status) {
            return std::unexpected(status.error());
        }
    }
    return records;
}

bool AuditReview::isFlagged(const AuditRecord& record)
{
    return record.event.basis == QLatin1String(AuditBasis::Emergency) ||
           record.event.outcome == QLatin1String("denied");
}

AuditFilter::Cursor AuditReview::cursorAfter(const AuditRecord& record)
{
    return {isFlagged(record), record.seq};
}

Result<std::int64_t> AuditReview::count(Clinic& clinic, const AuditFilter& filter)
{
    if (auto status = Policy::require(clinic.session(), Permission::ReviewAuditLog); !status) {
        return std::unexpected(status.error());
    }
    const Conditions conditions = conditionsOf(filter);
    const QByteArray sql = "SELECT count(*) FROM audit_log " + conditions.sql;
    auto stmt = clinic.db().prepare(sql.constData());
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    conditions.bindTo(*stmt);
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
        entries << PatientAccessEntry{QDateTime::fromString(stmt->text(0), Qt::ISODateWithMs),
                                      stmt->text(1),
                                      stmt->text(2),
                                      stmt->text(3),
                                      stmt->text(4),
                                      stmt->text(5)};
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
        rows << QStringList{entry.at.toLocalTime().toString(Qt::ISODate),
                            entry.who,
                            entry.role,
                            entry.action,
                            basisDisplayName(entry.basis),
                            entry.reason};
    }
    return Csv::write(rows);
}

} // namespace forlop
