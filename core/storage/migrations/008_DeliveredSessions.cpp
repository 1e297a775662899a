#include "storage/migrations/Migrations.h"

namespace forlop::migrations {

// Declared in Migrations.h; repeated here so the definition has external linkage whatever the include order.
extern const char* const DeliveredSessions;

// A clinician's attended treatment sessions in the last weeks (ClinicianLoads, on every caseload dashboard and
// allocation board) were counted through the (clinician, time) index with a row lookup each for type and status;
// this index answers the count from one range.
const char* const DeliveredSessions = R"sql(
CREATE INDEX appointment_clinician_kind ON appointment (clinician_id, type, status, starts_at);
)sql";

} // namespace forlop::migrations
