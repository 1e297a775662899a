#include "audit/AuditLog.h"

#include "access/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QDataStream>
#include <QIODevice>
#include <QTimeZone>

#include <sodium.h>

namespace forlop {

namespace {

constexpr int HashBytes = 32;

QByteArray genesis()
{
    return QByteArray(HashBytes, '\0');
}

// Length-prefixed fields, so no two different rows serialise to the same bytes. A null and an empty text
// are the same field: the database cannot tell them apart either.
QByteArray canonical(const AuditRecord& r)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    auto text = [&](const QString& value) {
        const QByteArray utf8 = value.toUtf8();
        out << quint32(utf8.size());
        out.writeRawData(utf8.constData(), static_cast<int>(utf8.size()));
    };
    auto optional = [&](const std::optional<std::int64_t>& v) { out << qint8(v ? 1 : 0) << qint64(v.value_or(0)); };
    out << qint64(r.seq);
    text(r.at.toUTC().toString(Qt::ISODateWithMs));
    optional(r.userId);
    text(r.userName);
    text(r.role);
    text(r.event.action);
    optional(r.event.patientId);
    text(r.event.objectType);
    optional(r.event.objectId);
    text(r.event.basis);
    text(r.event.reason);
    text(r.event.outcome);
    return bytes;
}

} // namespace

QByteArray AuditLog::chainHash(const QByteArray& previous, const AuditRecord& record)
{
    const QByteArray body = canonical(record);
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, HashBytes);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(previous.constData()), previous.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(body.constData()), body.size());
    QByteArray hash(HashBytes, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(hash.data()), HashBytes);
    return hash;
}

AuditLog::Actor AuditLog::actorOf(const Session& session)
{
    return Actor{session.userId, session.userName, session.auditRole()};
}

Result<AuditLog::Head> AuditLog::head(Database& db)
{
    auto stmt = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return Head{0, genesis()};
    }
    return Head{stmt->int64(0), stmt->blob(1)};
}

Result<std::int64_t> AuditLog::append(Database& db, const Clock& clock, const Actor& actor, const AuditEvent& event)
{
    // A lone append (an audited read) takes the write lock before reading the head; otherwise two processes
    // could read the same head and the second insert would fail on the duplicate sequence number.
    std::optional<Transaction> own;
    if (!db.inTransaction()) {
        auto begun = Transaction::begin(db);
        if (!begun) {
            return std::unexpected(begun.error());
        }
        own.emplace(std::move(*begun));
    }
    auto last = head(db);
    if (!last) {
        return std::unexpected(last.error());
    }
    AuditRecord record;
    record.seq = last->seq + 1;
    // Millisecond precision, so the canonical form is the same when read back.
    record.at = QDateTime::fromMSecsSinceEpoch(clock.now().toMSecsSinceEpoch(), Qt::UTC);
    record.userId = actor.userId;
    record.userName = actor.userName;
    record.role = actor.role;
    record.event = event;
    record.hash = chainHash(last->hash, record);

    auto stmt = db.prepare("INSERT INTO audit_log (seq, at, user_id, user_name, role, action, patient_id, "
                           "object_type, object_id, basis, reason, outcome, hash) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(record.seq, record.at.toString(Qt::ISODateWithMs), record.userId, record.userName, record.role,
                  event.action, event.patientId, event.objectType, event.objectId, event.basis, event.reason,
                  event.outcome, record.hash);
    if (auto status = stmt->run(); !status) {
        return std::unexpected(status.error());
    }
    if (own) {
        if (auto status = own->commit(); !status) {
            return std::unexpected(status.error());
        }
    }
    return record.seq;
}

Result<AuditLog::Verification> AuditLog::verify(Database& db, std::int64_t anchorSeq, const QByteArray& anchorHash)
{
    auto stmt = db.prepare("SELECT seq, at, user_id, user_name, role, action, patient_id, object_type, object_id, "
                           "basis, reason, outcome, hash FROM audit_log ORDER BY seq");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    Verification result;
    QByteArray previous = genesis();
    std::int64_t expectedSeq = 1;
    auto broken = [&](std::int64_t seq, QString problem) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.problem = std::move(problem);
        return result;
    };
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
        const QByteArray stored = stmt->blob(12);
        if (record.seq != expectedSeq) {
            return broken(expectedSeq, record.seq > expectedSeq
                                           ? tr("Audit row %1 is missing: the log jumps to row %2.")
                                                 .arg(expectedSeq)
                                                 .arg(record.seq)
                                           : tr("Audit row %1 is out of order.").arg(record.seq));
        }
        const QByteArray computed = chainHash(previous, record);
        if (computed != stored) {
            return broken(record.seq, tr("Audit row %1 has been changed, inserted or removed: its hash does not "
                                         "match the chain.")
                                          .arg(record.seq));
        }
        if (record.seq == anchorSeq && !anchorHash.isEmpty() && stored != anchorHash) {
            return broken(record.seq, tr("Audit row %1 does not match the anchor kept in the key file.").arg(record.seq));
        }
        previous = stored;
        ++expectedSeq;
        ++result.rows;
    }
    if (result.rows < anchorSeq) {
        return broken(result.rows + 1, tr("The audit log has been truncated: rows %1 to %2, recorded in the key "
                                          "file, are missing.")
                                           .arg(result.rows + 1)
                                           .arg(anchorSeq));
    }
    return result;
}

} // namespace forlop
