#pragma once

#include "Error.h"
#include "audit/AuditEvent.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace forlop {

class Clinic;

struct AuditFilter
{
    std::optional<std::int64_t> patientId;
    std::optional<std::int64_t> userId;
    QDateTime from; // inclusive; invalid = open
    QDateTime to;   // exclusive; invalid = open
    // Emergency accesses and denied accesses (attempts outside one's own patients) before everything else.
    bool flaggedFirst = true;
    int limit = 200;
    // The last row of the page before: the next page starts after it (keyset paging, so a page deep in a log of
    // millions of rows costs what the first one does). None for the first page.
    struct Cursor
    {
        bool flagged = false;
        std::int64_t seq = 0;
    };
    std::optional<Cursor> after;
};

// One line of a patient's access log, as the patient may read it (pasientjournalloven §22).
struct PatientAccessEntry
{
    QDateTime at;
    QString who;
    QString role;
    QString action;
    QString basis;
    QString reason;
};

struct EmergencyAccessRecord
{
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    QString pseudonym;
    QString userName;
    QString reason;
    QDateTime grantedAt;
    QDateTime expiresAt;
    bool reviewed = false;
};

// The unit leader's log review (Normen: etterfølgende kontroll) and the patient's access-log extract.
// Reading the log is itself audited: the log reveals who is a patient.
class AuditReview
{
    Q_DECLARE_TR_FUNCTIONS(AuditReview)

public:
    [[nodiscard]] static Result<QList<AuditRecord>> query(Clinic& clinic, const AuditFilter& filter);
    // Whether the review shows a row among the flagged ones first; the cursor of a page ends with it.
    [[nodiscard]] static bool isFlagged(const AuditRecord& record);
    [[nodiscard]] static AuditFilter::Cursor cursorAfter(const AuditRecord& record);
    [[nodiscard]] static Result<std::int64_t> count(Clinic& clinic, const AuditFilter& filter);
    [[nodiscard]] static Result<QList<EmergencyAccessRecord>> emergencyAccesses(Clinic& clinic, bool unreviewedOnly);
    [[nodiscard]] static Result<QList<PatientAccessEntry>> patientAccessLog(Clinic& clinic, std::int64_t patientId);
    // RFC 4180 CSV with a header row, for the patient's copy.
    [[nodiscard]] static QString toCsv(const QList<PatientAccessEntry>& entries);
    [[nodiscard]] static QString basisDisplayName(const QString& basis);
};

} // namespace forlop
