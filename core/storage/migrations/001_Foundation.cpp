#include "storage/migrations/Migrations.h"

namespace forlop::migrations {

const char* const Foundation = R"sql(
CREATE TABLE clinic (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL,
    name TEXT NOT NULL,
    site TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'production' CHECK (kind IN ('production', 'demo', 'test')),
    created_at TEXT NOT NULL
);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Users are never deleted, only deactivated, so the record of who wrote what stays intact.
CREATE TABLE user (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name TEXT NOT NULL DEFAULT '',
    roles TEXT NOT NULL,
    profession TEXT CHECK (profession IN ('psychologist', 'psychiatrist')),
    hpr_number TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    deactivated_at TEXT
);
CREATE TRIGGER user_no_delete BEFORE DELETE ON user BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- Append-only and hash-chained: hash = BLAKE2b(previous hash || canonical row).
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER,
    user_name TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    patient_id INTEGER,
    object_type TEXT,
    object_id INTEGER,
    basis TEXT,
    reason TEXT,
    outcome TEXT NOT NULL DEFAULT 'ok',
    hash BLOB NOT NULL
);
CREATE INDEX audit_log_patient ON audit_log (patient_id, seq);
CREATE INDEX audit_log_user ON audit_log (user_id, seq);
CREATE INDEX audit_log_basis ON audit_log (basis, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'append_only'); END;
)sql";

} // namespace forlop::migrations
