#include "storage/migrations/Migrations.h"

namespace forlop::migrations {

// The patient pathway. Which columns are clinical was decided per field:
// - BLOB columns marked "clinical" hold text sealed to the clinical key (ClinicalCipher) and are listed in
//   core/access/ClinicalColumns.cpp, so sessions without the key cannot even read the ciphertext.
// - States, dates, codes (channels, yes/no/unclear answers, decisions, attendance, statuses) and counts stay
//   plain inside the encrypted file: waiting lists and fidelity reports count them without the clinical key,
//   and they say no more than the pathway state a secretary already sees.
// - Where a report must know whether a clinical text exists (a reason given or not), a plain flag or status
//   column says so, because even `IS NULL` on a clinical column is a read the authorizer denies.
// Rows that record a decision are never deleted; signed and decided rows are made immutable by triggers, so the
// rule holds for SQL run directly on the open database too.
const char* const Pathway = R"sql(
-- Identity fields are administrative (secretaries register, search and write letters with them) and optional
-- until the patient is identified; the pseudonym is what everything else shows by default.
CREATE TABLE patient (
    id INTEGER PRIMARY KEY,
    pseudonym TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL CHECK (state IN ('enquiry', 'referred', 'waiting', 'eligibility', 'included', 'excluded',
                                         'assessment', 'treatment', 'ended', 'follow_up')),
    clinician_id INTEGER REFERENCES user(id),
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES user(id),
    state_changed_at TEXT NOT NULL,
    name TEXT,
    national_id TEXT CHECK (national_id IS NULL OR length(national_id) = 11),
    birth_date TEXT,
    birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1850 AND 2200),
    phone TEXT,
    address TEXT,
    may_leave_messages INTEGER NOT NULL DEFAULT 0 CHECK (may_leave_messages IN (0, 1)),
    preferred_contact_times TEXT,
    identity_updated_at TEXT
);
CREATE UNIQUE INDEX patient_national_id ON patient (national_id) WHERE national_id IS NOT NULL;
CREATE INDEX patient_clinician ON patient (clinician_id, state);
CREATE INDEX patient_state ON patient (state);
CREATE TRIGGER patient_no_delete BEFORE DELETE ON patient BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- Every state change, for the timeline and for waiting times.
CREATE TABLE patient_state_change (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    from_state TEXT,
    to_state TEXT NOT NULL,
    at TEXT NOT NULL,
    by_user INTEGER REFERENCES user(id)
);
CREATE INDEX patient_state_change_patient ON patient_state_change (patient_id, id);
CREATE TRIGGER patient_state_change_no_update BEFORE UPDATE ON patient_state_change
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER patient_state_change_no_delete BEFORE DELETE ON patient_state_change
BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- reason: clinical (written by whoever registers, readable only with the clinical key).
CREATE TABLE referral (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    received_on TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('chat', 'phone', 'self', 'gp', 'specialist', 'child_welfare', 'police',
                                             'correctional', 'lawyer', 'other')),
    referrer_organisation TEXT NOT NULL DEFAULT '',
    reason BLOB,
    urgency TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent')),
    first_offered_on TEXT,
    allocated_at TEXT,
    allocated_by INTEGER REFERENCES user(id),
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import')),
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES user(id)
);
CREATE UNIQUE INDEX referral_patient ON referral (patient_id);
CREATE INDEX referral_received ON referral (received_on);
CREATE TRIGGER referral_no_delete BEFORE DELETE ON referral BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- Versioned criteria: a version is never changed once written, so old assessments keep the criteria they used.
-- National criteria carry a stable code and are shown translated; a clinic's own criteria show their text.
CREATE TABLE eligibility_criteria_version (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL UNIQUE,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES user(id)
);
CREATE TABLE eligibility_criterion (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES eligibility_criteria_version(id),
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('inclusion', 'exclusion')),
    text TEXT NOT NULL,
    national INTEGER NOT NULL DEFAULT 0 CHECK (national IN (0, 1)),
    UNIQUE (version_id, code)
);
CREATE TRIGGER eligibility_criteria_version_frozen BEFORE UPDATE ON eligibility_criteria_version
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER eligibility_criteria_version_no_delete BEFORE DELETE ON eligibility_criteria_version
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER eligibility_criterion_frozen BEFORE UPDATE ON eligibility_criterion
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER eligibility_criterion_no_delete BEFORE DELETE ON eligibility_criterion
BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- Onward referrals: recipient and status plain (counted), why (reason) clinical.
CREATE TABLE onward_referral (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    recipient TEXT NOT NULL CHECK (recipient IN ('gp', 'mental_health', 'substance_abuse', 'child_welfare', 'other')),
    recipient_detail TEXT NOT NULL DEFAULT '',
    reason BLOB,
    referred_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planned', 'sent', 'accepted', 'declined', 'cancelled')),
    status_changed_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES user(id)
);
CREATE INDEX onward_referral_patient ON onward_referral (patient_id);
CREATE TRIGGER onward_referral_no_delete BEFORE DELETE ON onward_referral
BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- A need the service does not cover, found during assessment. resolution says (plainly, for the fidelity
-- figure) whether it was met by an onward referral or a reason for none was recorded; 'open' is a deviation.
CREATE TABLE unmet_need (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    found_on TEXT NOT NULL,
    found_by INTEGER NOT NULL REFERENCES user(id),
    description BLOB NOT NULL,
    resolution TEXT NOT NULL DEFAULT 'open' CHECK (resolution IN ('open', 'referred', 'reason_recorded')),
    onward_referral_id INTEGER REFERENCES onward_referral(id),
    no_referral_reason BLOB,
    resolved_at TEXT,
    created_at TEXT NOT NULL,
    CHECK ((resolution = 'referred') = (onward_referral_id IS NOT NULL))
);
CREATE INDEX unmet_need_patient ON unmet_need (patient_id);
CREATE TRIGGER unmet_need_no_delete BEFORE DELETE ON unmet_need BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- Answers (yes/no/unclear) and decisions are plain codes for the fidelity figures; comments, rationale and
-- reasons are clinical. A completed assessment is frozen. exclusion_onward says how an exclusion was followed
-- up: by an onward referral or by a recorded reason for none.
CREATE TABLE eligibility_assessment (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    version_id INTEGER NOT NULL REFERENCES eligibility_criteria_version(id),
    assessor_id INTEGER NOT NULL REFERENCES user(id),
    started_at TEXT NOT NULL,
    completed_at TEXT,
    derived_decision TEXT CHECK (derived_decision IN ('include', 'exclude')),
    final_decision TEXT CHECK (final_decision IN ('include', 'exclude')),
    rationale BLOB,
    override_reason BLOB,
    exclusion_onward TEXT CHECK (exclusion_onward IN ('referred', 'reason_recorded')),
    onward_referral_id INTEGER REFERENCES onward_referral(id),
    no_onward_referral_reason BLOB,
    CHECK ((completed_at IS NULL) = (final_decision IS NULL)),
    CHECK (final_decision IS NOT 'exclude' OR exclusion_onward IS NOT NULL)
);
CREATE INDEX eligibility_assessment_patient ON eligibility_assessment (patient_id);
CREATE TRIGGER eligibility_assessment_frozen BEFORE UPDATE ON eligibility_assessment
WHEN OLD.completed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;
CREATE TRIGGER eligibility_assessment_no_delete BEFORE DELETE ON eligibility_assessment
BEGIN SELECT RAISE(ABORT, 'append_only'); END;

