#include "storage/migrations/Migrations.h"

namespace forlop::migrations {

// Declared in Migrations.h; repeated here so the definition has external linkage whatever the include order.
extern const char* const Reports;

// The unit leader's reports and exports.
// - registry_key: the key a patient has in the registry export (KvaSO). Random, made at the patient's first export
//   and never changed, so the registry can join later exports to earlier ones without any identifier of the
//   person (see docs/registry-export/). Only this database knows which patient a key belongs to.
// - Indexes on the columns the period reports select by (the day or instant something happened), so a yearly
//   report on a large clinic reads index ranges instead of whole tables.
const char* const Reports = R"sql(
CREATE TABLE registry_key (
    patient_id INTEGER PRIMARY KEY REFERENCES patient(id),
    registry_key TEXT NOT NULL UNIQUE CHECK (length(registry_key) = 32),
    created_at TEXT NOT NULL
);
CREATE TRIGGER registry_key_no_update BEFORE UPDATE ON registry_key BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER registry_key_no_delete BEFORE DELETE ON registry_key BEGIN SELECT RAISE(ABORT, 'append_only'); END;

CREATE INDEX eligibility_assessment_completed ON eligibility_assessment (completed_at) WHERE completed_at IS NOT NULL;
CREATE INDEX eligibility_assessment_open ON eligibility_assessment (started_at) WHERE completed_at IS NULL;
CREATE INDEX assessment_package_started ON assessment_package (started_at);
CREATE INDEX treatment_end_ended ON treatment_end (ended_on);
CREATE INDEX treatment_plan_created ON treatment_plan (created_at);
CREATE INDEX treatment_plan_updated ON treatment_plan (updated_at);
CREATE INDEX unmet_need_found ON unmet_need (found_on);
CREATE INDEX follow_up_started ON follow_up (started_on);
-- Package completion counts statuses per patient and timepoint from the index alone.
CREATE INDEX instrument_status_tally ON instrument_status (patient_id, timepoint, status);
)sql";

} // namespace forlop::migrations
