#include "storage/migrations/Migrations.h"

namespace forlop::migrations {

// Declared in Migrations.h; repeated here so the definition has external linkage whatever the include order.
extern const char* const Scheduling;

// The secretary's desk: rooms, clinicians' working hours, appointments and weekly series. Times of appointments
// are UTC instants in the fixed-width ISO form, so comparing the text compares the times and the
// (owner, starts_at) indexes answer calendars and conflict checks without scanning. Working hours are local
// (Europe/Oslo) wall-clock times, because "Mondays 08:00–15:30" must survive the change to summer time.
// Nothing here is clinical: a secretary reads all of it. Waiting times are kept on the pathway's referral
// (first_offered_on), and attendance reaches the treatment plan through the pathway's treatment_session rows.
const char* const Scheduling = R"sql(
CREATE TABLE room (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

-- A clinician's regular week from a date on; a later template replaces it from its own date. A template with
-- no periods means "not working" (a clinician who has left, or is on leave until a new template starts).
CREATE TABLE work_template (
    id INTEGER PRIMARY KEY,
    clinician_id INTEGER NOT NULL REFERENCES user(id),
    valid_from TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES user(id),
    UNIQUE (clinician_id, valid_from)
);
CREATE TABLE work_template_period (
    template_id INTEGER NOT NULL REFERENCES work_template(id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time TEXT NOT NULL CHECK (length(start_time) = 5),
    end_time TEXT NOT NULL CHECK (length(end_time) = 5),
    CHECK (start_time < end_time)
);
CREATE INDEX work_template_period_template ON work_template_period (template_id, weekday);

-- Departures from the template: absences (holiday, course, sick day, other) and extra working time.
-- clinician_id NULL applies to everyone (a public holiday). Removed rows are kept, marked.
CREATE TABLE work_exception (
    id INTEGER PRIMARY KEY,
    clinician_id INTEGER REFERENCES user(id),
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'course', 'sick', 'other', 'extra')),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES user(id),
    removed_at TEXT,
    removed_by INTEGER REFERENCES user(id),
    CHECK (starts_at < ends_at)
);
CREATE INDEX work_exception_clinician ON work_exception (clinician_id, starts_at);

-- Weekly sessions: the series records the rule; each occurrence is an appointment row that can be moved or
-- cancelled on its own without breaking the others.
CREATE TABLE appointment_series (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    clinician_id INTEGER NOT NULL REFERENCES user(id),
    room_id INTEGER REFERENCES room(id),
    type TEXT NOT NULL,
    modality TEXT NOT NULL,
    first_start TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    occurrences INTEGER NOT NULL CHECK (occurrences BETWEEN 1 AND 60),
    interval_weeks INTEGER NOT NULL DEFAULT 1 CHECK (interval_weeks BETWEEN 1 AND 8),
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES user(id)
);
CREATE INDEX appointment_series_patient ON appointment_series (patient_id);

CREATE TABLE appointment (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    clinician_id INTEGER NOT NULL REFERENCES user(id),
    room_id INTEGER REFERENCES room(id),
    type TEXT NOT NULL CHECK (type IN ('first_contact', 'eligibility_assessment', 'assessment', 'treatment_session',
                                       'follow_up')),
    modality TEXT NOT NULL CHECK (modality IN ('in_person', 'video', 'phone')),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'attended', 'cancelled_by_patient',
                                                            'cancelled_by_clinic', 'no_show')),
    series_id INTEGER REFERENCES appointment_series(id),
    series_slot TEXT,
    cancel_reason TEXT,
    status_changed_at TEXT,
    status_changed_by INTEGER REFERENCES user(id),
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES user(id),
    updated_at TEXT NOT NULL,
    CHECK (starts_at < ends_at),
    CHECK ((series_id IS NULL) = (series_slot IS NULL)),
    CHECK ((status IN ('cancelled_by_patient', 'cancelled_by_clinic')) = (cancel_reason IS NOT NULL))
);
CREATE INDEX appointment_clinician ON appointment (clinician_id, starts_at);
CREATE INDEX appointment_room ON appointment (room_id, starts_at);
CREATE INDEX appointment_patient ON appointment (patient_id, starts_at);
CREATE INDEX appointment_series_slot ON appointment (series_id, series_slot);
-- Appointments are history (attendance feeds the plan's counts): cancelled, never deleted.
-- Waiting-time reports select referrals by the day of the first offer (a column of step 3 that this step fills).
CREATE INDEX referral_first_offered ON referral (first_offered_on) WHERE first_offered_on IS NOT NULL;

CREATE TRIGGER appointment_no_delete BEFORE DELETE ON appointment BEGIN SELECT RAISE(ABORT, 'append_only'); END;
)sql";

} // namespace forlop::migrations
