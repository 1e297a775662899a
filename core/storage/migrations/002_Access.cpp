#include "storage/migrations/Migrations.h"

namespace forlop::migrations {

// patient(id) is created by step 3; SQLite checks these references when rows are written, not here.
const char* const Access = R"sql(
-- A patient who knows a staff member privately can have them blocked from the whole record.
CREATE TABLE patient_block (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    user_id INTEGER NOT NULL REFERENCES user(id),
    created_by INTEGER NOT NULL REFERENCES user(id),
    created_at TEXT NOT NULL,
    removed_by INTEGER REFERENCES user(id),
    removed_at TEXT
);
CREATE INDEX patient_block_lookup ON patient_block (patient_id, user_id);

-- Break the glass: access outside one's own patients, with a typed reason, for a limited time, and
-- always queued for the unit leader's review.
CREATE TABLE emergency_access (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    user_id INTEGER NOT NULL REFERENCES user(id),
    reason TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    reviewed_by INTEGER REFERENCES user(id),
    reviewed_at TEXT
);
CREATE INDEX emergency_access_lookup ON emergency_access (user_id, patient_id, expires_at);
CREATE INDEX emergency_access_review ON emergency_access (reviewed_at);
)sql";

} // namespace forlop::migrations
