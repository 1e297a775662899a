#pragma once

#include "Error.h"
#include "audit/AuditEvent.h"

#include <QCoreApplication>

namespace forlop {

class Clock;
class Database;
struct Session;

// The tamper-evident trail of every read and write of patient data. Rows are appended inside the same
// transaction as the action they record; each carries hash = BLAKE2b(previous hash || canonical row).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Actor
    {
        std::optional<std::int64_t> userId;
        QString userName;
        QString role;
    };
    [[nodiscard]] static Actor actorOf(const Session& session);

    // Appends one row. The caller holds the transaction (or accepts an implicit one for a lone read).
    [[nodiscard]] static Result<std::int64_t> append(Database& db, const Clock& clock, const Actor& actor,
                                                     const AuditEvent& event);

    struct Head
    {
        std::int64_t seq = 0;
        QByteArray hash;
    };
    [[nodiscard]] static Result<Head> head(Database& db);

    struct Verification
    {
        bool intact = true;
        std::int64_t rows = 0;
        std::int64_t firstBadSeq = 0; // 0 when intact
        QString problem;              // translated, names the row
    };
    // Recomputes the whole chain, and compares it with the anchor kept outside the database.
    [[nodiscard]] static Result<Verification> verify(Database& db, std::int64_t anchorSeq,
                                                     const QByteArray& anchorHash);

    [[nodiscard]] static QByteArray chainHash(const QByteArray& previous, const AuditRecord& record);
};

} // namespace forlop
