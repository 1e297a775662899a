#include "storage/migrations/Migrations.h"

namespace forlop::migrations {

// Declared in Migrations.h; repeated here so the definition has external linkage whatever the include order.
extern const char* const AuditReview;

// The log review shows emergency accesses and refused accesses first. Without an index on them, the first page of a
// log of millions of rows meant sorting all of it; this partial index holds only those rows, newest last, so both
// parts of the review (flagged, then the rest by sequence) read a page from an index range.
const char* const AuditReview = R"sql(
CREATE INDEX audit_log_flagged ON audit_log (seq) WHERE basis = 'emergency' OR outcome = 'denied';
)sql";

} // namespace forlop::migrations
