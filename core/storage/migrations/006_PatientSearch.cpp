#include "storage/migrations/Migrations.h"

namespace forlop::migrations {

// Declared in Migrations.h; repeated here so the definition has external linkage whatever the include order.
extern const char* const PatientSearch;

// Finding a patient at the desk by name or phone number (PatientSearch): one row per word of the name ("n:kari")
// and per form of the phone number ("t:4791234567", "t:91234567"), kept by triggers on the patient table whoever
// writes it, and read by prefix on the primary key. (A full-text table would need trusted_schema on to be written
// from a trigger.) Words are split at spaces and hyphens and folded to lower case, Norwegian and common accented
// capitals included, the same way PatientSearch::fold folds what is typed. Phone numbers keep their digits only,
// without a leading 00, and a Norwegian number also without its 47. Pseudonyms and national IDs are searched by
// prefix on their own unique indexes.
const char* const PatientSearch = R"sql(
-- Where a word may start in a name (names are at most 200 characters): the triggers below cut names into words
-- with it, because a trigger may use neither a recursive query nor, with trusted_schema off, the JSON functions.
CREATE TABLE patient_search_position (n INTEGER PRIMARY KEY);
WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 200)
INSERT INTO patient_search_position (n) SELECT n FROM k;

CREATE TABLE patient_search_term (
    term TEXT NOT NULL,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    PRIMARY KEY (term, patient_id)
) WITHOUT ROWID;
CREATE INDEX patient_search_term_patient ON patient_search_term (patient_id);

CREATE TRIGGER patient_search_insert AFTER INSERT ON patient
BEGIN
    INSERT OR IGNORE INTO patient_search_term (term, patient_id)
    SELECT 'n:' || substr(s.t, k.n, instr(substr(s.t, k.n) || ' ', ' ') - 1), s.id
    FROM (SELECT new.id AS id, replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(new.name, '')), 'Æ', 'æ'), 'Ø', 'ø'), 'Å', 'å'), 'É', 'é'), 'Ä', 'ä'), 'Ö', 'ö'), 'Ü', 'ü'), '-', ' ') AS t) AS s
    JOIN patient_search_position k ON k.n <= length(s.t)
    WHERE substr(s.t, k.n, 1) <> ' ' AND (k.n = 1 OR substr(s.t, k.n - 1, 1) = ' ');
    INSERT OR IGNORE INTO patient_search_term (term, patient_id)
    SELECT 't:' || v.d, v.id
    FROM (SELECT r.id, CASE WHEN substr(r.d, 1, 2) = '00' THEN substr(r.d, 3) ELSE r.d END AS d
          FROM (SELECT new.id AS id, replace(replace(replace(replace(replace(replace(replace(coalesce(new.phone, ''), ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', ''), '/', '') AS d) AS r) AS v
    WHERE v.d <> '';
    INSERT OR IGNORE INTO patient_search_term (term, patient_id)
    SELECT 't:' || substr(v.d, 3), v.id
    FROM (SELECT r.id, CASE WHEN substr(r.d, 1, 2) = '00' THEN substr(r.d, 3) ELSE r.d END AS d
          FROM (SELECT new.id AS id, replace(replace(replace(replace(replace(replace(replace(coalesce(new.phone, ''), ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', ''), '/', '') AS d) AS r) AS v
    WHERE length(v.d) = 10 AND substr(v.d, 1, 2) = '47';
END;

CREATE TRIGGER patient_search_update AFTER UPDATE OF name, phone ON patient
BEGIN
    DELETE FROM patient_search_term WHERE patient_id = old.id;
    INSERT OR IGNORE INTO patient_search_term (term, patient_id)
    SELECT 'n:' || substr(s.t, k.n, instr(substr(s.t, k.n) || ' ', ' ') - 1), s.id
    FROM (SELECT new.id AS id, replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(new.name, '')), 'Æ', 'æ'), 'Ø', 'ø'), 'Å', 'å'), 'É', 'é'), 'Ä', 'ä'), 'Ö', 'ö'), 'Ü', 'ü'), '-', ' ') AS t) AS s
    JOIN patient_search_position k ON k.n <= length(s.t)
    WHERE substr(s.t, k.n, 1) <> ' ' AND (k.n = 1 OR substr(s.t, k.n - 1, 1) = ' ');
    INSERT OR IGNORE INTO patient_search_term (term, patient_id)
    SELECT 't:' || v.d, v.id
    FROM (SELECT r.id, CASE WHEN substr(r.d, 1, 2) = '00' THEN substr(r.d, 3) ELSE r.d END AS d
          FROM (SELECT new.id AS id, replace(replace(replace(replace(replace(replace(replace(coalesce(new.phone, ''), ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', ''), '/', '') AS d) AS r) AS v
    WHERE v.d <> '';
    INSERT OR IGNORE INTO patient_search_term (term, patient_id)
    SELECT 't:' || substr(v.d, 3), v.id
    FROM (SELECT r.id, CASE WHEN substr(r.d, 1, 2) = '00' THEN substr(r.d, 3) ELSE r.d END AS d
          FROM (SELECT new.id AS id, replace(replace(replace(replace(replace(replace(replace(coalesce(new.phone, ''), ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', ''), '/', '') AS d) AS r) AS v
    WHERE length(v.d) = 10 AND substr(v.d, 1, 2) = '47';
END;

-- Patients registered before this step.
INSERT OR IGNORE INTO patient_search_term (term, patient_id)
SELECT 'n:' || substr(s.t, k.n, instr(substr(s.t, k.n) || ' ', ' ') - 1), s.id
FROM (SELECT p.id AS id, replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(p.name, '')), 'Æ', 'æ'), 'Ø', 'ø'), 'Å', 'å'), 'É', 'é'), 'Ä', 'ä'), 'Ö', 'ö'), 'Ü', 'ü'), '-', ' ') AS t FROM patient p) AS s
JOIN patient_search_position k ON k.n <= length(s.t)
WHERE substr(s.t, k.n, 1) <> ' ' AND (k.n = 1 OR substr(s.t, k.n - 1, 1) = ' ');
INSERT OR IGNORE INTO patient_search_term (term, patient_id)
SELECT 't:' || v.d, v.id
FROM (SELECT r.id, CASE WHEN substr(r.d, 1, 2) = '00' THEN substr(r.d, 3) ELSE r.d END AS d
      FROM (SELECT p.id AS id, replace(replace(replace(replace(replace(replace(replace(coalesce(p.phone, ''), ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', ''), '/', '') AS d FROM patient p) AS r) AS v
WHERE v.d <> '';
INSERT OR IGNORE INTO patient_search_term (term, patient_id)
SELECT 't:' || substr(v.d, 3), v.id
FROM (SELECT r.id, CASE WHEN substr(r.d, 1, 2) = '00' THEN substr(r.d, 3) ELSE r.d END AS d
      FROM (SELECT p.id AS id, replace(replace(replace(replace(replace(replace(replace(coalesce(p.phone, ''), ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', ''), '/', '') AS d FROM patient p) AS r) AS v
WHERE length(v.d) = 10 AND substr(v.d, 1, 2) = '47';
)sql";

} // namespace forlop::migrations