CREATE TABLE eligibility_answer (
    assessment_id INTEGER NOT NULL REFERENCES eligibility_assessment(id),
    criterion_id INTEGER NOT NULL REFERENCES eligibility_criterion(id),
    answer TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'unclear')),
    comment BLOB,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, criterion_id)
) WITHOUT ROWID;
CREATE TRIGGER eligibility_answer_frozen BEFORE UPDATE ON eligibility_answer
WHEN (SELECT completed_at FROM eligibility_assessment WHERE id = OLD.assessment_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;
CREATE TRIGGER eligibility_answer_no_delete BEFORE DELETE ON eligibility_answer
WHEN (SELECT completed_at FROM eligibility_assessment WHERE id = OLD.assessment_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;
CREATE TRIGGER eligibility_answer_late_insert BEFORE INSERT ON eligibility_answer
WHEN (SELECT completed_at FROM eligibility_assessment WHERE id = NEW.assessment_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;

-- The instrument catalogue: versioned data, frozen once written. timepoints is a comma-separated subset of
-- intake, end and follow_up. Names and score ranges only: no item texts are stored.
CREATE TABLE instrument_catalogue_version (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL UNIQUE,
    label TEXT NOT NULL,
    example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES user(id)
);
CREATE TABLE instrument (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES instrument_catalogue_version(id),
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    timepoints TEXT NOT NULL,
    UNIQUE (version_id, code)
);
CREATE TABLE instrument_score (
    id INTEGER PRIMARY KEY,
    instrument_id INTEGER NOT NULL REFERENCES instrument(id),
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    min_value INTEGER NOT NULL,
    max_value INTEGER NOT NULL,
    CHECK (min_value <= max_value),
    UNIQUE (instrument_id, code)
);
CREATE TRIGGER instrument_catalogue_version_frozen BEFORE UPDATE ON instrument_catalogue_version
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER instrument_catalogue_version_no_delete BEFORE DELETE ON instrument_catalogue_version
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER instrument_frozen BEFORE UPDATE ON instrument BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER instrument_no_delete BEFORE DELETE ON instrument BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER instrument_score_frozen BEFORE UPDATE ON instrument_score
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER instrument_score_no_delete BEFORE DELETE ON instrument_score
BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- A patient's package keeps the catalogue version it started with.
CREATE TABLE assessment_package (
    patient_id INTEGER PRIMARY KEY REFERENCES patient(id),
    catalogue_version_id INTEGER NOT NULL REFERENCES instrument_catalogue_version(id),
    started_at TEXT NOT NULL,
    started_by INTEGER REFERENCES user(id)
);

-- Status is plain (completion figures); scores (a sealed JSON object) and the reason for declining are clinical.
CREATE TABLE instrument_status (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    instrument_id INTEGER NOT NULL REFERENCES instrument(id),
    timepoint TEXT NOT NULL CHECK (timepoint IN ('intake', 'end', 'follow_up')),
    status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'completed', 'declined')),
    completed_on TEXT,
    scores BLOB,
    decline_reason BLOB,
    updated_at TEXT NOT NULL,
    updated_by INTEGER REFERENCES user(id),
    UNIQUE (patient_id, instrument_id, timepoint)
);
CREATE TRIGGER instrument_status_no_delete BEFORE DELETE ON instrument_status
BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- Registry (KvaSO) consent as a history; the latest event is the current status. Append-only.
CREATE TABLE registry_consent_event (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    status TEXT NOT NULL CHECK (status IN ('informed', 'consented', 'declined', 'withdrawn')),
    on_date TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER REFERENCES user(id)
);
CREATE INDEX registry_consent_event_patient ON registry_consent_event (patient_id, id);
CREATE TRIGGER registry_consent_event_no_update BEFORE UPDATE ON registry_consent_event
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER registry_consent_event_no_delete BEFORE DELETE ON registry_consent_event
BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- Themes for the sessions of a plan: versioned data like the other catalogues.
CREATE TABLE theme_catalogue_version (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL UNIQUE,
    label TEXT NOT NULL,
    example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES user(id)
);
CREATE TABLE treatment_theme (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES theme_catalogue_version(id),
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    UNIQUE (version_id, code)
);
CREATE TRIGGER theme_catalogue_version_frozen BEFORE UPDATE ON theme_catalogue_version
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER theme_catalogue_version_no_delete BEFORE DELETE ON theme_catalogue_version
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER treatment_theme_frozen BEFORE UPDATE ON treatment_theme BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER treatment_theme_no_delete BEFORE DELETE ON treatment_theme
BEGIN SELECT RAISE(ABORT, 'append_only'); END;

CREATE TABLE treatment_plan (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL UNIQUE REFERENCES patient(id),
    planned_sessions INTEGER NOT NULL CHECK (planned_sessions BETWEEN 1 AND 60),
    theme_catalogue_version_id INTEGER NOT NULL REFERENCES theme_catalogue_version(id),
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES user(id),
    updated_at TEXT NOT NULL,
    updated_by INTEGER REFERENCES user(id)
);
CREATE TRIGGER treatment_plan_no_delete BEFORE DELETE ON treatment_plan BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TABLE plan_session_theme (
    plan_id INTEGER NOT NULL REFERENCES treatment_plan(id),
    session_number INTEGER NOT NULL CHECK (session_number >= 1),
    theme_id INTEGER NOT NULL REFERENCES treatment_theme(id),
    PRIMARY KEY (plan_id, session_number, theme_id)
) WITHOUT ROWID;

-- Sessions as they happened: time, length, modality and attendance are administrative (the secretary marks
-- attendance); the note is a separate clinical row. appointment_id names the scheduling desk's appointment when
-- there is one (no reference: that table belongs to the scheduling step).
CREATE TABLE treatment_session (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    clinician_id INTEGER NOT NULL REFERENCES user(id),
    kind TEXT NOT NULL CHECK (kind IN ('eligibility', 'assessment', 'treatment', 'follow_up')),
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 480),
    modality TEXT NOT NULL CHECK (modality IN ('in_person', 'video', 'phone')),
    attendance TEXT NOT NULL CHECK (attendance IN ('attended', 'cancelled_by_patient', 'cancelled_by_clinic',
                                                   'no_show')),
    appointment_id INTEGER,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES user(id),
    updated_at TEXT NOT NULL
);
CREATE INDEX treatment_session_patient ON treatment_session (patient_id, starts_at);
CREATE INDEX treatment_session_clinician ON treatment_session (clinician_id, starts_at);
CREATE UNIQUE INDEX treatment_session_appointment ON treatment_session (appointment_id) WHERE appointment_id IS NOT NULL;
CREATE TRIGGER treatment_session_no_delete BEFORE DELETE ON treatment_session
BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- Deletion requests under helsepersonelloven §43. The §43 conditions are plain yes/no answers; the reasons are
-- clinical. Once decided, a request is frozen; requests are never deleted, so a refusal stays on record.
CREATE TABLE note_deletion_request (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES clinical_note(id),
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    requested_by INTEGER NOT NULL REFERENCES user(id),
    requested_at TEXT NOT NULL,
    patient_demand INTEGER NOT NULL CHECK (patient_demand IN (0, 1)),
    reason BLOB NOT NULL,
    decision TEXT CHECK (decision IN ('approved', 'refused')),
    decided_by INTEGER REFERENCES user(id),
    decided_at TEXT,
    unobjectionable INTEGER CHECK (unobjectionable IN (0, 1)),
    archive_law_allows INTEGER CHECK (archive_law_allows IN (0, 1)),
    incorrect_or_misleading INTEGER CHECK (incorrect_or_misleading IN (0, 1)),
    obviously_unnecessary INTEGER CHECK (obviously_unnecessary IN (0, 1)),
    decision_reason BLOB,
    patient_told_of_appeal INTEGER CHECK (patient_told_of_appeal IN (0, 1)),
    CHECK ((decision IS NULL) = (decided_at IS NULL)),
    CHECK (decision IS NOT 'approved' OR (unobjectionable = 1 AND archive_law_allows = 1
                                          AND (incorrect_or_misleading = 1 OR obviously_unnecessary = 1)))
);
CREATE INDEX note_deletion_request_note ON note_deletion_request (note_id);
CREATE TRIGGER note_deletion_request_frozen BEFORE UPDATE ON note_deletion_request
WHEN OLD.decision IS NOT NULL BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;
CREATE TRIGGER note_deletion_request_no_delete BEFORE DELETE ON note_deletion_request
BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- Notes and addenda. body: clinical. A draft may be edited or discarded by its author; a signed note is
-- immutable (helsepersonelloven §42: corrections are signed addenda, addendum_to the original). The single
-- sanctioned change to a signed row is erasing its body after an approved §43 deletion request for it (or for
-- the note it is an addendum to); the row itself, its author and its times stay.
CREATE TABLE clinical_note (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    session_id INTEGER REFERENCES treatment_session(id),
    author_id INTEGER NOT NULL REFERENCES user(id),
    addendum_to INTEGER REFERENCES clinical_note(id),
    body BLOB NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    signed_at TEXT,
    deleted_at TEXT,
    deletion_request_id INTEGER REFERENCES note_deletion_request(id)
);
CREATE INDEX clinical_note_patient ON clinical_note (patient_id, created_at);
CREATE INDEX clinical_note_author ON clinical_note (author_id, signed_at);
CREATE INDEX clinical_note_addendum ON clinical_note (addendum_to);
CREATE TRIGGER clinical_note_signed_no_update BEFORE UPDATE ON clinical_note
WHEN OLD.signed_at IS NOT NULL AND NOT (
    OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL AND length(NEW.body) = 0
    AND NEW.id = OLD.id AND NEW.patient_id = OLD.patient_id AND NEW.session_id IS OLD.session_id
    AND NEW.author_id = OLD.author_id AND NEW.addendum_to IS OLD.addendum_to AND NEW.created_at = OLD.created_at
    AND NEW.updated_at = OLD.updated_at AND NEW.signed_at = OLD.signed_at
    AND EXISTS (SELECT 1 FROM note_deletion_request r WHERE r.id = NEW.deletion_request_id
                AND r.decision = 'approved' AND r.note_id IN (OLD.id, OLD.addendum_to)))
BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;
CREATE TRIGGER clinical_note_signed_no_delete BEFORE DELETE ON clinical_note
WHEN OLD.signed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;
CREATE TRIGGER clinical_note_addendum_to_signed BEFORE INSERT ON clinical_note
WHEN NEW.addendum_to IS NOT NULL AND (SELECT signed_at FROM clinical_note WHERE id = NEW.addendum_to) IS NULL
BEGIN SELECT RAISE(ABORT, 'addendum_needs_signed_note'); END;

-- Duty-to-report records (opplysningsplikt, avvergeplikt, other). Duty, decision, dates, channel and whether the
-- patient was told are plain (the unit leader's list of open follow-ups); the trigger, the assessment, the
-- reasons, the recipient's name and the follow-up texts are clinical. Signed like a note and never deleted.
CREATE TABLE duty_report (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    duty TEXT NOT NULL CHECK (duty IN ('child_welfare', 'avert', 'other')),
    trigger_text BLOB NOT NULL,
    occurred_on TEXT NOT NULL,
    assessor_id INTEGER NOT NULL REFERENCES user(id),
    assessed_on TEXT NOT NULL,
    assessment BLOB NOT NULL,
    decision TEXT CHECK (decision IN ('notify', 'not_notify')),
    decision_reason BLOB NOT NULL,
    consulted_user_id INTEGER REFERENCES user(id),
    consulted_other TEXT NOT NULL DEFAULT '',
    consulted_on TEXT,
    recipient TEXT CHECK (recipient IN ('child_welfare', 'police', 'emergency', 'other')),
    recipient_detail BLOB,
    channel TEXT CHECK (channel IN ('phone', 'letter', 'in_person', 'electronic')),
    notified_on TEXT,
    patient_informed TEXT CHECK (patient_informed IN ('yes', 'no', 'not_yet')),
    follow_up_needed INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_needed IN (0, 1)),
    follow_up_plan BLOB,
    follow_up_closed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    signed_at TEXT,
    -- A draft may be incomplete; a signed record has every required field.
    CHECK (signed_at IS NULL OR (decision IS NOT NULL AND patient_informed IS NOT NULL AND consulted_on IS NOT NULL)),
    CHECK (signed_at IS NULL OR decision = 'not_notify'
           OR (recipient IS NOT NULL AND channel IS NOT NULL AND notified_on IS NOT NULL))
);
CREATE INDEX duty_report_patient ON duty_report (patient_id);
CREATE INDEX duty_report_open ON duty_report (follow_up_needed, follow_up_closed_at);
-- After signing only the follow-up may be closed, once.
CREATE TRIGGER duty_report_signed_no_update BEFORE UPDATE ON duty_report
WHEN OLD.signed_at IS NOT NULL AND NOT (
    OLD.follow_up_needed = 1 AND OLD.follow_up_closed_at IS NULL AND NEW.follow_up_closed_at IS NOT NULL
    AND NEW.id = OLD.id AND NEW.patient_id = OLD.patient_id AND NEW.duty = OLD.duty
    AND NEW.occurred_on = OLD.occurred_on AND NEW.assessor_id = OLD.assessor_id
    AND NEW.assessed_on = OLD.assessed_on AND NEW.decision IS OLD.decision
    AND NEW.consulted_user_id IS OLD.consulted_user_id AND NEW.consulted_other = OLD.consulted_other
    AND NEW.consulted_on IS OLD.consulted_on AND NEW.recipient IS OLD.recipient AND NEW.channel IS OLD.channel
    AND NEW.notified_on IS OLD.notified_on AND NEW.patient_informed IS OLD.patient_informed
    AND NEW.follow_up_needed = OLD.follow_up_needed AND NEW.created_at = OLD.created_at
    AND NEW.updated_at = OLD.updated_at AND NEW.signed_at = OLD.signed_at)
BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;
CREATE TRIGGER duty_report_no_delete BEFORE DELETE ON duty_report BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;

-- Follow-up entries on a duty-to-report record: append-only.
CREATE TABLE duty_report_follow_up (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES duty_report(id),
    at TEXT NOT NULL,
    by_user INTEGER NOT NULL REFERENCES user(id),
    text BLOB NOT NULL,
    closes INTEGER NOT NULL DEFAULT 0 CHECK (closes IN (0, 1))
);
CREATE INDEX duty_report_follow_up_report ON duty_report_follow_up (report_id);
CREATE TRIGGER duty_report_follow_up_no_update BEFORE UPDATE ON duty_report_follow_up
BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;
CREATE TRIGGER duty_report_follow_up_no_delete BEFORE DELETE ON duty_report_follow_up
BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;

-- End of treatment: reason, counts and dates plain (fidelity), the outcome narrative clinical.
CREATE TABLE treatment_end (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL UNIQUE REFERENCES patient(id),
    reason TEXT NOT NULL CHECK (reason IN ('completed', 'dropped_out', 'referred_onward', 'excluded', 'moved', 'died',
                                           'other')),
    ended_on TEXT NOT NULL,
    sessions_attended INTEGER NOT NULL CHECK (sessions_attended >= 0),
    planned_sessions INTEGER,
    narrative BLOB,
    follow_up_on TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER REFERENCES user(id)
);
CREATE TRIGGER treatment_end_frozen BEFORE UPDATE ON treatment_end BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;
CREATE TRIGGER treatment_end_no_delete BEFORE DELETE ON treatment_end BEGIN SELECT RAISE(ABORT, 'append_only'); END;

CREATE TABLE follow_up (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL UNIQUE REFERENCES patient(id),
    started_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER REFERENCES user(id)
);

-- Departures from the national standard, each with its (clinical) reason. The kind is plain so they can be
-- counted; clinician_id is the responsible clinician at the time, for per-clinician fidelity. Append-only.
-- Deviations that are an absence (an unmet need left open, a short treatment) are derived by query, not stored.
CREATE TABLE deviation (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    kind TEXT NOT NULL CHECK (kind IN ('eligibility_override', 'plan_outside_range', 'package_incomplete')),
    object_type TEXT NOT NULL,
    object_id INTEGER,
    reason BLOB NOT NULL,
    clinician_id INTEGER REFERENCES user(id),
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER REFERENCES user(id)
);
CREATE INDEX deviation_patient ON deviation (patient_id);
CREATE INDEX deviation_kind ON deviation (kind, recorded_at);
CREATE TRIGGER deviation_no_update BEFORE UPDATE ON deviation BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER deviation_no_delete BEFORE DELETE ON deviation BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- INSERT OR REPLACE deletes the row it replaces without firing delete triggers (recursive triggers are off), so
-- every protected table also refuses an insert that would collide with an existing row's keys. (Sessions check only
-- the id: the scheduling desk upserts them by appointment, which an insert trigger on that key would stop.)
CREATE TRIGGER patient_no_replace BEFORE INSERT ON patient
WHEN EXISTS (SELECT 1 FROM patient o WHERE o.id = NEW.id OR o.pseudonym = NEW.pseudonym OR o.national_id = NEW.national_id)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER patient_state_change_no_replace BEFORE INSERT ON patient_state_change
WHEN EXISTS (SELECT 1 FROM patient_state_change o WHERE o.id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER referral_no_replace BEFORE INSERT ON referral
WHEN EXISTS (SELECT 1 FROM referral o WHERE o.id = NEW.id OR o.patient_id = NEW.patient_id)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER eligibility_criteria_version_no_replace BEFORE INSERT ON eligibility_criteria_version
WHEN EXISTS (SELECT 1 FROM eligibility_criteria_version o WHERE o.id = NEW.id OR o.version = NEW.version)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER eligibility_criterion_no_replace BEFORE INSERT ON eligibility_criterion
WHEN EXISTS (SELECT 1 FROM eligibility_criterion o WHERE o.id = NEW.id OR (o.version_id = NEW.version_id AND o.code = NEW.code))
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER onward_referral_no_replace BEFORE INSERT ON onward_referral
WHEN EXISTS (SELECT 1 FROM onward_referral o WHERE o.id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER unmet_need_no_replace BEFORE INSERT ON unmet_need
WHEN EXISTS (SELECT 1 FROM unmet_need o WHERE o.id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER eligibility_assessment_no_replace BEFORE INSERT ON eligibility_assessment
WHEN EXISTS (SELECT 1 FROM eligibility_assessment o WHERE o.id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER instrument_catalogue_version_no_replace BEFORE INSERT ON instrument_catalogue_version
WHEN EXISTS (SELECT 1 FROM instrument_catalogue_version o WHERE o.id = NEW.id OR o.version = NEW.version)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER instrument_no_replace BEFORE INSERT ON instrument
WHEN EXISTS (SELECT 1 FROM instrument o WHERE o.id = NEW.id OR (o.version_id = NEW.version_id AND o.code = NEW.code))
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER instrument_score_no_replace BEFORE INSERT ON instrument_score
WHEN EXISTS (SELECT 1 FROM instrument_score o WHERE o.id = NEW.id OR (o.instrument_id = NEW.instrument_id AND o.code = NEW.code))
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER registry_consent_event_no_replace BEFORE INSERT ON registry_consent_event
WHEN EXISTS (SELECT 1 FROM registry_consent_event o WHERE o.id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER theme_catalogue_version_no_replace BEFORE INSERT ON theme_catalogue_version
WHEN EXISTS (SELECT 1 FROM theme_catalogue_version o WHERE o.id = NEW.id OR o.version = NEW.version)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER treatment_theme_no_replace BEFORE INSERT ON treatment_theme
WHEN EXISTS (SELECT 1 FROM treatment_theme o WHERE o.id = NEW.id OR (o.version_id = NEW.version_id AND o.code = NEW.code))
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER treatment_plan_no_replace BEFORE INSERT ON treatment_plan
WHEN EXISTS (SELECT 1 FROM treatment_plan o WHERE o.id = NEW.id OR o.patient_id = NEW.patient_id)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER treatment_session_no_replace BEFORE INSERT ON treatment_session
WHEN EXISTS (SELECT 1 FROM treatment_session o WHERE o.id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER note_deletion_request_no_replace BEFORE INSERT ON note_deletion_request
WHEN EXISTS (SELECT 1 FROM note_deletion_request o WHERE o.id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;
CREATE TRIGGER clinical_note_no_replace BEFORE INSERT ON clinical_note
WHEN EXISTS (SELECT 1 FROM clinical_note o WHERE o.id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;
CREATE TRIGGER duty_report_no_replace BEFORE INSERT ON duty_report
WHEN EXISTS (SELECT 1 FROM duty_report o WHERE o.id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;
CREATE TRIGGER duty_report_follow_up_no_replace BEFORE INSERT ON duty_report_follow_up
WHEN EXISTS (SELECT 1 FROM duty_report_follow_up o WHERE o.id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;
CREATE TRIGGER treatment_end_no_replace BEFORE INSERT ON treatment_end
WHEN EXISTS (SELECT 1 FROM treatment_end o WHERE o.id = NEW.id OR o.patient_id = NEW.patient_id)
BEGIN SELECT RAISE(ABORT, 'signed_immutable'); END;
CREATE TRIGGER deviation_no_replace BEFORE INSERT ON deviation
WHEN EXISTS (SELECT 1 FROM deviation o WHERE o.id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'append_only'); END;

-- Seed data. The national core criteria (Nasjonale faglige råd, 2020) are shown translated by their code.
INSERT INTO eligibility_criteria_version (id, version, label, created_at) VALUES
    (1, 1, 'National core (Nasjonale faglige råd 2020)', '2020-01-01T00:00:00.000Z');
INSERT INTO eligibility_criterion (version_id, position, code, kind, text, national) VALUES
    (1, 1, 'adult', 'inclusion', 'Aged 18 or over.', 1),
    (1, 2, 'interest_or_risk', 'inclusion', 'Sexual interest in children and/or at risk of committing sexual abuse against children (including online offending such as abuse material).', 1),
    (1, 3, 'seeks_help', 'inclusion', 'Seeks help.', 1),
    (1, 4, 'under_investigation', 'exclusion', 'Currently under investigation for a sexual offence (earlier convictions do not exclude).', 1),
    (1, 5, 'needs_elsewhere', 'exclusion', 'Has needs that must be met elsewhere first.', 1);

-- An EXAMPLE catalogue, clearly labelled so: names, timepoints and score ranges only, no item texts.
-- Each clinic replaces it with the package of the national standard in a new version.
INSERT INTO instrument_catalogue_version (id, version, label, example, created_at) VALUES
    (1, 1, 'Example catalogue (replace with the national assessment package)', 1, '2020-01-01T00:00:00.000Z');
INSERT INTO instrument (id, version_id, position, code, name, timepoints) VALUES
    (1, 1, 1, 'triage', 'Triage for skadelig seksuell adferd', 'intake'),
    (2, 1, 2, 'core10', 'CORE-10', 'intake,end,follow_up'),
    (3, 1, 3, 'phq9', 'PHQ-9', 'intake,end,follow_up'),
    (4, 1, 4, 'gad7', 'GAD-7', 'intake,end,follow_up');
INSERT INTO instrument_score (instrument_id, position, code, label, min_value, max_value) VALUES
    (2, 1, 'total', 'Total score', 0, 40),
    (3, 1, 'total', 'Total score', 0, 27),
    (4, 1, 'total', 'Total score', 0, 21);

-- An EXAMPLE theme catalogue for planning sessions; clinics replace it with the manual's modules.
INSERT INTO theme_catalogue_version (id, version, label, example, created_at) VALUES
    (1, 1, 'Example themes (replace with the treatment manual''s modules)', 1, '2020-01-01T00:00:00.000Z');
INSERT INTO treatment_theme (version_id, position, code, title) VALUES
    (1, 1, 'goals', 'Motivation and goals'),
    (1, 2, 'sexuality', 'Sexuality and sexual interest'),
    (1, 3, 'emotions', 'Emotions and self-regulation'),
    (1, 4, 'relationships', 'Relationships, intimacy and loneliness'),
    (1, 5, 'thinking', 'Thoughts that permit abuse'),
    (1, 6, 'risk', 'Risk situations and coping'),
    (1, 7, 'life', 'A good life: plans and values'),
    (1, 8, 'prevention', 'Personal prevention plan'),
    (1, 9, 'ending', 'Ending and follow-up');
)sql";

} // namespace forlop::migrations
