<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AppointmentLetters</name>
    <message>
        <source>the recipient&apos;s name (the reference number when no name is known)</source>
        <translation>the recipient&apos;s name (the reference number when no name is known)</translation>
    </message>
    <message>
        <source>the day of the week of the appointment</source>
        <translation>the day of the week of the appointment</translation>
    </message>
    <message>
        <source>the date of the appointment</source>
        <translation>the date of the appointment</translation>
    </message>
    <message>
        <source>the time it starts</source>
        <translation>the time it starts</translation>
    </message>
    <message>
        <source>the time it ends</source>
        <translation>the time it ends</translation>
    </message>
    <message>
        <source>where: the address, or how a video or phone meeting works</source>
        <translation>where: the address, or how a video or phone meeting works</translation>
    </message>
    <message>
        <source>the clinic&apos;s address for letters, on one line</source>
        <translation>the clinic&apos;s address for letters, on one line</translation>
    </message>
    <message>
        <source>the first line of the clinic&apos;s address</source>
        <translation>the first line of the clinic&apos;s address</translation>
    </message>
    <message>
        <source>Dear {name},

This is to confirm your appointment on {weekday} {date} at {time}.

Place: {place}

If you cannot come, please let us know as early as you can, so that the time can be given to someone else.

Kind regards
{sender}</source>
        <extracomment>The default appointment letter. It must stay discreet: whoever opens the post may read it, so it names no service, no health profession and nothing about why the person comes. Keep the {placeholders} as they are.</extracomment>
        <translation>Dear {name},

This is to confirm your appointment on {weekday} {date} at {time}.

Place: {place}

If you cannot come, please let us know as early as you can, so that the time can be given to someone else.

Kind regards
{sender}</translation>
    </message>
    <message>
        <source>a video meeting; you will receive the link separately.</source>
        <translation>a video meeting; you will receive the link separately.</translation>
    </message>
    <message>
        <source>by phone; we will call you at that time.</source>
        <translation>by phone; we will call you at that time.</translation>
    </message>
    <message>
        <source>The letter is empty.</source>
        <translation>The letter is empty.</translation>
    </message>
    <message numerus="yes">
        <source>The letter is longer than %n characters.</source>
        <translation>
            <numerusform>The letter is longer than %n character.</numerusform>
            <numerusform>The letter is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The letter uses %1, which Forløp does not know. Use %2.</source>
        <extracomment>%1 is a placeholder such as {nmae}; %2 lists the ones that work.</extracomment>
        <translation>The letter uses %1, which Forløp does not know. Use %2.</translation>
    </message>
    <message>
        <source>The letter must say when: keep {date} and {time} in it.</source>
        <translation>The letter must say when: keep {date} and {time} in it.</translation>
    </message>
    <message>
        <source>The letter must not reveal what kind of service this is. Remove %1.</source>
        <extracomment>%1 lists the words found, each in quotes.</extracomment>
        <translation>The letter must not reveal what kind of service this is. Remove %1.</translation>
    </message>
    <message>
        <source>Write the clinic&apos;s address for letters.</source>
        <translation>Write the clinic&apos;s address for letters.</translation>
    </message>
    <message numerus="yes">
        <source>The address is longer than %n characters.</source>
        <translation>
            <numerusform>The address is longer than %n character.</numerusform>
            <numerusform>The address is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address is printed on letters and envelopes, so it must not reveal what kind of service this is. Remove %1.</source>
        <extracomment>%1 lists the words found, each in quotes.</extracomment>
        <translation>The address is printed on letters and envelopes, so it must not reveal what kind of service this is. Remove %1.</translation>
    </message>
    <message>
        <source>Only a booked appointment gets a letter; this one is marked “%1”.</source>
        <translation>Only a booked appointment gets a letter; this one is marked “%1”.</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>The patient was not found.</translation>
    </message>
    <message>
        <source>The clinic&apos;s address for letters is not set yet. An administrator writes it under Letter settings.</source>
        <translation>The clinic&apos;s address for letters is not set yet. An administrator writes it under Letter settings.</translation>
    </message>
    <message>
        <source>The letter would reveal what kind of service this is, so it was not made. An administrator must remove %1 from the letter settings.</source>
        <translation>The letter would reveal what kind of service this is, so it was not made. An administrator must remove %1 from the letter settings.</translation>
    </message>
</context>
<context>
    <name>AppointmentStatuses</name>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Cancelled by the patient</source>
        <translation>Cancelled by the patient</translation>
    </message>
    <message>
        <source>Cancelled by the clinic</source>
        <translation>Cancelled by the clinic</translation>
    </message>
    <message>
        <source>No-show</source>
        <extracomment>The patient did not come and did not cancel.</extracomment>
        <translation>No-show</translation>
    </message>
</context>
<context>
    <name>AppointmentStyle</name>
    <message>
        <source>Attended</source>
        <extracomment>Short mark on an appointment in the calendar.</extracomment>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Short mark on an appointment in the calendar.</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No-show</source>
        <extracomment>Short mark on an appointment in the calendar: the patient did not come.</extracomment>
        <translation>No-show</translation>
    </message>
</context>
<context>
    <name>AppointmentTypes</name>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Eligibility assessment</source>
        <translation>Eligibility assessment</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Treatment session</source>
        <translation>Treatment session</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>AssessmentPackages</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>The assessment package has not been started for this patient.</source>
        <translation>The assessment package has not been started for this patient.</translation>
    </message>
    <message>
        <source>That instrument is not part of this patient&apos;s package.</source>
        <translation>That instrument is not part of this patient&apos;s package.</translation>
    </message>
    <message>
        <source>%1 is not given at this timepoint.</source>
        <translation>%1 is not given at this timepoint.</translation>
    </message>
    <message>
        <source>%1 has no score field named %2.</source>
        <translation>%1 has no score field named %2.</translation>
    </message>
    <message>
        <source>%1 of %2 must lie between %3 and %4.</source>
        <extracomment>%1 score label, %2 instrument name, %3 and %4 the range</extracomment>
        <translation>%1 of %2 must lie between %3 and %4.</translation>
    </message>
    <message>
        <source>Enter %1 before marking %2 completed.</source>
        <translation>Enter %1 before marking %2 completed.</translation>
    </message>
    <message>
        <source>Write why the instrument was declined.</source>
        <translation>Write why the instrument was declined.</translation>
    </message>
    <message>
        <source>A declined instrument has no scores.</source>
        <translation>A declined instrument has no scores.</translation>
    </message>
    <message>
        <source>An instrument that is not started has no scores.</source>
        <translation>An instrument that is not started has no scores.</translation>
    </message>
    <message>
        <source>A completed instrument needs the date it was completed, not in the future.</source>
        <translation>A completed instrument needs the date it was completed, not in the future.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>The appointment was not found.</source>
        <translation>The appointment was not found.</translation>
    </message>
    <message>
        <source>The appointment was cancelled, so attendance cannot be marked.</source>
        <translation>The appointment was cancelled, so attendance cannot be marked.</translation>
    </message>
    <message>
        <source>The appointment has not begun yet. Mark attendance once it has started.</source>
        <translation>The appointment has not begun yet. Mark attendance once it has started.</translation>
    </message>
</context>
<context>
    <name>AuditActionNames</name>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Locked or signed out</source>
        <translation>Locked or signed out</translation>
    </message>
    <message>
        <source>Created the clinic</source>
        <translation>Created the clinic</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Added a user</translation>
    </message>
    <message>
        <source>Deactivated a user</source>
        <translation>Deactivated a user</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Changed own password</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Reset a password</translation>
    </message>
    <message>
        <source>Granted access to clinical records</source>
        <translation>Granted access to clinical records</translation>
    </message>
    <message>
        <source>Replaced the database key</source>
        <translation>Replaced the database key</translation>
    </message>
    <message>
        <source>Replaced the clinical key</source>
        <translation>Replaced the clinical key</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Changed a setting</translation>
    </message>
    <message>
        <source>Took a backup</source>
        <translation>Took a backup</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Restored a backup</translation>
    </message>
    <message>
        <source>Viewed the audit log</source>
        <translation>Viewed the audit log</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>Reviewed an emergency access</source>
        <translation>Reviewed an emergency access</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Access refused</translation>
    </message>
    <message>
        <source>Registered a patient</source>
        <translation>Registered a patient</translation>
    </message>
    <message>
        <source>Opened the patient&apos;s record</source>
        <translation>Opened the patient&apos;s record</translation>
    </message>
    <message>
        <source>Searched for patients</source>
        <translation>Searched for patients</translation>
    </message>
    <message>
        <source>Changed identity or contact details</source>
        <translation>Changed identity or contact details</translation>
    </message>
    <message>
        <source>Allocated to a clinician</source>
        <translation>Allocated to a clinician</translation>
    </message>
    <message>
        <source>Blocked a staff member</source>
        <translation>Blocked a staff member</translation>
    </message>
    <message>
        <source>Lifted a block</source>
        <translation>Lifted a block</translation>
    </message>
    <message>
        <source>Registered a referral</source>
        <translation>Registered a referral</translation>
    </message>
    <message>
        <source>Imported referrals</source>
        <translation>Imported referrals</translation>
    </message>
    <message>
        <source>Started the eligibility assessment</source>
        <translation>Started the eligibility assessment</translation>
    </message>
    <message>
        <source>Answered an eligibility criterion</source>
        <translation>Answered an eligibility criterion</translation>
    </message>
    <message>
        <source>Decided on eligibility</source>
        <translation>Decided on eligibility</translation>
    </message>
    <message>
        <source>Started the assessment package</source>
        <translation>Started the assessment package</translation>
    </message>
    <message>
        <source>Recorded an assessment instrument</source>
        <translation>Recorded an assessment instrument</translation>
    </message>
    <message>
        <source>Made the treatment plan</source>
        <translation>Made the treatment plan</translation>
    </message>
    <message>
        <source>Changed the treatment plan</source>
        <translation>Changed the treatment plan</translation>
    </message>
    <message>
        <source>Recorded a session</source>
        <translation>Recorded a session</translation>
    </message>
    <message>
        <source>Wrote a note</source>
        <translation>Wrote a note</translation>
    </message>
    <message>
        <source>Changed a draft note</source>
        <translation>Changed a draft note</translation>
    </message>
    <message>
        <source>Signed a note</source>
        <translation>Signed a note</translation>
    </message>
    <message>
        <source>Added to a signed note</source>
        <translation>Added to a signed note</translation>
    </message>
    <message>
        <source>Read a note</source>
        <translation>Read a note</translation>
    </message>
    <message>
        <source>Started a duty-to-report record</source>
        <translation>Started a duty-to-report record</translation>
    </message>
    <message>
        <source>Signed a duty-to-report record</source>
        <translation>Signed a duty-to-report record</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Referred onward</translation>
    </message>
    <message>
        <source>Ended treatment</source>
        <translation>Ended treatment</translation>
    </message>
    <message>
        <source>Booked an appointment</source>
        <translation>Booked an appointment</translation>
    </message>
    <message>
        <source>Moved an appointment</source>
        <translation>Moved an appointment</translation>
    </message>
    <message>
        <source>Appointment cancelled by the patient</source>
        <translation>Appointment cancelled by the patient</translation>
    </message>
    <message>
        <source>Appointment cancelled by the clinic</source>
        <translation>Appointment cancelled by the clinic</translation>
    </message>
    <message>
        <source>Printed a letter</source>
        <translation>Printed a letter</translation>
    </message>
    <message>
        <source>Exported to the quality registry</source>
        <translation>Exported to the quality registry</translation>
    </message>
    <message>
        <source>Exported the patient&apos;s access log</source>
        <translation>Exported the patient&apos;s access log</translation>
    </message>
    <message>
        <source>Offered a first appointment</source>
        <translation>Offered a first appointment</translation>
    </message>
    <message>
        <source>Completed the eligibility assessment</source>
        <translation>Completed the eligibility assessment</translation>
    </message>
    <message>
        <source>Overrode the eligibility decision</source>
        <translation>Overrode the eligibility decision</translation>
    </message>
    <message>
        <source>Excluded without onward referral</source>
        <translation>Excluded without onward referral</translation>
    </message>
    <message>
        <source>Recorded attendance</source>
        <translation>Recorded attendance</translation>
    </message>
    <message>
        <source>Recorded a departure from the standard</source>
        <translation>Recorded a departure from the standard</translation>
    </message>
    <message>
        <source>Discarded a draft note</source>
        <translation>Discarded a draft note</translation>
    </message>
    <message>
        <source>Asked for a note to be deleted</source>
        <translation>Asked for a note to be deleted</translation>
    </message>
    <message>
        <source>Signing refused</source>
        <translation>Signing refused</translation>
    </message>
    <message>
        <source>Changed a duty-to-report record</source>
        <translation>Changed a duty-to-report record</translation>
    </message>
    <message>
        <source>Looked at open duty-to-report records</source>
        <translation>Looked at open duty-to-report records</translation>
    </message>
    <message>
        <source>Updated an onward referral</source>
        <translation>Updated an onward referral</translation>
    </message>
    <message>
        <source>Recorded an unmet need</source>
        <translation>Recorded an unmet need</translation>
    </message>
    <message>
        <source>Referred an unmet need onward</source>
        <translation>Referred an unmet need onward</translation>
    </message>
    <message>
        <source>Gave a reason for an unmet need</source>
        <translation>Gave a reason for an unmet need</translation>
    </message>
    <message>
        <source>Started follow-up</source>
        <translation>Started follow-up</translation>
    </message>
    <message>
        <source>Booked a series of appointments</source>
        <translation>Booked a series of appointments</translation>
    </message>
    <message>
        <source>Attended an appointment</source>
        <translation>Attended an appointment</translation>
    </message>
    <message>
        <source>Did not come to an appointment</source>
        <translation>Did not come to an appointment</translation>
    </message>
    <message>
        <source>Included in the quality registry export</source>
        <translation>Included in the quality registry export</translation>
    </message>
    <message>
        <source>Looked at statistics</source>
        <translation>Looked at statistics</translation>
    </message>
    <message>
        <source>Exported statistics</source>
        <translation>Exported statistics</translation>
    </message>
    <message>
        <source>Looked at a report</source>
        <translation>Looked at a report</translation>
    </message>
    <message>
        <source>Looked at the calendar</source>
        <translation>Looked at the calendar</translation>
    </message>
    <message>
        <source>Looked at a caseload</source>
        <translation>Looked at a caseload</translation>
    </message>
    <message>
        <source>Looked at caseloads</source>
        <translation>Looked at caseloads</translation>
    </message>
    <message>
        <source>Looked at a caseload&apos;s appointments</source>
        <translation>Looked at a caseload&apos;s appointments</translation>
    </message>
    <message>
        <source>Looked at the waiting list</source>
        <translation>Looked at the waiting list</translation>
    </message>
    <message>
        <source>Looked at waiting times</source>
        <translation>Looked at waiting times</translation>
    </message>
    <message>
        <source>New version of the eligibility criteria</source>
        <translation>New version of the eligibility criteria</translation>
    </message>
    <message>
        <source>New version of the instrument catalogue</source>
        <translation>New version of the instrument catalogue</translation>
    </message>
    <message>
        <source>New version of the treatment themes</source>
        <translation>New version of the treatment themes</translation>
    </message>
    <message>
        <source>Read the timeline</source>
        <translation>Read the timeline</translation>
    </message>
    <message>
        <source>Read the referral</source>
        <translation>Read the referral</translation>
    </message>
    <message>
        <source>Read the referral reason</source>
        <translation>Read the referral reason</translation>
    </message>
    <message>
        <source>Read the eligibility assessment</source>
        <translation>Read the eligibility assessment</translation>
    </message>
    <message>
        <source>Read the assessment package</source>
        <translation>Read the assessment package</translation>
    </message>
    <message>
        <source>Looked at the assessment package&apos;s completion</source>
        <translation>Looked at the assessment package&apos;s completion</translation>
    </message>
    <message>
        <source>Read the registry consent</source>
        <translation>Read the registry consent</translation>
    </message>
    <message>
        <source>Read the treatment plan</source>
        <translation>Read the treatment plan</translation>
    </message>
    <message>
        <source>Read a session</source>
        <translation>Read a session</translation>
    </message>
    <message>
        <source>Looked at the number of sessions</source>
        <translation>Looked at the number of sessions</translation>
    </message>
    <message>
        <source>Read a request to delete a note</source>
        <translation>Read a request to delete a note</translation>
    </message>
    <message>
        <source>Read a departure from the standard</source>
        <translation>Read a departure from the standard</translation>
    </message>
    <message>
        <source>Read a duty-to-report record</source>
        <translation>Read a duty-to-report record</translation>
    </message>
    <message>
        <source>Read an onward referral</source>
        <translation>Read an onward referral</translation>
    </message>
    <message>
        <source>Read an unmet need</source>
        <translation>Read an unmet need</translation>
    </message>
    <message>
        <source>Read the end of treatment</source>
        <translation>Read the end of treatment</translation>
    </message>
    <message>
        <source>Looked at an appointment</source>
        <translation>Looked at an appointment</translation>
    </message>
    <message>
        <source>Looked at a series of appointments</source>
        <translation>Looked at a series of appointments</translation>
    </message>
    <message>
        <source>Pathway: %1</source>
        <extracomment>An audit entry: the patient&apos;s pathway moved to this state</extracomment>
        <translation>Pathway: %1</translation>
    </message>
    <message>
        <source>Exported a report</source>
        <translation>Exported a report</translation>
    </message>
</context>
<context>
    <name>AuditExportCommand</name>
    <message>
        <source>Writes one patient&apos;s access log (who, when, in which role, why) as CSV, for the patient&apos;s copy (unit leaders only).</source>
        <translation>Writes one patient&apos;s access log (who, when, in which role, why) as CSV, for the patient&apos;s copy (unit leaders only).</translation>
    </message>
    <message>
        <source>The patient&apos;s pseudonym (such as P-2026-0042) or record number.</source>
        <translation>The patient&apos;s pseudonym (such as P-2026-0042) or record number.</translation>
    </message>
    <message>
        <source>Write the CSV to this file instead of standard output. The file is replaced only once it has been written completely.</source>
        <translation>Write the CSV to this file instead of standard output. The file is replaced only once it has been written completely.</translation>
    </message>
    <message>
        <source>--patient needs a pseudonym or a record number.</source>
        <translation>--patient needs a pseudonym or a record number.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n access log entries to %1.</source>
        <translation>
            <numerusform>Wrote %n access log entry to %1.</numerusform>
            <numerusform>Wrote %n access log entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient has that pseudonym.</source>
        <translation>No patient has that pseudonym.</translation>
    </message>
    <message>
        <source>No patient has that record number.</source>
        <translation>No patient has that record number.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit row %1 is missing: the log jumps to row %2.</source>
        <translation>Audit row %1 is missing: the log jumps to row %2.</translation>
    </message>
    <message>
        <source>Audit row %1 is out of order.</source>
        <translation>Audit row %1 is out of order.</translation>
    </message>
    <message>
        <source>Audit row %1 has been changed, inserted or removed: its hash does not match the chain.</source>
        <translation>Audit row %1 has been changed, inserted or removed: its hash does not match the chain.</translation>
    </message>
    <message>
        <source>Audit row %1 does not match the anchor kept in the key file.</source>
        <translation>Audit row %1 does not match the anchor kept in the key file.</translation>
    </message>
    <message>
        <source>The audit log has been truncated: rows %1 to %2, recorded in the key file, are missing.</source>
        <translation>The audit log has been truncated: rows %1 to %2, recorded in the key file, are missing.</translation>
    </message>
</context>
<context>
    <name>AuditReview</name>
    <message>
        <source>Treating clinician</source>
        <translation>Treating clinician</translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation>Unit leader</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AuditVerifyCommand</name>
    <message>
        <source>Recomputes the audit log&apos;s hash chain; exits 0 when it is intact and 1, naming the first bad row, when a row has been changed, inserted or removed (administrators and unit leaders).</source>
        <translation>Recomputes the audit log&apos;s hash chain; exits 0 when it is intact and 1, naming the first bad row, when a row has been changed, inserted or removed (administrators and unit leaders).</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s), chained from the first to the last and matching the anchor kept in the key file.</source>
        <translation>
            <numerusform>The audit log is intact: %n row, chained from the first to the last and matching the anchor kept in the key file.</numerusform>
            <numerusform>The audit log is intact: %n rows, chained from the first to the last and matching the anchor kept in the key file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>There is no backup at %1.</source>
        <translation>There is no backup at %1.</translation>
    </message>
    <message>
        <source>%1 is not the database of the backup in %2; give the backup&apos;s folder instead.</source>
        <translation>%1 is not the database of the backup in %2; give the backup&apos;s folder instead.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Takes a verified, encrypted backup of the clinic into a folder, and removes old backups there.</source>
        <translation>Takes a verified, encrypted backup of the clinic into a folder, and removes old backups there.</translation>
    </message>
    <message>
        <source>The backup folder, preferably on another disk. Each backup is a new folder inside it, holding the encrypted database, its key file and a description.</source>
        <translation>The backup folder, preferably on another disk. Each backup is a new folder inside it, holding the encrypted database, its key file and a description.</translation>
    </message>
    <message>
        <source>Keep the newest backup of this many recent days (default %1).</source>
        <translation>Keep the newest backup of this many recent days (default %1).</translation>
    </message>
    <message>
        <source>Keep the newest backup of this many recent weeks (default %1).</source>
        <translation>Keep the newest backup of this many recent weeks (default %1).</translation>
    </message>
    <message>
        <source>Keep the newest backup of this many recent months (default %1).</source>
        <translation>Keep the newest backup of this many recent months (default %1).</translation>
    </message>
    <message>
        <source>Remove no old backups.</source>
        <translation>Remove no old backups.</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number of 0 or more.</source>
        <translation>The option --%1 needs a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <source>  audit trail up to row %1; schema version %2</source>
        <translation>  audit trail up to row %1; schema version %2</translation>
    </message>
    <message>
        <source>It can be restored with any current user&apos;s password or with the recovery key.</source>
        <translation>It can be restored with any current user&apos;s password or with the recovery key.</translation>
    </message>
    <message>
        <source>Removed old backup %1</source>
        <translation>Removed old backup %1</translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <source>The backup description %1 is damaged, so this backup cannot be trusted. Restore from another backup.</source>
        <translation>The backup description %1 is damaged, so this backup cannot be trusted. Restore from another backup.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Forløp. Install that version to restore it.</source>
        <translation>The backup %1 was made by a newer version of Forløp. Install that version to restore it.</translation>
    </message>
    <message>
        <source>%1 is not a Forløp backup: its description %2 is missing.</source>
        <translation>%1 is not a Forløp backup: its description %2 is missing.</translation>
    </message>
    <message>
        <source>The backup description %1 cannot be read.</source>
        <translation>The backup description %1 cannot be read.</translation>
    </message>
</context>
<context>
    <name>BackupNow</name>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>No backup was taken.</source>
        <translation>No backup was taken.</translation>
    </message>
    <message>
        <source>Choose a folder for backups, preferably on another disk</source>
        <translation>Choose a folder for backups, preferably on another disk</translation>
    </message>
    <message>
        <source>Taking a backup and checking it…</source>
        <translation>Taking a backup and checking it…</translation>
    </message>
    <message>
        <source>Backup taken and verified: %1</source>
        <translation>Backup taken and verified: %1</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup could not be copied to %1. Is the disk full?</source>
        <translation>The backup could not be copied to %1. Is the disk full?</translation>
    </message>
    <message>
        <source>The existing database could not be moved aside; nothing was restored.</source>
        <translation>The existing database could not be moved aside; nothing was restored.</translation>
    </message>
    <message>
        <source>Restore to a new location, not into the backup&apos;s own folder.</source>
        <translation>Restore to a new location, not into the backup&apos;s own folder.</translation>
    </message>
    <message>
        <source>A database already exists at %1. Restore to a new location, or confirm that it may be replaced (it will be kept beside the restored one).</source>
        <translation>A database already exists at %1. Restore to a new location, or confirm that it may be replaced (it will be kept beside the restored one).</translation>
    </message>
    <message>
        <source>The database at %1 is open in Forløp. Close Forløp on every computer that uses it, then restore again.</source>
        <translation>The database at %1 is open in Forløp. Close Forløp on every computer that uses it, then restore again.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The copy of the backup differs from the backup; the disk may be failing.</source>
        <translation>The copy of the backup differs from the backup; the disk may be failing.</translation>
    </message>
    <message>
        <source>The restored database could not be closed cleanly.</source>
        <translation>The restored database could not be closed cleanly.</translation>
    </message>
    <message>
        <source>The database at %1 was opened while restoring; nothing was replaced.</source>
        <translation>The database at %1 was opened while restoring; nothing was replaced.</translation>
    </message>
    <message>
        <source>The restored database could not be moved to %1.</source>
        <translation>The restored database could not be moved to %1.</translation>
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message>
        <source>%1 was left alone: %2</source>
        <translation>%1 was left alone: %2</translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
        <translation>The old backup %1 could not be deleted.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>This clinic has no verified backup. Take a backup now, and choose a backup folder on another disk in the settings so that backups are taken automatically.</source>
        <translation>This clinic has no verified backup. Take a backup now, and choose a backup folder on another disk in the settings so that backups are taken automatically.</translation>
    </message>
    <message numerus="yes">
        <source>The last verified backup of this clinic is %n day(s) old. Take a backup now, and check that the backup disk is connected.</source>
        <translation>
            <numerusform>The last verified backup of this clinic is %n day old. Take a backup now, and check that the backup disk is connected.</numerusform>
            <numerusform>The last verified backup of this clinic is %n days old. Take a backup now, and check that the backup disk is connected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>The backup file %1 is damaged: %2 Restore from another backup.</source>
        <extracomment>%1 is a file name, %2 says what is wrong with it</extracomment>
        <translation>The backup file %1 is damaged: %2 Restore from another backup.</translation>
    </message>
    <message>
        <source>The backup file %1 is missing from %2. Restore from another backup.</source>
        <translation>The backup file %1 is missing from %2. Restore from another backup.</translation>
    </message>
    <message>
        <source>it has the wrong size (it may have been cut short while copying).</source>
        <translation>it has the wrong size (it may have been cut short while copying).</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read.</source>
        <translation>The backup file %1 cannot be read.</translation>
    </message>
    <message>
        <source>its contents differ from what was verified when the backup was made.</source>
        <translation>its contents differ from what was verified when the backup was made.</translation>
    </message>
    <message>
        <source>it fails the integrity check (%1).</source>
        <translation>it fails the integrity check (%1).</translation>
    </message>
    <message>
        <source>its schema version differs from the snapshot.</source>
        <translation>its schema version differs from the snapshot.</translation>
    </message>
    <message>
        <source>table %1 has %2 rows, but the snapshot had %3.</source>
        <translation>table %1 has %2 rows, but the snapshot had %3.</translation>
    </message>
    <message>
        <source>its tables differ from the snapshot.</source>
        <translation>its tables differ from the snapshot.</translation>
    </message>
    <message>
        <source>its audit trail ends at a different row than the snapshot&apos;s.</source>
        <translation>its audit trail ends at a different row than the snapshot&apos;s.</translation>
    </message>
    <message>
        <source>The key file beside %1 belongs to another clinic.</source>
        <translation>The key file beside %1 belongs to another clinic.</translation>
    </message>
    <message>
        <source>The key file beside %1 has no entry for the active user %2.</source>
        <translation>The key file beside %1 has no entry for the active user %2.</translation>
    </message>
    <message>
        <source>The key file beside %1 has an entry for %2, who is not an active user in it.</source>
        <translation>The key file beside %1 has an entry for %2, who is not an active user in it.</translation>
    </message>
    <message>
        <source>The key file beside %1 has no entry for the recovery key.</source>
        <translation>The key file beside %1 has no entry for the recovery key.</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>THE BACKUP FAILED and nothing was added to %1; earlier backups there are kept. %2</source>
        <extracomment>%1 is the backup folder, %2 the reason</extracomment>
        <translation>THE BACKUP FAILED and nothing was added to %1; earlier backups there are kept. %2</translation>
    </message>
    <message>
        <source>The copied key file has no entry for you.</source>
        <translation>The copied key file has no entry for you.</translation>
    </message>
    <message>
        <source>The copied key file does not open the copy.</source>
        <translation>The copied key file does not open the copy.</translation>
    </message>
    <message>
        <source>The backup description could not be written. Is the backup disk full?</source>
        <translation>The backup description could not be written. Is the backup disk full?</translation>
    </message>
    <message>
        <source>The copy could not be read back.</source>
        <translation>The copy could not be read back.</translation>
    </message>
    <message>
        <source>The backup could not be saved to the disk (sync failed).</source>
        <translation>The backup could not be saved to the disk (sync failed).</translation>
    </message>
    <message>
        <source>The backup folder holds unexpected files.</source>
        <translation>The backup folder holds unexpected files.</translation>
    </message>
    <message>
        <source>The verified backup could not be given its final name.</source>
        <translation>The verified backup could not be given its final name.</translation>
    </message>
    <message>
        <source>The backup folder cannot be written. Is the backup disk connected?</source>
        <translation>The backup folder cannot be written. Is the backup disk connected?</translation>
    </message>
    <message>
        <source>The backup %1 was written and verified, but it could not be recorded in the clinic&apos;s log. %2</source>
        <translation>The backup %1 was written and verified, but it could not be recorded in the clinic&apos;s log. %2</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Only a booked appointment can be moved; this one is marked “%1”.</source>
        <extracomment>%1 is the appointment&apos;s status, such as &quot;Attended&quot;.</extracomment>
        <translation>Only a booked appointment can be moved; this one is marked “%1”.</translation>
    </message>
    <message>
        <source>The appointment was not found.</source>
        <translation>The appointment was not found.</translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time range, e.g. &quot;02.03.2026, 12:00–16:00&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 is on holiday %2.</source>
        <extracomment>%1 is a clinician, %2 a date or a date range.</extracomment>
        <translation>%1 is on holiday %2.</translation>
    </message>
    <message>
        <source>%1 is on a course %2.</source>
        <translation>%1 is on a course %2.</translation>
    </message>
    <message>
        <source>%1 is off sick %2.</source>
        <translation>%1 is off sick %2.</translation>
    </message>
    <message>
        <source>%1 is away %2.</source>
        <translation>%1 is away %2.</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>The patient was not found.</translation>
    </message>
    <message>
        <source>The patient was excluded from treatment here, so no appointments can be booked.</source>
        <translation>The patient was excluded from treatment here, so no appointments can be booked.</translation>
    </message>
    <message>
        <source>The patient&apos;s treatment has ended; only follow-up appointments can be booked.</source>
        <translation>The patient&apos;s treatment has ended; only follow-up appointments can be booked.</translation>
    </message>
    <message>
        <source>Choose a start and an end time; the end must come after the start.</source>
        <translation>Choose a start and an end time; the end must come after the start.</translation>
    </message>
    <message>
        <source>An appointment lasts from %1 minutes to %2 hours.</source>
        <translation>An appointment lasts from %1 minutes to %2 hours.</translation>
    </message>
    <message>
        <source>Appointments start and end on whole five minutes.</source>
        <translation>Appointments start and end on whole five minutes.</translation>
    </message>
    <message>
        <source>%1 at %2 has already passed. Choose a time that is still ahead.</source>
        <extracomment>%1 is a date, %2 a time of day.</extracomment>
        <translation>%1 at %2 has already passed. Choose a time that is still ahead.</translation>
    </message>
    <message>
        <source>The chosen room was not found.</source>
        <translation>The chosen room was not found.</translation>
    </message>
    <message>
        <source>The room “%1” is no longer in use.</source>
        <translation>The room “%1” is no longer in use.</translation>
    </message>
    <message>
        <source>%1 does not work on %2.</source>
        <extracomment>%1 is a clinician, %2 a weekday and date.</extracomment>
        <translation>%1 does not work on %2.</translation>
    </message>
    <message>
        <source>%1 works %2 on %3; %4 is outside those hours.</source>
        <extracomment>%1 is a clinician, %2 their working hours (&quot;08:00–11:30, 12:00–15:30&quot;), %3 a weekday and date, %4 the requested time.</extracomment>
        <translation>%1 works %2 on %3; %4 is outside those hours.</translation>
    </message>
    <message>
        <source>%1 already has an appointment on %2, %3.</source>
        <extracomment>%1 is a clinician, %2 a date, %3 a time range such as 10:00–10:45.</extracomment>
        <translation>%1 already has an appointment on %2, %3.</translation>
    </message>
    <message>
        <source>The room “%1” is already booked on %2, %3.</source>
        <extracomment>%1 is a room, %2 a date, %3 a time range such as 10:00–10:45.</extracomment>
        <translation>The room “%1” is already booked on %2, %3.</translation>
    </message>
    <message>
        <source>The patient already has an appointment on %1, %2.</source>
        <extracomment>%1 is a date, %2 a time range such as 10:00–10:45.</extracomment>
        <translation>The patient already has an appointment on %1, %2.</translation>
    </message>
</context>
<context>
    <name>CalendarPainter</name>
    <message>
        <source>%1 %2</source>
        <comment>weekday date</comment>
        <extracomment>Calendar column heading: weekday and day.month, e.g. &quot;Monday 2.3.&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <extracomment>Shown instead of the patient on an appointment of a patient whose record is closed to you.</extracomment>
        <translation>(not shown)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <extracomment>%1 is a room&apos;s name.</extracomment>
        <translation>Room: %1</translation>
    </message>
</context>
<context>
    <name>CalendarQuery</name>
    <message>
        <source>Choose a period of at most two months.</source>
        <translation>Choose a period of at most two months.</translation>
    </message>
    <message numerus="yes">
        <source>Show at most %n calendars side by side.</source>
        <translation>
            <numerusform>Show at most %n calendar side by side.</numerusform>
            <numerusform>Show at most %n calendars side by side.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cancellation</name>
    <message>
        <source>Write why the appointment is cancelled.</source>
        <translation>Write why the appointment is cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>The reason can have at most %n characters.</source>
        <translation>
            <numerusform>The reason can have at most %n character.</numerusform>
            <numerusform>The reason can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The appointment was not found.</source>
        <translation>The appointment was not found.</translation>
    </message>
    <message>
        <source>Only a booked appointment can be cancelled; this one is marked “%1”.</source>
        <extracomment>%1 is the appointment&apos;s status, such as &quot;Attended&quot;.</extracomment>
        <translation>Only a booked appointment can be cancelled; this one is marked “%1”.</translation>
    </message>
</context>
<context>
    <name>Caseloads</name>
    <message>
        <source>Choose from 1 to 52 weeks.</source>
        <translation>Choose from 1 to 52 weeks.</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Within the standard</source>
        <extracomment>Legend of the bars inside the standard&apos;s range of sessions</extracomment>
        <translation>Within the standard</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks the database file, its schema version, the key file and the audit anchor.</source>
        <translation>Checks the database file, its schema version, the key file and the audit anchor.</translation>
    </message>
    <message>
        <source>Clinic: %1</source>
        <translation>Clinic: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>The clinic is damaged. Restore the database and its key file from the latest backup that passes this check.</source>
        <translation>The clinic is damaged. Restore the database and its key file from the latest backup that passes this check.</translation>
    </message>
    <message>
        <source>The clinic is healthy.</source>
        <translation>The clinic is healthy.</translation>
    </message>
</context>
<context>
    <name>Clinic</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The database %1 is missing changes that had been saved: its audit trail no longer matches row %2, which the key file %3 recorded. The database or its write-ahead log %4 is damaged, or an older copy of the database was put in its place. Stop working in it and restore the database and its key file from the latest backup.</source>
        <translation>The database %1 is missing changes that had been saved: its audit trail no longer matches row %2, which the key file %3 recorded. The database or its write-ahead log %4 is damaged, or an older copy of the database was put in its place. Stop working in it and restore the database and its key file from the latest backup.</translation>
    </message>
    <message>
        <source>There is no clinic database at %1.</source>
        <translation>There is no clinic database at %1.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file does not belong to this database.</source>
        <translation>The key file does not belong to this database.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
</context>
<context>
    <name>ClinicCommand</name>
    <message>
        <source>The clinic&apos;s database file (its key file lies beside it).</source>
        <translation>The clinic&apos;s database file (its key file lies beside it).</translation>
    </message>
    <message>
        <source>Your user name.</source>
        <translation>Your user name.</translation>
    </message>
    <message>
        <source>Read your password from the first line of standard input.</source>
        <translation>Read your password from the first line of standard input.</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>your password</translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation>There is no database file at %1.</translation>
    </message>
</context>
<context>
    <name>ClinicFactory</name>
    <message>
        <source>The clinic needs a name.</source>
        <translation>The clinic needs a name.</translation>
    </message>
    <message>
        <source>The administrator needs a user name.</source>
        <translation>The administrator needs a user name.</translation>
    </message>
    <message>
        <source>The unit leader needs a user name of their own.</source>
        <translation>The unit leader needs a user name of their own.</translation>
    </message>
    <message>
        <source>A clinic already exists at %1; it was left untouched.</source>
        <translation>A clinic already exists at %1; it was left untouched.</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>This setting is kept by Forløp itself.</source>
        <translation>This setting is kept by Forløp itself.</translation>
    </message>
    <message>
        <source>The value is not valid for this setting.</source>
        <translation>The value is not valid for this setting.</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 60 minutes.</source>
        <translation>The idle lock must be between 1 and 60 minutes.</translation>
    </message>
</context>
<context>
    <name>ClinicTime</name>
    <message>
        <source>%1 %2 – %3 %4</source>
        <extracomment>A time range over midnight: start date and time, end date and time.</extracomment>
        <translation>%1 %2 – %3 %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A weekday name and a date, e.g. &quot;Monday 02.03.2026&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>ClinicalCipher</name>
    <message>
        <source>Your session holds no key to clinical content.</source>
        <translation>Your session holds no key to clinical content.</translation>
    </message>
    <message>
        <source>A clinical field could not be decrypted; it may be damaged.</source>
        <translation>A clinical field could not be decrypted; it may be damaged.</translation>
    </message>
</context>
<context>
    <name>ClinicalKeyRotation</name>
    <message>
        <source>Your session holds no clinical key.</source>
        <translation>Your session holds no clinical key.</translation>
    </message>
    <message>
        <source>The clinical key was not replaced; nothing changed. %1</source>
        <translation>The clinical key was not replaced; nothing changed. %1</translation>
    </message>
    <message>
        <source>A clinical field could not be decrypted.</source>
        <translation>A clinical field could not be decrypted.</translation>
    </message>
</context>
<context>
    <name>ClinicalNotes</name>
    <message>
        <source>The note was not found.</source>
        <translation>The note was not found.</translation>
    </message>
    <message numerus="yes">
        <source>A note holds at most %n characters.</source>
        <translation>
            <numerusform>A note holds at most %n character.</numerusform>
            <numerusform>A note holds at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The note is signed and cannot be changed. Add a signed addendum instead.</source>
        <translation>The note is signed and cannot be changed. Add a signed addendum instead.</translation>
    </message>
    <message>
        <source>Only the author can change or sign a draft.</source>
        <translation>Only the author can change or sign a draft.</translation>
    </message>
    <message>
        <source>Register the referral before writing notes.</source>
        <translation>Register the referral before writing notes.</translation>
    </message>
    <message>
        <source>That session belongs to another patient.</source>
        <translation>That session belongs to another patient.</translation>
    </message>
    <message>
        <source>An addendum is added to a signed note; a draft can still be edited.</source>
        <translation>An addendum is added to a signed note; a draft can still be edited.</translation>
    </message>
    <message>
        <source>Add the addendum to the original note, not to another addendum.</source>
        <translation>Add the addendum to the original note, not to another addendum.</translation>
    </message>
    <message>
        <source>The note was deleted after a deletion request.</source>
        <translation>The note was deleted after a deletion request.</translation>
    </message>
    <message>
        <source>Confirm your password to sign.</source>
        <translation>Confirm your password to sign.</translation>
    </message>
    <message>
        <source>An empty note cannot be signed.</source>
        <translation>An empty note cannot be signed.</translation>
    </message>
    <message>
        <source>A draft is visible to its author only until it is signed.</source>
        <translation>A draft is visible to its author only until it is signed.</translation>
    </message>
</context>
<context>
    <name>ClinicianCaseload</name>
    <message numerus="yes">
        <source>A page of the caseload holds 1 to %n patients.</source>
        <translation>
            <numerusform>A page of the caseload holds 1 to %n patient.</numerusform>
            <numerusform>A page of the caseload holds 1 to %n patients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicianLoads</name>
    <message>
        <source>Choose from 1 to 52 weeks.</source>
        <translation>Choose from 1 to 52 weeks.</translation>
    </message>
</context>
<context>
    <name>Clinicians</name>
    <message>
        <source>Choose an active clinician.</source>
        <translation>Choose an active clinician.</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>%1: </source>
        <extracomment>Terminal prompt; %1 is what to type, such as &quot;your password&quot;</extracomment>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Standard input ended before line %1 (%2).</source>
        <extracomment>%2 is what the line should hold, such as &quot;your password&quot;</extracomment>
        <translation>Standard input ended before line %1 (%2).</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for help.</source>
        <translation>Run &quot;%1 %2 --help&quot; for help.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>The command line could not be read: %1</source>
        <translation>The command line could not be read: %1</translation>
    </message>
    <message>
        <source>Missing argument: %1</source>
        <translation>Missing argument: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Missing option: %1</source>
        <translation>Missing option: %1</translation>
    </message>
    <message>
        <source>The option %1 was given more than once.</source>
        <translation>The option %1 was given more than once.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Warning: core dumps could not be disabled.
</source>
        <translation>Warning: core dumps could not be disabled.
</translation>
    </message>
    <message>
        <source>forlop-admin stopped after an internal error.
</source>
        <translation>forlop-admin stopped after an internal error.
</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>a field is longer than %n characters.</source>
        <translation>
            <numerusform>a field is longer than %n character.</numerusform>
            <numerusform>a field is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>the text is not valid UTF-8.</source>
        <translation>the text is not valid UTF-8.</translation>
    </message>
    <message>
        <source>a line ends with a lone carriage return.</source>
        <translation>a line ends with a lone carriage return.</translation>
    </message>
    <message>
        <source>a quote inside a field; put the whole field in quotes and double the quote.</source>
        <translation>a quote inside a field; put the whole field in quotes and double the quote.</translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation>text after the closing quote of a field.</translation>
    </message>
    <message>
        <source>a quoted field is never closed.</source>
        <translation>a quoted field is never closed.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A file already exists at %1.</source>
        <translation>A file already exists at %1.</translation>
    </message>
    <message>
        <source>Internal error: the database key has the wrong length.</source>
        <translation>Internal error: the database key has the wrong length.</translation>
    </message>
    <message>
        <source>SQLCipher 4 is not active in this program; refusing to open the database unencrypted.</source>
        <translation>SQLCipher 4 is not active in this program; refusing to open the database unencrypted.</translation>
    </message>
    <message>
        <source>The database could not be keyed.</source>
        <translation>The database could not be keyed.</translation>
    </message>
    <message>
        <source>Temporary storage could not be kept in memory; refusing to continue.</source>
        <translation>Temporary storage could not be kept in memory; refusing to continue.</translation>
    </message>
    <message>
        <source>The database could not be switched to write-ahead logging.</source>
        <translation>The database could not be switched to write-ahead logging.</translation>
    </message>
</context>
<context>
    <name>DatabaseKeyRotation</name>
    <message>
        <source>The database key could not be replaced; the clinic still opens with the old key. %1</source>
        <translation>The database key could not be replaced; the clinic still opens with the old key. %1</translation>
    </message>
    <message>
        <source>The new copy failed its integrity check.</source>
        <translation>The new copy failed its integrity check.</translation>
    </message>
    <message>
        <source>The new copy does not match the database.</source>
        <translation>The new copy does not match the database.</translation>
    </message>
    <message>
        <source>The new database file could not be moved into place; the clinic still opens with the old key.</source>
        <translation>The new database file could not be moved into place; the clinic still opens with the old key.</translation>
    </message>
    <message>
        <source>The database is open in another Forløp window or program. Close it there, then try again; the key was not replaced.</source>
        <translation>The database is open in another Forløp window or program. Close it there, then try again; the key was not replaced.</translation>
    </message>
</context>
<context>
    <name>DemoCalendar</name>
    <message>
        <source>Room %1</source>
        <translation>Room %1</translation>
    </message>
</context>
<context>
    <name>DemoClinicGenerator</name>
    <message>
        <source>The demo clinic could not be made (%1): %2</source>
        <extracomment>%1 says what the demo was doing, %2 is the error</extracomment>
        <translation>The demo clinic could not be made (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>A demo clinic has between 0 and %n patients.</source>
        <translation>
            <numerusform>A demo clinic has between 0 and %n patient.</numerusform>
            <numerusform>A demo clinic has between 0 and %n patients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates a demo clinic full of synthetic patients, with users admin, leder, sekretar, psykolog1, psykolog2, … all with the password &quot;demo&quot;.</source>
        <translation>Creates a demo clinic full of synthetic patients, with users admin, leder, sekretar, psykolog1, psykolog2, … all with the password &quot;demo&quot;.</translation>
    </message>
    <message>
        <source>Where to create the demo clinic; nothing may exist there yet.</source>
        <translation>Where to create the demo clinic; nothing may exist there yet.</translation>
    </message>
    <message>
        <source>How many synthetic patients (default %1).</source>
        <translation>How many synthetic patients (default %1).</translation>
    </message>
    <message>
        <source>The seed: the same seed (and day) gives the same clinic (default 1).</source>
        <translation>The seed: the same seed (and day) gives the same clinic (default 1).</translation>
    </message>
    <message>
        <source>The demo&apos;s today, YYYY-MM-DD: every event lies before it (default: today).</source>
        <translation>The demo&apos;s today, YYYY-MM-DD: every event lies before it (default: today).</translation>
    </message>
    <message>
        <source>--patients needs a whole number from 0 to %1.</source>
        <translation>--patients needs a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation>--seed needs a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>--today needs a date of the form YYYY-MM-DD.</source>
        <translation>--today needs a date of the form YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>Created the demo clinic in %1 with %n synthetic patient(s).</source>
        <translation>
            <numerusform>Created the demo clinic in %1 with %n synthetic patient.</numerusform>
            <numerusform>Created the demo clinic in %1 with %n synthetic patients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users (password &quot;%1&quot;): %2</source>
        <translation>Users (password &quot;%1&quot;): %2</translation>
    </message>
    <message>
        <source>Recovery key of this demo clinic: %1</source>
        <translation>Recovery key of this demo clinic: %1</translation>
    </message>
</context>
<context>
    <name>Deviations</name>
    <message>
        <source>Eligibility decision differs from the criteria</source>
        <translation>Eligibility decision differs from the criteria</translation>
    </message>
    <message>
        <source>Treatment plan outside 16–20 sessions</source>
        <translation>Treatment plan outside 16–20 sessions</translation>
    </message>
    <message>
        <source>Treatment started with the intake assessment incomplete</source>
        <translation>Treatment started with the intake assessment incomplete</translation>
    </message>
    <message>
        <source>Unmet need without onward referral or reason</source>
        <translation>Unmet need without onward referral or reason</translation>
    </message>
    <message>
        <source>Treatment ended with fewer than 16 sessions</source>
        <translation>Treatment ended with fewer than 16 sessions</translation>
    </message>
    <message>
        <source>Internal error: this kind of deviation is derived, not recorded.</source>
        <translation>Internal error: this kind of deviation is derived, not recorded.</translation>
    </message>
    <message>
        <source>A departure from the national standard needs a reason.</source>
        <translation>A departure from the national standard needs a reason.</translation>
    </message>
</context>
<context>
    <name>DutyReports</name>
    <message>
        <source>A date in the record lies in the future.</source>
        <translation>A date in the record lies in the future.</translation>
    </message>
    <message>
        <source>The assessment cannot be dated before what it is about.</source>
        <translation>The assessment cannot be dated before what it is about.</translation>
    </message>
    <message>
        <source>The duty-to-report record was not found.</source>
        <translation>The duty-to-report record was not found.</translation>
    </message>
    <message>
        <source>Duty to inform child welfare</source>
        <translation>Duty to inform child welfare</translation>
    </message>
    <message>
        <source>Duty to avert (Penal Code §196)</source>
        <translation>Duty to avert (Penal Code §196)</translation>
    </message>
    <message>
        <source>Other duty</source>
        <translation>Other duty</translation>
    </message>
    <message>
        <source>When there is reason to believe a child is being or will be mistreated or seriously neglected, notify the child welfare service in the child&apos;s municipality without undue delay.</source>
        <translation>When there is reason to believe a child is being or will be mistreated or seriously neglected, notify the child welfare service in the child&apos;s municipality without undue delay.</translation>
    </message>
    <message>
        <source>When a serious crime, such as sexual abuse of a child, can still be averted, notify the police or the emergency services at once, or avert it in another way. Confidentiality does not apply.</source>
        <translation>When a serious crime, such as sexual abuse of a child, can still be averted, notify the police or the emergency services at once, or avert it in another way. Confidentiality does not apply.</translation>
    </message>
    <message>
        <source>Record which duty applies, whom it requires you to notify, and by when.</source>
        <translation>Record which duty applies, whom it requires you to notify, and by when.</translation>
    </message>
    <message>
        <source>Child welfare service</source>
        <translation>Child welfare service</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation>Emergency services</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Fill in “%1” before signing.</source>
        <extracomment>%1 names a field of the duty-to-report form.</extracomment>
        <translation>Fill in “%1” before signing.</translation>
    </message>
    <message>
        <source>What gave rise to the assessment</source>
        <translation>What gave rise to the assessment</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Date of the assessment</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <source>Colleague or leader consulted</source>
        <translation>Colleague or leader consulted</translation>
    </message>
    <message>
        <source>When they were consulted</source>
        <translation>When they were consulted</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>How they were notified</source>
        <translation>How they were notified</translation>
    </message>
    <message>
        <source>When they were notified</source>
        <translation>When they were notified</translation>
    </message>
    <message>
        <source>Whether the patient was told</source>
        <translation>Whether the patient was told</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>The record is signed and cannot be changed; add a follow-up entry.</source>
        <translation>The record is signed and cannot be changed; add a follow-up entry.</translation>
    </message>
    <message>
        <source>Only the assessing clinician can change or sign the draft.</source>
        <translation>Only the assessing clinician can change or sign the draft.</translation>
    </message>
    <message>
        <source>Confirm your password to sign.</source>
        <translation>Confirm your password to sign.</translation>
    </message>
    <message>
        <source>The record is already signed.</source>
        <translation>The record is already signed.</translation>
    </message>
    <message>
        <source>The colleague consulted is not a user of this clinic.</source>
        <translation>The colleague consulted is not a user of this clinic.</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>Write what was done.</translation>
    </message>
    <message>
        <source>Sign the record before adding follow-up entries.</source>
        <translation>Sign the record before adding follow-up entries.</translation>
    </message>
    <message>
        <source>The follow-up of this record is already closed.</source>
        <translation>The follow-up of this record is already closed.</translation>
    </message>
    <message>
        <source>This record needs no follow-up, so there is nothing to close.</source>
        <translation>This record needs no follow-up, so there is nothing to close.</translation>
    </message>
</context>
<context>
    <name>EligibilityAssessments</name>
    <message>
        <source>No eligibility assessment is open for this patient.</source>
        <translation>No eligibility assessment is open for this patient.</translation>
    </message>
    <message>
        <source>That criterion is not part of this assessment&apos;s criteria version.</source>
        <translation>That criterion is not part of this assessment&apos;s criteria version.</translation>
    </message>
    <message numerus="yes">
        <source>Answer every criterion before deciding: %n criterion(s) still unanswered.</source>
        <translation>
            <numerusform>Answer every criterion before deciding: %n criterion still unanswered.</numerusform>
            <numerusform>Answer every criterion before deciding: %n criteria still unanswered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the rationale for the decision.</source>
        <translation>Write the rationale for the decision.</translation>
    </message>
    <message>
        <source>The decision differs from what the criteria give. Write why; it is recorded as a departure from the national standard.</source>
        <translation>The decision differs from what the criteria give. Write why; it is recorded as a departure from the national standard.</translation>
    </message>
    <message>
        <source>No eligibility assessment has been started for this patient.</source>
        <translation>No eligibility assessment has been started for this patient.</translation>
    </message>
</context>
<context>
    <name>EligibilityCriteria</name>
    <message>
        <source>The criteria version was not found.</source>
        <translation>The criteria version was not found.</translation>
    </message>
    <message>
        <source>Give the new criteria version a name.</source>
        <translation>Give the new criteria version a name.</translation>
    </message>
    <message>
        <source>A new criteria version needs at least one new criterion.</source>
        <translation>A new criteria version needs at least one new criterion.</translation>
    </message>
    <message>
        <source>A criterion code has 2 to 41 lower-case letters, digits or underscores and starts with a letter.</source>
        <translation>A criterion code has 2 to 41 lower-case letters, digits or underscores and starts with a letter.</translation>
    </message>
    <message>
        <source>The criterion code %1 is used twice.</source>
        <translation>The criterion code %1 is used twice.</translation>
    </message>
    <message>
        <source>Every criterion needs a text.</source>
        <translation>Every criterion needs a text.</translation>
    </message>
    <message>
        <source>Aged 18 or over.</source>
        <translation>Aged 18 or over.</translation>
    </message>
    <message>
        <source>Sexual interest in children and/or at risk of committing sexual abuse against children (including online offending such as abuse material).</source>
        <translation>Sexual interest in children and/or at risk of committing sexual abuse against children (including online offending such as abuse material).</translation>
    </message>
    <message>
        <source>Seeks help.</source>
        <translation>Seeks help.</translation>
    </message>
    <message>
        <source>Currently under investigation for a sexual offence (earlier convictions do not exclude).</source>
        <translation>Currently under investigation for a sexual offence (earlier convictions do not exclude).</translation>
    </message>
    <message>
        <source>Has needs that must be met elsewhere first.</source>
        <translation>Has needs that must be met elsewhere first.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Unclear</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclude</translation>
    </message>
</context>
<context>
    <name>EndOfTreatment</name>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Referred onward</translation>
    </message>
    <message>
        <source>Excluded during treatment</source>
        <translation>Excluded during treatment</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>The end date must be a date that is not in the future.</source>
        <translation>The end date must be a date that is not in the future.</translation>
    </message>
    <message>
        <source>The follow-up date cannot be before the end of treatment.</source>
        <translation>The follow-up date cannot be before the end of treatment.</translation>
    </message>
    <message>
        <source>Only a treatment that has started can be completed. Choose another reason for ending.</source>
        <translation>Only a treatment that has started can be completed. Choose another reason for ending.</translation>
    </message>
    <message>
        <source>Record the onward referral before ending the treatment as referred onward.</source>
        <translation>Record the onward referral before ending the treatment as referred onward.</translation>
    </message>
    <message>
        <source>The treatment has not ended.</source>
        <translation>The treatment has not ended.</translation>
    </message>
    <message>
        <source>The follow-up needs a start date that is not in the future.</source>
        <translation>The follow-up needs a start date that is not in the future.</translation>
    </message>
    <message>
        <source>Follow-up starts after the end of treatment.</source>
        <translation>Follow-up starts after the end of treatment.</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>Choose a folder to export to.</translation>
    </message>
    <message>
        <source>%1 is a file. Choose a new folder to export to.</source>
        <translation>%1 is a file. Choose a new folder to export to.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder, so no earlier export is mixed with this one.</source>
        <translation>The folder %1 is not empty. Choose a new or empty folder, so no earlier export is mixed with this one.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Cannot write in %1: %2</translation>
    </message>
    <message>
        <source>The export was already finished.</source>
        <translation>The export was already finished.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk.</source>
        <translation>Cannot write %1 to disk.</translation>
    </message>
    <message>
        <source>Cannot write the export to disk.</source>
        <translation>Cannot write the export to disk.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer empty.</source>
        <translation>The folder %1 is no longer empty.</translation>
    </message>
    <message>
        <source>Cannot create %1: something appeared there during the export.</source>
        <translation>Cannot create %1: something appeared there during the export.</translation>
    </message>
</context>
<context>
    <name>ExportRegistryCommand</name>
    <message>
        <source>Writes the registry export for KvaSO (patients who have consented) into a new folder (unit leaders with access to clinical records).</source>
        <translation>Writes the registry export for KvaSO (patients who have consented) into a new folder (unit leaders with access to clinical records).</translation>
    </message>
    <message>
        <source>The folder to create for the export. It must not exist yet, or be empty; it appears only once the export is complete. The format is described in docs/registry-export/.</source>
        <translation>The folder to create for the export. It must not exist yet, or be empty; it appears only once the export is complete. The format is described in docs/registry-export/.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n patient(s) to %1 (format version %2).</source>
        <translation>
            <numerusform>Exported %n patient to %1 (format version %2).</numerusform>
            <numerusform>Exported %n patients to %1 (format version %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s)</source>
        <translation>
            <numerusform>  %1: %n row</numerusform>
            <numerusform>  %1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportStatsCommand</name>
    <message>
        <source>Writes the clinic&apos;s national statistics for a period as one JSON file: aggregated figures only, small numbers suppressed (unit leaders with access to clinical records).</source>
        <translation>Writes the clinic&apos;s national statistics for a period as one JSON file: aggregated figures only, small numbers suppressed (unit leaders with access to clinical records).</translation>
    </message>
    <message>
        <source>The JSON file to write; an existing file is replaced only once the new one is complete. The format is described in docs/national-statistics/.</source>
        <translation>The JSON file to write; an existing file is replaced only once the new one is complete. The format is described in docs/national-statistics/.</translation>
    </message>
    <message>
        <source>The first day of the period, as YYYY-MM-DD.</source>
        <translation>The first day of the period, as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The last day of the period (included), as YYYY-MM-DD.</source>
        <translation>The last day of the period (included), as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--from needs a date as YYYY-MM-DD, such as 2026-01-01; &quot;%1&quot; is not one.</source>
        <translation>--from needs a date as YYYY-MM-DD, such as 2026-01-01; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD, such as 2026-12-31; &quot;%1&quot; is not one.</source>
        <translation>--to needs a date as YYYY-MM-DD, such as 2026-12-31; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2): the period would be empty.</source>
        <translation>--from (%1) is after --to (%2): the period would be empty.</translation>
    </message>
    <message>
        <source>Wrote the national statistics for %1 to %2.</source>
        <translation>Wrote the national statistics for %1 to %2.</translation>
    </message>
</context>
<context>
    <name>FidelityReports</name>
    <message>
        <source>Not allocated</source>
        <translation>Not allocated</translation>
    </message>
</context>
<context>
    <name>FreeSlotSearch</name>
    <message>
        <source>An appointment lasts from %1 minutes to %2 hours, in whole five minutes.</source>
        <translation>An appointment lasts from %1 minutes to %2 hours, in whole five minutes.</translation>
    </message>
    <message>
        <source>Search from 1 to %1 days ahead for 1 to %2 free times.</source>
        <translation>Search from 1 to %1 days ahead for 1 to %2 free times.</translation>
    </message>
    <message>
        <source>A preferred weekday is not valid.</source>
        <translation>A preferred weekday is not valid.</translation>
    </message>
    <message>
        <source>The preferred times are too short for the appointment.</source>
        <translation>The preferred times are too short for the appointment.</translation>
    </message>
    <message>
        <source>No rooms are in use. Add a room, or search without one.</source>
        <translation>No rooms are in use. Add a room, or search without one.</translation>
    </message>
</context>
<context>
    <name>GrantClinicalCommand</name>
    <message>
        <source>Gives a clinician or unit leader the key to clinical records (done by a unit leader who holds it).</source>
        <translation>Gives a clinician or unit leader the key to clinical records (done by a unit leader who holds it).</translation>
    </message>
    <message>
        <source>The clinician or unit leader to give access.</source>
        <translation>The clinician or unit leader to give access.</translation>
    </message>
    <message>
        <source>%1 now has access to clinical records.</source>
        <translation>%1 now has access to clinical records.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>ok (integrity check and encryption check passed)</source>
        <translation>ok (integrity check and encryption check passed)</translation>
    </message>
    <message>
        <source>The database is at schema version %1, but this program expects %2.</source>
        <translation>The database is at schema version %1, but this program expects %2.</translation>
    </message>
    <message>
        <source>version %1 (current)</source>
        <translation>version %1 (current)</translation>
    </message>
    <message>
        <source>The recovery key&apos;s entry in the key file has keys of the wrong size.</source>
        <translation>The recovery key&apos;s entry in the key file has keys of the wrong size.</translation>
    </message>
    <message>
        <source>The key file entry for user %1 has keys of the wrong size.</source>
        <translation>The key file entry for user %1 has keys of the wrong size.</translation>
    </message>
    <message>
        <source>The recovery key&apos;s entry in the key file has invalid key-derivation settings.</source>
        <translation>The recovery key&apos;s entry in the key file has invalid key-derivation settings.</translation>
    </message>
    <message>
        <source>The key file entry for user %1 has invalid key-derivation settings.</source>
        <translation>The key file entry for user %1 has invalid key-derivation settings.</translation>
    </message>
    <message>
        <source>The key file belongs to another clinic.</source>
        <translation>The key file belongs to another clinic.</translation>
    </message>
    <message>
        <source>The key file&apos;s public key for clinical records has the wrong size.</source>
        <translation>The key file&apos;s public key for clinical records has the wrong size.</translation>
    </message>
    <message>
        <source>The key file&apos;s public key for clinical records does not belong to the clinical key.</source>
        <translation>The key file&apos;s public key for clinical records does not belong to the clinical key.</translation>
    </message>
    <message>
        <source>The key file has no complete entry for the recovery key.</source>
        <translation>The key file has no complete entry for the recovery key.</translation>
    </message>
    <message>
        <source>Active user %1 has no entry in the key file and cannot sign in.</source>
        <translation>Active user %1 has no entry in the key file and cannot sign in.</translation>
    </message>
    <message>
        <source>The key file has two entries for %1.</source>
        <translation>The key file has two entries for %1.</translation>
    </message>
    <message>
        <source>The key file has an entry for %1, who is not an active user.</source>
        <translation>The key file has an entry for %1, who is not an active user.</translation>
    </message>
    <message numerus="yes">
        <source>ok (%n entries)</source>
        <translation>
            <numerusform>ok (%n entry)</numerusform>
            <numerusform>ok (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file records audit row %1, but the audit log ends at row %2: rows have been removed.</source>
        <translation>The key file records audit row %1, but the audit log ends at row %2: rows have been removed.</translation>
    </message>
    <message>
        <source>Audit row %1 does not match the anchor kept in the key file.</source>
        <translation>Audit row %1 does not match the anchor kept in the key file.</translation>
    </message>
    <message>
        <source>ok (row %1; the log has %2 rows)</source>
        <translation>ok (row %1; the log has %2 rows)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Audit anchor</source>
        <translation>Audit anchor</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <extracomment>Placeholder in a usage line for the optional options</extracomment>
        <translation>[OPTIONS]</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND ARGUMENTS [OPTIONS]
Run &quot;%1 --help&quot; for the list of commands.</source>
        <translation>Usage: %1 COMMAND ARGUMENTS [OPTIONS]
Run &quot;%1 --help&quot; for the list of commands.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>the operation failed (the reason is printed on standard error)</source>
        <translation>the operation failed (the reason is printed on standard error)</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, or a missing argument or input line</source>
        <translation>usage error: unknown command or option, or a missing argument or input line</translation>
    </message>
    <message>
        <source>authentication failed: wrong user name or password</source>
        <translation>authentication failed: wrong user name or password</translation>
    </message>
    <message>
        <source>the file is damaged or is not a Forløp database</source>
        <translation>the file is damaged or is not a Forløp database</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND ARGUMENTS [OPTIONS]
       %1 COMMAND --help
       %1 --version</source>
        <translation>Usage: %1 COMMAND ARGUMENTS [OPTIONS]
       %1 COMMAND --help
       %1 --version</translation>
    </message>
    <message>
        <source>Administers a Forløp clinic database from the command line.</source>
        <translation>Administers a Forløp clinic database from the command line.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Commands that open a clinic take the form
  %1 COMMAND DB --user USER --password-stdin [OPTIONS]
and read your password from the first line of standard input; further lines hold any other
passwords the command needs. Passwords are never given as arguments.</source>
        <translation>Commands that open a clinic take the form
  %1 COMMAND DB --user USER --password-stdin [OPTIONS]
and read your password from the first line of standard input; further lines hold any other
passwords the command needs. Passwords are never given as arguments.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit codes:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>A line of standard input in the help&apos;s table; %1 is its number</extracomment>
        <translation>line %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Standard input:</source>
        <translation>Standard input:</translation>
    </message>
</context>
<context>
    <name>IdentityRules</name>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>The name is longer than %n character.</numerusform>
            <numerusform>The name is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A phone number may hold digits, spaces, dashes, brackets and a leading +.</source>
        <translation>A phone number may hold digits, spaces, dashes, brackets and a leading +.</translation>
    </message>
    <message numerus="yes">
        <source>A text field is longer than %n characters.</source>
        <translation>
            <numerusform>A text field is longer than %n character.</numerusform>
            <numerusform>A text field is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of birth does not match the national ID number.</source>
        <translation>The date of birth does not match the national ID number.</translation>
    </message>
    <message>
        <source>The date of birth is not a valid date.</source>
        <translation>The date of birth is not a valid date.</translation>
    </message>
    <message>
        <source>The birth year does not match the date of birth.</source>
        <translation>The birth year does not match the date of birth.</translation>
    </message>
    <message>
        <source>The date or year of birth is not plausible.</source>
        <translation>The date or year of birth is not plausible.</translation>
    </message>
</context>
<context>
    <name>ImportReferralsCommand</name>
    <message>
        <source>Imports referrals from a CSV file (secretaries and unit leaders): every row is checked, and either all are imported or none.</source>
        <translation>Imports referrals from a CSV file (secretaries and unit leaders): every row is checked, and either all are imported or none.</translation>
    </message>
    <message>
        <source>UTF-8, comma-separated, with a header row naming the columns: received and channel are required; urgency, national_id, birth_year, name, phone and reason are optional (see docs/referral-import.md).</source>
        <translation>UTF-8, comma-separated, with a header row naming the columns: received and channel are required; urgency, national_id, birth_year, name, phone and reason are optional (see docs/referral-import.md).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>one bad row of the file: %1 line number, %2 what is wrong
----------
%1 line of the file, %2 the new patient&apos;s pseudonym</extracomment>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n referral(s).</source>
        <translation>
            <numerusform>Imported %n referral.</numerusform>
            <numerusform>Imported %n referrals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Creates a new clinic with its first administrator and, optionally, its first unit leader.</source>
        <translation>Creates a new clinic with its first administrator and, optionally, its first unit leader.</translation>
    </message>
    <message>
        <source>Where to create the clinic&apos;s database file; its key file is written beside it. Nothing may exist there yet.</source>
        <translation>Where to create the clinic&apos;s database file; its key file is written beside it. Nothing may exist there yet.</translation>
    </message>
    <message>
        <source>The clinic&apos;s name.</source>
        <translation>The clinic&apos;s name.</translation>
    </message>
    <message>
        <source>Where the clinic is (town or hospital).</source>
        <translation>Where the clinic is (town or hospital).</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>User name of the first administrator.</translation>
    </message>
    <message>
        <source>Read the passwords from standard input, one per line.</source>
        <translation>Read the passwords from standard input, one per line.</translation>
    </message>
    <message>
        <source>User name of the first unit leader, who holds the key to clinical records from the start. Without one, only the recovery key holds it.</source>
        <translation>User name of the first unit leader, who holds the key to clinical records from the start. Without one, only the recovery key holds it.</translation>
    </message>
    <message>
        <source>the administrator&apos;s password</source>
        <translation>the administrator&apos;s password</translation>
    </message>
    <message>
        <source>the unit leader&apos;s password (only with --leader)</source>
        <translation>the unit leader&apos;s password (only with --leader)</translation>
    </message>
    <message>
        <source>the unit leader&apos;s password</source>
        <translation>the unit leader&apos;s password</translation>
    </message>
    <message>
        <source>Created the clinic &quot;%1&quot; in %2.</source>
        <translation>Created the clinic &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <translation>Administrator: %1</translation>
    </message>
    <message>
        <source>Unit leader (holds the key to clinical records): %1</source>
        <translation>Unit leader (holds the key to clinical records): %1</translation>
    </message>
    <message>
        <source>No unit leader yet: the key to clinical records is held only by the recovery key, until a unit leader is granted it with the recovery key.</source>
        <translation>No unit leader yet: the key to clinical records is held only by the recovery key, until a unit leader is granted it with the recovery key.</translation>
    </message>
    <message>
        <source>RECOVERY KEY (shown only this once):</source>
        <translation>RECOVERY KEY (shown only this once):</translation>
    </message>
    <message>
        <source>Print this key or write it down now, and keep it locked away, apart from this computer. It restores access when every administrator and unit leader has forgotten their password, and anyone who holds it can open the clinic&apos;s records. It cannot be shown again.</source>
        <translation>Print this key or write it down now, and keep it locked away, apart from this computer. It restores access when every administrator and unit leader has forgotten their password, and anyone who holds it can open the clinic&apos;s records. It cannot be shown again.</translation>
    </message>
</context>
<context>
    <name>InstrumentCatalogue</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>End of treatment</source>
        <translation>End of treatment</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>The instrument catalogue version was not found.</source>
        <translation>The instrument catalogue version was not found.</translation>
    </message>
    <message>
        <source>A catalogue needs a name and at least one instrument.</source>
        <translation>A catalogue needs a name and at least one instrument.</translation>
    </message>
    <message>
        <source>Every instrument needs its own code of lower-case letters, digits or underscores.</source>
        <translation>Every instrument needs its own code of lower-case letters, digits or underscores.</translation>
    </message>
    <message>
        <source>Every instrument needs a name and at least one timepoint.</source>
        <translation>Every instrument needs a name and at least one timepoint.</translation>
    </message>
    <message>
        <source>Every score field needs its own code, a label and a range whose minimum is not above its maximum.</source>
        <translation>Every score field needs its own code, a label and a range whose minimum is not above its maximum.</translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>Your entry in the key file is damaged. Ask an administrator to reset your password.</source>
        <translation>Your entry in the key file is damaged. Ask an administrator to reset your password.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The key file %1 is damaged. Restore it from the latest backup, together with its database.</source>
        <translation>The key file %1 is damaged. Restore it from the latest backup, together with its database.</translation>
    </message>
    <message>
        <source>The key file %1 is missing. It must lie beside the database; restore it from the latest backup.</source>
        <translation>The key file %1 is missing. It must lie beside the database; restore it from the latest backup.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>The key file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Forløp.</source>
        <translation>The key file %1 was written by a newer version of Forløp.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation>The key file %1 cannot be written.</translation>
    </message>
    <message>
        <source>The key file %1 could not be saved; the previous version is kept. Is the disk full?</source>
        <translation>The key file %1 could not be saved; the previous version is kept. Is the disk full?</translation>
    </message>
</context>
<context>
    <name>LetterDocument</name>
    <message>
        <source>Letter</source>
        <extracomment>The title stored in the letter&apos;s PDF or print job. Keep it discreet: it may show in a print queue.</extracomment>
        <translation>Letter</translation>
    </message>
</context>
<context>
    <name>Modalities</name>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <source>A national ID number has exactly 11 digits.</source>
        <translation>A national ID number has exactly 11 digits.</translation>
    </message>
    <message>
        <source>The national ID number does not start with a valid date of birth (DDMMYY).</source>
        <translation>The national ID number does not start with a valid date of birth (DDMMYY).</translation>
    </message>
    <message>
        <source>The national ID number has wrong check digits; check for a typing error.</source>
        <translation>The national ID number has wrong check digits; check for a typing error.</translation>
    </message>
    <message>
        <source>This is a synthetic test number; it is accepted only in demo and test clinics.</source>
        <translation>This is a synthetic test number; it is accepted only in demo and test clinics.</translation>
    </message>
</context>
<context>
    <name>NationalStatistics</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>NoteDeletionRequests</name>
    <message>
        <source>Write why the note should be deleted.</source>
        <translation>Write why the note should be deleted.</translation>
    </message>
    <message>
        <source>The note was not found.</source>
        <translation>The note was not found.</translation>
    </message>
    <message>
        <source>A draft is not part of the journal yet; its author can discard it.</source>
        <translation>A draft is not part of the journal yet; its author can discard it.</translation>
    </message>
    <message>
        <source>The note has already been deleted.</source>
        <translation>The note has already been deleted.</translation>
    </message>
    <message>
        <source>Request deletion of the original note; its addenda go with it.</source>
        <translation>Request deletion of the original note; its addenda go with it.</translation>
    </message>
    <message>
        <source>A deletion request for this note is already waiting for a decision.</source>
        <translation>A deletion request for this note is already waiting for a decision.</translation>
    </message>
    <message>
        <source>The deletion request was not found.</source>
        <translation>The deletion request was not found.</translation>
    </message>
    <message>
        <source>The request has already been decided.</source>
        <translation>The request has already been decided.</translation>
    </message>
    <message>
        <source>Write the grounds for the decision.</source>
        <translation>Write the grounds for the decision.</translation>
    </message>
    <message>
        <source>The conditions of helsepersonelloven §43 are not met: deletion must be unobjectionable, allowed by the Archives Act, and the content either incorrect or misleading, or obviously not needed for health care.</source>
        <translation>The conditions of helsepersonelloven §43 are not met: deletion must be unobjectionable, allowed by the Archives Act, and the content either incorrect or misleading, or obviously not needed for health care.</translation>
    </message>
    <message>
        <source>When a patient&apos;s demand is refused, the patient must be told that the refusal can be appealed to the county governor.</source>
        <translation>When a patient&apos;s demand is refused, the patient must be told that the refusal can be appealed to the county governor.</translation>
    </message>
</context>
<context>
    <name>OnwardReferrals</name>
    <message>
        <source>GP</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Mental health service</source>
        <translation>Mental health service</translation>
    </message>
    <message>
        <source>Substance-abuse treatment</source>
        <translation>Substance-abuse treatment</translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation>Child welfare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined by the recipient</source>
        <translation>Declined by the recipient</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>An onward referral needs a date that is not in the future.</source>
        <translation>An onward referral needs a date that is not in the future.</translation>
    </message>
    <message>
        <source>Write why the patient is referred onward.</source>
        <translation>Write why the patient is referred onward.</translation>
    </message>
    <message>
        <source>Choose where the patient is referred onward, or write why there is no onward referral.</source>
        <translation>Choose where the patient is referred onward, or write why there is no onward referral.</translation>
    </message>
    <message>
        <source>Register the referral before referring the patient onward.</source>
        <translation>Register the referral before referring the patient onward.</translation>
    </message>
    <message>
        <source>The onward referral was not found.</source>
        <translation>The onward referral was not found.</translation>
    </message>
</context>
<context>
    <name>OverrideReasons</name>
    <message>
        <source>Reading the reasons needs access to clinical records.</source>
        <translation>Reading the reasons needs access to clinical records.</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Patient record</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Find patient</translation>
    </message>
    <message>
        <source>Appointment letter</source>
        <translation>Appointment letter</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Log review</source>
        <translation>Log review</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>My day</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <translation>Caseloads</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Fidelity to the standard</source>
        <translation>Fidelity to the standard</translation>
    </message>
</context>
<context>
    <name>PasswordKdf</name>
    <message>
        <source>The key file holds invalid key-derivation settings.</source>
        <translation>The key file holds invalid key-derivation settings.</translation>
    </message>
    <message>
        <source>Not enough memory to check the password. Close other programs and try again.</source>
        <translation>Not enough memory to check the password. Close other programs and try again.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must not be empty.</source>
        <translation>The password must not be empty.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak: use at least %n characters, for example a few unrelated words.</source>
        <translation>
            <numerusform>Weak: use at least %n character, for example a few unrelated words.</numerusform>
            <numerusform>Weak: use at least %n characters, for example a few unrelated words.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fair: a longer password is much harder to guess.</source>
        <translation>Fair: a longer password is much harder to guess.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
</context>
<context>
    <name>PatientAccess</name>
    <message>
        <source>The patient was not found.</source>
        <translation>The patient was not found.</translation>
    </message>
    <message>
        <source>You are blocked from this patient&apos;s record.</source>
        <translation>You are blocked from this patient&apos;s record.</translation>
    </message>
    <message>
        <source>This patient is not allocated to you. Use emergency access with a reason if you need to open the record.</source>
        <translation>This patient is not allocated to you. Use emergency access with a reason if you need to open the record.</translation>
    </message>
    <message numerus="yes">
        <source>Write why you need access, in at least %n characters. The patient can read this reason.</source>
        <translation>
            <numerusform>Write why you need access, in at least %n character. The patient can read this reason.</numerusform>
            <numerusform>Write why you need access, in at least %n characters. The patient can read this reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a unit leader or the patient&apos;s own clinician can block staff from a record.</source>
        <translation>Only a unit leader or the patient&apos;s own clinician can block staff from a record.</translation>
    </message>
    <message>
        <source>That emergency access was not found or is already reviewed.</source>
        <translation>That emergency access was not found or is already reviewed.</translation>
    </message>
</context>
<context>
    <name>PatientAppointments</name>
    <message>
        <source>The appointment was not found.</source>
        <translation>The appointment was not found.</translation>
    </message>
</context>
<context>
    <name>PatientLogExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>period from date to date</comment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>No entries</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>clinic, site</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Access log for patient %1</source>
        <translation>Access log for patient %1</translation>
    </message>
    <message>
        <source>Clinic:</source>
        <translation>Clinic:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>Printed:</translation>
    </message>
    <message>
        <source>Everyone at the clinic who opened or changed your record, when, in which role and on what basis. An emergency access also shows the reason the person gave. The list holds no content of the record itself.</source>
        <translation>Everyone at the clinic who opened or changed your record, when, in which role and on what basis. An emergency access also shows the reason the person gave. The list holds no content of the record itself.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nobody has opened the record in this period.</source>
        <translation>Nobody has opened the record in this period.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>The PDF could not be made.</translation>
    </message>
</context>
<context>
    <name>PatientRegistry</name>
    <message>
        <source>Another patient record already has this national ID number. Search for it instead of registering the person twice.</source>
        <translation>Another patient record already has this national ID number. Search for it instead of registering the person twice.</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>The patient was not found.</translation>
    </message>
    <message>
        <source>An excluded patient is not allocated to a clinician.</source>
        <translation>An excluded patient is not allocated to a clinician.</translation>
    </message>
    <message>
        <source>Patients can only be allocated to an active clinician.</source>
        <translation>Patients can only be allocated to an active clinician.</translation>
    </message>
    <message>
        <source>This referral has been allocated by someone else in the meantime. The list now shows where things stand.</source>
        <translation>This referral has been allocated by someone else in the meantime. The list now shows where things stand.</translation>
    </message>
</context>
<context>
    <name>PatientSearch</name>
    <message numerus="yes">
        <source>Ask for between 1 and %n patients at a time.</source>
        <translation>
            <numerusform>Ask for between 1 and %n patient at a time.</numerusform>
            <numerusform>Ask for between 1 and %n patients at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search for at most %n characters.</source>
        <translation>
            <numerusform>Search for at most %n character.</numerusform>
            <numerusform>Search for at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientStates</name>
    <message>
        <source>Enquiry</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Eligibility assessment</source>
        <translation>Eligibility assessment</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Included</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation>In treatment</translation>
    </message>
    <message>
        <source>Treatment ended</source>
        <translation>Treatment ended</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>A patient in the state “%1” cannot move to “%2”. Nothing was changed.</source>
        <extracomment>%1 and %2 are pathway states, e.g. &quot;Waiting list&quot; and &quot;In treatment&quot;.</extracomment>
        <translation>A patient in the state “%1” cannot move to “%2”. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>PatientTimeline</name>
    <message>
        <source>Registered: %1</source>
        <extracomment>%1 is a pathway state such as &quot;Waiting list&quot;.</extracomment>
        <translation>Registered: %1</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Moved to %1</translation>
    </message>
    <message>
        <source>Urgent referral registered (%1)</source>
        <extracomment>%1 is a referral channel such as &quot;GP&quot;</extracomment>
        <translation>Urgent referral registered (%1)</translation>
    </message>
    <message>
        <source>Referral registered (%1)</source>
        <translation>Referral registered (%1)</translation>
    </message>
    <message>
        <source>Allocated to a clinician</source>
        <translation>Allocated to a clinician</translation>
    </message>
    <message>
        <source>First appointment offered</source>
        <translation>First appointment offered</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 kind of session, %2 attendance, e.g. &quot;Treatment session: Attended&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Eligibility assessment started</source>
        <translation>Eligibility assessment started</translation>
    </message>
    <message>
        <source>Eligibility decided: included</source>
        <translation>Eligibility decided: included</translation>
    </message>
    <message>
        <source>Eligibility decided: excluded</source>
        <translation>Eligibility decided: excluded</translation>
    </message>
    <message>
        <source>Referred onward to %1</source>
        <extracomment>%1 is a recipient such as &quot;GP&quot;</extracomment>
        <translation>Referred onward to %1</translation>
    </message>
    <message>
        <source>Unmet need recorded</source>
        <translation>Unmet need recorded</translation>
    </message>
    <message>
        <source>Assessment package started</source>
        <translation>Assessment package started</translation>
    </message>
    <message>
        <source>%1 completed (%2)</source>
        <extracomment>%1 instrument name, %2 timepoint such as &quot;Intake&quot;</extracomment>
        <translation>%1 completed (%2)</translation>
    </message>
    <message>
        <source>%1 declined (%2)</source>
        <translation>%1 declined (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Treatment plan of %n session(s)</source>
        <translation>
            <numerusform>Treatment plan of %n session</numerusform>
            <numerusform>Treatment plan of %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Treatment plan changed to %n session(s)</source>
        <translation>
            <numerusform>Treatment plan changed to %n session</numerusform>
            <numerusform>Treatment plan changed to %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Addendum signed</source>
        <translation>Addendum signed</translation>
    </message>
    <message>
        <source>Note signed</source>
        <translation>Note signed</translation>
    </message>
    <message>
        <source>Addendum signed (deleted after a request)</source>
        <translation>Addendum signed (deleted after a request)</translation>
    </message>
    <message>
        <source>Note signed (deleted after a request)</source>
        <translation>Note signed (deleted after a request)</translation>
    </message>
    <message>
        <source>Deletion of a note requested</source>
        <translation>Deletion of a note requested</translation>
    </message>
    <message>
        <source>Deletion request approved</source>
        <translation>Deletion request approved</translation>
    </message>
    <message>
        <source>Deletion request refused</source>
        <translation>Deletion request refused</translation>
    </message>
    <message>
        <source>Duty assessed and signed: %1</source>
        <extracomment>%1 names the duty, e.g. &quot;Duty to inform child welfare&quot;</extracomment>
        <translation>Duty assessed and signed: %1</translation>
    </message>
    <message>
        <source>Duty follow-up closed</source>
        <translation>Duty follow-up closed</translation>
    </message>
    <message>
        <source>Duty follow-up recorded</source>
        <translation>Duty follow-up recorded</translation>
    </message>
    <message>
        <source>Departure from the standard: %1</source>
        <extracomment>%1 names the departure, e.g. &quot;Treatment plan outside 16–20 sessions&quot;</extracomment>
        <translation>Departure from the standard: %1</translation>
    </message>
    <message numerus="yes">
        <source>Treatment ended: %1 after %n attended session(s)</source>
        <extracomment>%1 end reason such as &quot;Completed&quot;; %n attended sessions</extracomment>
        <translation>
            <numerusform>Treatment ended: %1 after %n attended session</numerusform>
            <numerusform>Treatment ended: %1 after %n attended sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up started</source>
        <translation>Follow-up started</translation>
    </message>
</context>
<context>
    <name>PatientWrite</name>
    <message>
        <source>The patient was not found.</source>
        <translation>The patient was not found.</translation>
    </message>
    <message>
        <source>This cannot be done while the patient is in the state “%1”. Nothing was changed.</source>
        <extracomment>%1 is a pathway state such as &quot;Waiting list&quot;.</extracomment>
        <translation>This cannot be done while the patient is in the state “%1”. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <source>Whole clinic</source>
        <translation>Whole clinic</translation>
    </message>
    <message>
        <source>Waiting times and referrals</source>
        <translation>Waiting times and referrals</translation>
    </message>
    <message>
        <source>How long referrals waited for their first appointment, and where referrals came from.</source>
        <translation>How long referrals waited for their first appointment, and where referrals came from.</translation>
    </message>
    <message>
        <source>Waiting time from referral to first appointment</source>
        <translation>Waiting time from referral to first appointment</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <source>First appointments</source>
        <translation>First appointments</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Median (days)</translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation>90th percentile (days)</translation>
    </message>
    <message>
        <source>Referrals whose first appointment was offered in the period; days from the referral&apos;s arrival to the day of the first appointment offered.</source>
        <translation>Referrals whose first appointment was offered in the period; days from the referral&apos;s arrival to the day of the first appointment offered.</translation>
    </message>
    <message>
        <source>Waiting time by month</source>
        <translation>Waiting time by month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>By the month of the first appointment offered.</source>
        <translation>By the month of the first appointment offered.</translation>
    </message>
    <message>
        <source>Referrals by channel</source>
        <translation>Referrals by channel</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Referrals received in the period.</source>
        <translation>Referrals received in the period.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Referrals by urgency</source>
        <translation>Referrals by urgency</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Assessment package</source>
        <translation>Assessment package</translation>
    </message>
    <message>
        <source>How much of the assessment package was completed at each timepoint.</source>
        <translation>How much of the assessment package was completed at each timepoint.</translation>
    </message>
    <message>
        <source>Completion by timepoint</source>
        <translation>Completion by timepoint</translation>
    </message>
    <message>
        <source>Timepoint</source>
        <translation>Timepoint</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Patients complete</source>
        <translation>Patients complete</translation>
    </message>
    <message>
        <source>Instruments due</source>
        <translation>Instruments due</translation>
    </message>
    <message>
        <source>Instruments completed</source>
        <translation>Instruments completed</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Patients with outstanding instruments</source>
        <translation>Patients with outstanding instruments</translation>
    </message>
    <message>
        <source>Intake: packages started in the period. End: treatments ended in the period. Follow-up: follow-ups started in the period. Declined instruments have a recorded reason and are not counted as completed.</source>
        <translation>Intake: packages started in the period. End: treatments ended in the period. Follow-up: follow-ups started in the period. Declined instruments have a recorded reason and are not counted as completed.</translation>
    </message>
    <message>
        <source>%1: completed</source>
        <extracomment>Column of instruments completed at a timepoint (%1: Intake, End of treatment, Follow-up)</extracomment>
        <translation>%1: completed</translation>
    </message>
    <message>
        <source>Completion by clinician</source>
        <translation>Completion by clinician</translation>
    </message>
    <message>
        <source>Share of due instruments completed, by the patient&apos;s clinician.</source>
        <translation>Share of due instruments completed, by the patient&apos;s clinician.</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Whether every criterion was answered, and decisions that depart from what the criteria give.</source>
        <translation>Whether every criterion was answered, and decisions that depart from what the criteria give.</translation>
    </message>
    <message>
        <source>Eligibility assessments by assessor</source>
        <translation>Eligibility assessments by assessor</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Every criterion answered</source>
        <translation>Every criterion answered</translation>
    </message>
    <message>
        <source>Share answered</source>
        <translation>Share answered</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Included</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Overrides</translation>
    </message>
    <message>
        <source>Assessments decided in the period, and those begun in it and still open. An override is a decision other than the one the answers give.</source>
        <translation>Assessments decided in the period, and those begun in it and still open. An override is a decision other than the one the answers give.</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>The criteria gave</source>
        <translation>The criteria gave</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Overrides of the criteria</source>
        <translation>Overrides of the criteria</translation>
    </message>
    <message>
        <source>The reasons are clinical content.</source>
        <translation>The reasons are clinical content.</translation>
    </message>
    <message>
        <source>Open a row to read the assessor&apos;s reason.</source>
        <translation>Open a row to read the assessor&apos;s reason.</translation>
    </message>
    <message>
        <source>(withheld: you are blocked from this record)</source>
        <translation>(withheld: you are blocked from this record)</translation>
    </message>
    <message>
        <source>Treatment length</source>
        <translation>Treatment length</translation>
    </message>
    <message>
        <source>Attended treatment sessions against the standard&apos;s %1–%2 sessions.</source>
        <translation>Attended treatment sessions against the standard&apos;s %1–%2 sessions.</translation>
    </message>
    <message>
        <source>Attended sessions of ended treatments</source>
        <translation>Attended sessions of ended treatments</translation>
    </message>
    <message>
        <source>Attended sessions</source>
        <translation>Attended sessions</translation>
    </message>
    <message>
        <source>Ended treatments</source>
        <translation>Ended treatments</translation>
    </message>
    <message>
        <source>Treatments that started and ended in the period.</source>
        <translation>Treatments that started and ended in the period.</translation>
    </message>
    <message>
        <source>The standard: %1–%2 sessions</source>
        <translation>The standard: %1–%2 sessions</translation>
    </message>
    <message>
        <source>Ended treatments against the standard</source>
        <translation>Ended treatments against the standard</translation>
    </message>
    <message>
        <source>Fewer than %1</source>
        <translation>Fewer than %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>More than %1</source>
        <translation>More than %1</translation>
    </message>
    <message>
        <source>Ended treatments by clinician</source>
        <translation>Ended treatments by clinician</translation>
    </message>
    <message>
        <source>Within the standard</source>
        <translation>Within the standard</translation>
    </message>
    <message>
        <source>Why treatments ended</source>
        <translation>Why treatments ended</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>End reason</translation>
    </message>
    <message>
        <source>Treatment plans outside %1–%2 sessions</source>
        <translation>Treatment plans outside %1–%2 sessions</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Outside</translation>
    </message>
    <message>
        <source>Plans made or changed in the period, by the planned number of sessions.</source>
        <translation>Plans made or changed in the period, by the planned number of sessions.</translation>
    </message>
    <message>
        <source>Onward referral</source>
        <translation>Onward referral</translation>
    </message>
    <message>
        <source>Needs the service does not cover, and how they were followed up.</source>
        <translation>Needs the service does not cover, and how they were followed up.</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Unmet needs</translation>
    </message>
    <message>
        <source>Needs found</source>
        <translation>Needs found</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Referred onward</translation>
    </message>
    <message>
        <source>Reason recorded</source>
        <translation>Reason recorded</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Neither</translation>
    </message>
    <message>
        <source>Needs found in the period. &quot;Neither&quot; departs from the standard: no onward referral and no recorded reason.</source>
        <translation>Needs found in the period. &quot;Neither&quot; departs from the standard: no onward referral and no recorded reason.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage (%1 is the number, already formatted)</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fidelity to the national standard</source>
        <translation>Fidelity to the national standard</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Report subtitle: %1 the clinic, %2 the period</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PeriodReportExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>PeriodReportPdf</name>
    <message>
        <source>Made %1 %2 by %3</source>
        <extracomment>Under a report&apos;s title: when and by whom it was made</extracomment>
        <translation>Made %1 %2 by %3</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>The PDF could not be made.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>You are waiting for access to clinical records. A unit leader must grant it first.</source>
        <translation>You are waiting for access to clinical records. A unit leader must grant it first.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
</context>
<context>
    <name>RecordPageCatalog</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Sessions and notes</source>
        <translation>Sessions and notes</translation>
    </message>
    <message>
        <source>Duty to report</source>
        <translation>Duty to report</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Assessment package</source>
        <translation>Assessment package</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Treatment plan</translation>
    </message>
    <message>
        <source>Onward referral</source>
        <translation>Onward referral</translation>
    </message>
    <message>
        <source>End of treatment</source>
        <translation>End of treatment</translation>
    </message>
</context>
<context>
    <name>RecurringSeries</name>
    <message>
        <source>Choose the time of the first session.</source>
        <translation>Choose the time of the first session.</translation>
    </message>
    <message numerus="yes">
        <source>A series has from 1 to %n sessions.</source>
        <translation>
            <numerusform>A series has from 1 to %n session.</numerusform>
            <numerusform>A series has from 1 to %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions of a series are from 1 to %n weeks apart.</source>
        <translation>
            <numerusform>Sessions of a series are from 1 to %n week apart.</numerusform>
            <numerusform>Sessions of a series are from 1 to %n weeks apart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 of %2 cannot be booked. %3</source>
        <extracomment>%1 and %2 count the sessions of a series; %3 is the reason, a whole sentence.</extracomment>
        <translation>Session %1 of %2 cannot be booked. %3</translation>
    </message>
    <message>
        <source>The series was not found.</source>
        <translation>The series was not found.</translation>
    </message>
</context>
<context>
    <name>ReferralCodes</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Self-referral (letter or in person)</source>
        <translation>Self-referral (letter or in person)</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Other specialist health service</source>
        <translation>Other specialist health service</translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation>Child welfare</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Correctional service</source>
        <translation>Correctional service</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>ReferralImport</name>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported.</source>
        <translation>
            <numerusform>%n row cannot be imported; nothing was imported.</numerusform>
            <numerusform>%n rows cannot be imported; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was imported.</source>
        <translation>The file cannot be imported; nothing was imported.</translation>
    </message>
    <message>
        <source>The file is not valid CSV; nothing was imported.</source>
        <translation>The file is not valid CSV; nothing was imported.</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>The file is empty; the first line must name the columns.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; the columns are: %2.</source>
        <extracomment>%1 a column name from the file, %2 the list of known columns</extracomment>
        <translation>Unknown column “%1”; the columns are: %2.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>The column “%1” appears twice.</translation>
    </message>
    <message>
        <source>The required column “%1” is missing.</source>
        <translation>The required column “%1” is missing.</translation>
    </message>
    <message>
        <source>The file has a header but no referrals.</source>
        <translation>The file has a header but no referrals.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header names %2.</source>
        <translation>The row has %1 fields; the header names %2.</translation>
    </message>
    <message>
        <source>The same national ID number is on line %1.</source>
        <translation>The same national ID number is on line %1.</translation>
    </message>
    <message>
        <source>A patient with this national ID number is already registered.</source>
        <translation>A patient with this national ID number is already registered.</translation>
    </message>
    <message>
        <source>“received” is empty; write the date as YYYY-MM-DD.</source>
        <translation>“received” is empty; write the date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“received” is not a date of the form YYYY-MM-DD.</source>
        <translation>“received” is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“channel” is empty.</source>
        <translation>“channel” is empty.</translation>
    </message>
    <message>
        <source>“channel” must be one of: %1.</source>
        <extracomment>%1 lists the allowed values</extracomment>
        <translation>“channel” must be one of: %1.</translation>
    </message>
    <message>
        <source>“urgency” must be normal or urgent.</source>
        <translation>“urgency” must be normal or urgent.</translation>
    </message>
    <message>
        <source>“birth_year” must be a year of four digits.</source>
        <translation>“birth_year” must be a year of four digits.</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>The patient was not found.</source>
        <translation>The patient was not found.</translation>
    </message>
    <message>
        <source>This patient has no referral yet.</source>
        <translation>This patient has no referral yet.</translation>
    </message>
    <message>
        <source>The referral needs the date it was received.</source>
        <translation>The referral needs the date it was received.</translation>
    </message>
    <message>
        <source>The date received lies in the future.</source>
        <translation>The date received lies in the future.</translation>
    </message>
    <message numerus="yes">
        <source>The referrer&apos;s organisation is longer than %n characters.</source>
        <translation>
            <numerusform>The referrer&apos;s organisation is longer than %n character.</numerusform>
            <numerusform>The referrer&apos;s organisation is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person was under 18 when referred; the service is for adults.</source>
        <translation>The person was under 18 when referred; the service is for adults.</translation>
    </message>
    <message>
        <source>An import creates new records only.</source>
        <translation>An import creates new records only.</translation>
    </message>
    <message>
        <source>The person was under 18 when referred. Exclude the referral with an onward referral instead of placing it on the waiting list.</source>
        <translation>The person was under 18 when referred. Exclude the referral with an onward referral instead of placing it on the waiting list.</translation>
    </message>
    <message>
        <source>Only a person known to be under 18 is excluded straight from the referral; others go through the eligibility assessment.</source>
        <translation>Only a person known to be under 18 is excluded straight from the referral; others go through the eligibility assessment.</translation>
    </message>
    <message>
        <source>The offered appointment needs a date.</source>
        <translation>The offered appointment needs a date.</translation>
    </message>
    <message>
        <source>The first appointment cannot be before the referral was received.</source>
        <translation>The first appointment cannot be before the referral was received.</translation>
    </message>
</context>
<context>
    <name>RegistryConsent</name>
    <message>
        <source>Informed about the registry</source>
        <translation>Informed about the registry</translation>
    </message>
    <message>
        <source>Consented to the registry</source>
        <translation>Consented to the registry</translation>
    </message>
    <message>
        <source>Declined the registry</source>
        <translation>Declined the registry</translation>
    </message>
    <message>
        <source>Withdrew registry consent</source>
        <translation>Withdrew registry consent</translation>
    </message>
    <message>
        <source>The registry status needs a date that is not in the future.</source>
        <translation>The registry status needs a date that is not in the future.</translation>
    </message>
    <message>
        <source>Register the referral before recording registry consent.</source>
        <translation>Register the referral before recording registry consent.</translation>
    </message>
    <message>
        <source>The patient has withdrawn registry consent. A withdrawal is final: the patient stays out of every later export.</source>
        <translation>The patient has withdrawn registry consent. A withdrawal is final: the patient stays out of every later export.</translation>
    </message>
    <message>
        <source>Record that the patient was informed about the registry first.</source>
        <translation>Record that the patient was informed about the registry first.</translation>
    </message>
    <message>
        <source>Only a patient who has consented can withdraw consent.</source>
        <translation>Only a patient who has consented can withdraw consent.</translation>
    </message>
    <message>
        <source>The date is earlier than the patient&apos;s last registry event.</source>
        <translation>The date is earlier than the patient&apos;s last registry event.</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <source>The export did not match its own format, so it was not written. This is a fault in Forløp; please report it.</source>
        <translation>The export did not match its own format, so it was not written. This is a fault in Forløp; please report it.</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Made %1 %2 by %3</source>
        <extracomment>CSV line: when and by whom a report was made</extracomment>
        <translation>Made %1 %2 by %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>CSV line naming a table: section – table</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ReportPatients</name>
    <message numerus="yes">
        <source>Ask for at most %n patients at a time.</source>
        <translation>
            <numerusform>Ask for at most %n patient at a time.</numerusform>
            <numerusform>Ask for at most %n patients at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Choose a valid first and last day for the period.</source>
        <translation>Choose a valid first and last day for the period.</translation>
    </message>
    <message>
        <source>The period&apos;s first day must not be after its last day.</source>
        <translation>The period&apos;s first day must not be after its last day.</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>Choose a period of at most ten years.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A report&apos;s period: first day–last day</extracomment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restores a backup to a new database file, then checks it as the check command does.</source>
        <translation>Restores a backup to a new database file, then checks it as the check command does.</translation>
    </message>
    <message>
        <source>The backup&apos;s folder (or the database file inside it).</source>
        <translation>The backup&apos;s folder (or the database file inside it).</translation>
    </message>
    <message>
        <source>Where to put the restored database; its key file is written beside it. An existing database is only replaced with --replace.</source>
        <translation>Where to put the restored database; its key file is written beside it. An existing database is only replaced with --replace.</translation>
    </message>
    <message>
        <source>Your user name (with --password-stdin).</source>
        <translation>Your user name (with --password-stdin).</translation>
    </message>
    <message>
        <source>Read your password from the first line of standard input.</source>
        <translation>Read your password from the first line of standard input.</translation>
    </message>
    <message>
        <source>Read the clinic&apos;s recovery key from the first line of standard input, instead of a user name and password.</source>
        <translation>Read the clinic&apos;s recovery key from the first line of standard input, instead of a user name and password.</translation>
    </message>
    <message>
        <source>Replace a database that already exists at NEW-DB. It is kept beside the restored one as NEW-DB.replaced-TIME, and it must not be open in Forløp.</source>
        <translation>Replace a database that already exists at NEW-DB. It is kept beside the restored one as NEW-DB.replaced-TIME, and it must not be open in Forløp.</translation>
    </message>
    <message>
        <source>your password, or the recovery key with --recovery-key-stdin</source>
        <translation>your password, or the recovery key with --recovery-key-stdin</translation>
    </message>
    <message>
        <source>Give either --user USER --password-stdin or --recovery-key-stdin.</source>
        <translation>Give either --user USER --password-stdin or --recovery-key-stdin.</translation>
    </message>
    <message>
        <source>Missing option: --user USER</source>
        <translation>Missing option: --user USER</translation>
    </message>
    <message>
        <source>--user is not used with --recovery-key-stdin.</source>
        <translation>--user is not used with --recovery-key-stdin.</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>the recovery key</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>your password</translation>
    </message>
    <message>
        <source>Restored %1 to %2.</source>
        <translation>Restored %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>The restored clinic did not pass the check. Try an older backup.</source>
        <translation>The restored clinic did not pass the check. Try an older backup.</translation>
    </message>
    <message>
        <source>The restored clinic is healthy.</source>
        <translation>The restored clinic is healthy.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation>Unit leader</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Rooms</name>
    <message>
        <source>Give the room a name.</source>
        <translation>Give the room a name.</translation>
    </message>
    <message numerus="yes">
        <source>A room name can have at most %n characters.</source>
        <translation>
            <numerusform>A room name can have at most %n character.</numerusform>
            <numerusform>A room name can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a room named “%1”.</source>
        <translation>There is already a room named “%1”.</translation>
    </message>
    <message>
        <source>The room was not found.</source>
        <translation>The room was not found.</translation>
    </message>
</context>
<context>
    <name>ScaleGenerator</name>
    <message>
        <source>The benchmark clinic could not be built (%1): %2</source>
        <translation>The benchmark clinic could not be built (%1): %2</translation>
    </message>
    <message>
        <source>A benchmark clinic needs at least one patient and one clinician.</source>
        <translation>A benchmark clinic needs at least one patient and one clinician.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This database was written by a newer version of Forløp (schema %1; this program knows up to %2). Install the newer version; the file was not changed.</source>
        <translation>This database was written by a newer version of Forløp (schema %1; this program knows up to %2). Install the newer version; the file was not changed.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed a consistency check; nothing was changed.</source>
        <translation>Upgrading the database to schema %1 failed a consistency check; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>Eligibility assessment</source>
        <translation>Eligibility assessment</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Treatment session</source>
        <translation>Treatment session</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Cancelled by the patient</source>
        <translation>Cancelled by the patient</translation>
    </message>
    <message>
        <source>Cancelled by the clinic</source>
        <translation>Cancelled by the clinic</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Did not attend</translation>
    </message>
    <message>
        <source>The session needs a start time.</source>
        <translation>The session needs a start time.</translation>
    </message>
    <message>
        <source>A session lasts between 1 and 480 minutes.</source>
        <translation>A session lasts between 1 and 480 minutes.</translation>
    </message>
    <message>
        <source>Attendance can only be recorded for a session that has begun.</source>
        <translation>Attendance can only be recorded for a session that has begun.</translation>
    </message>
    <message>
        <source>A session of the kind “%1” does not fit a patient in the state “%2”.</source>
        <extracomment>%1 a kind of session, %2 a pathway state</extracomment>
        <translation>A session of the kind “%1” does not fit a patient in the state “%2”.</translation>
    </message>
    <message>
        <source>The patient is not allocated to a clinician; say who held the session.</source>
        <translation>The patient is not allocated to a clinician; say who held the session.</translation>
    </message>
    <message>
        <source>Sessions are held by a clinician.</source>
        <translation>Sessions are held by a clinician.</translation>
    </message>
    <message>
        <source>The session was not found.</source>
        <translation>The session was not found.</translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>Your key is missing from the key file; nothing was signed.</source>
        <translation>Your key is missing from the key file; nothing was signed.</translation>
    </message>
    <message>
        <source>The password is not right; nothing was signed.</source>
        <translation>The password is not right; nothing was signed.</translation>
    </message>
</context>
<context>
    <name>StandardInput</name>
    <message>
        <source>Line %1 of standard input is longer than %2 bytes.</source>
        <translation>Line %1 of standard input is longer than %2 bytes.</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Counts patients by state, referrals, appointments, sessions, signed notes and duty-to-report records (unit leaders and administrators). No patient is named.</source>
        <translation>Counts patients by state, referrals, appointments, sessions, signed notes and duty-to-report records (unit leaders and administrators). No patient is named.</translation>
    </message>
    <message>
        <source>Write the counts as JSON, for scripts.</source>
        <translation>Write the counts as JSON, for scripts.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Urgent referrals</source>
        <translation>Urgent referrals</translation>
    </message>
    <message>
        <source>Imported referrals</source>
        <translation>Imported referrals</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Signed notes</source>
        <translation>Signed notes</translation>
    </message>
    <message>
        <source>Signed addenda</source>
        <translation>Signed addenda</translation>
    </message>
    <message>
        <source>Unsigned drafts</source>
        <translation>Unsigned drafts</translation>
    </message>
    <message>
        <source>Duty-to-report records</source>
        <translation>Duty-to-report records</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Onward referrals</source>
        <translation>Onward referrals</translation>
    </message>
    <message>
        <source>Ended treatments</source>
        <translation>Ended treatments</translation>
    </message>
    <message>
        <source>Departures from the national standard</source>
        <translation>Departures from the national standard</translation>
    </message>
    <message>
        <source>Registry consent given</source>
        <translation>Registry consent given</translation>
    </message>
    <message>
        <source>Registry consent withdrawn</source>
        <translation>Registry consent withdrawn</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Active users</translation>
    </message>
</context>
<context>
    <name>ThemeCatalogue</name>
    <message>
        <source>The theme catalogue version was not found.</source>
        <translation>The theme catalogue version was not found.</translation>
    </message>
    <message>
        <source>A theme catalogue needs a name and at least one theme.</source>
        <translation>A theme catalogue needs a name and at least one theme.</translation>
    </message>
    <message>
        <source>Every theme needs its own code of lower-case letters, digits or underscores, and a title.</source>
        <translation>Every theme needs its own code of lower-case letters, digits or underscores, and a title.</translation>
    </message>
    <message>
        <source>Motivation and goals</source>
        <translation>Motivation and goals</translation>
    </message>
    <message>
        <source>Sexuality and sexual interest</source>
        <translation>Sexuality and sexual interest</translation>
    </message>
    <message>
        <source>Emotions and self-regulation</source>
        <translation>Emotions and self-regulation</translation>
    </message>
    <message>
        <source>Relationships, intimacy and loneliness</source>
        <translation>Relationships, intimacy and loneliness</translation>
    </message>
    <message>
        <source>Thoughts that permit abuse</source>
        <translation>Thoughts that permit abuse</translation>
    </message>
    <message>
        <source>Risk situations and coping</source>
        <translation>Risk situations and coping</translation>
    </message>
    <message>
        <source>A good life: plans and values</source>
        <translation>A good life: plans and values</translation>
    </message>
    <message>
        <source>Personal prevention plan</source>
        <translation>Personal prevention plan</translation>
    </message>
    <message>
        <source>Ending and follow-up</source>
        <translation>Ending and follow-up</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Internal error: the transaction has already ended.</source>
        <translation>Internal error: the transaction has already ended.</translation>
    </message>
</context>
<context>
    <name>TreatmentPlans</name>
    <message numerus="yes">
        <source>A plan has between 1 and %n sessions.</source>
        <translation>
            <numerusform>A plan has between 1 and %n session.</numerusform>
            <numerusform>A plan has between 1 and %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The national advice is 16 to 20 sessions. Write why this plan has %n; it is recorded as a departure from the standard.</source>
        <translation>
            <numerusform>The national advice is 16 to 20 sessions. Write why this plan has %n; it is recorded as a departure from the standard.</numerusform>
            <numerusform>The national advice is 16 to 20 sessions. Write why this plan has %n; it is recorded as a departure from the standard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Themes can only be planned for sessions 1 to %n.</source>
        <translation>
            <numerusform>Themes can only be planned for sessions 1 to %n.</numerusform>
            <numerusform>Themes can only be planned for sessions 1 to %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A theme is not part of this plan&apos;s theme catalogue.</source>
        <translation>A theme is not part of this plan&apos;s theme catalogue.</translation>
    </message>
    <message>
        <source>This patient has no treatment plan yet.</source>
        <translation>This patient has no treatment plan yet.</translation>
    </message>
    <message>
        <source>Treatment cannot start before the patient is identified: record the name and national ID number first.</source>
        <translation>Treatment cannot start before the patient is identified: record the name and national ID number first.</translation>
    </message>
    <message>
        <source>Make the treatment plan before treatment starts.</source>
        <translation>Make the treatment plan before treatment starts.</translation>
    </message>
    <message numerus="yes">
        <source>%n intake instrument(s) are neither completed nor declined. Complete the assessment package, or write why treatment starts without it; that is recorded as a departure from the standard.</source>
        <translation>
            <numerusform>%n intake instrument is neither completed nor declined. Complete the assessment package, or write why treatment starts without it; that is recorded as a departure from the standard.</numerusform>
            <numerusform>%n intake instruments are neither completed nor declined. Complete the assessment package, or write why treatment starts without it; that is recorded as a departure from the standard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnmetNeeds</name>
    <message>
        <source>The unmet need was not found.</source>
        <translation>The unmet need was not found.</translation>
    </message>
    <message>
        <source>The need needs the date it was found, not in the future.</source>
        <translation>The need needs the date it was found, not in the future.</translation>
    </message>
    <message>
        <source>Describe the need.</source>
        <translation>Describe the need.</translation>
    </message>
    <message>
        <source>The need has already been followed up.</source>
        <translation>The need has already been followed up.</translation>
    </message>
    <message>
        <source>That onward referral belongs to another patient.</source>
        <translation>That onward referral belongs to another patient.</translation>
    </message>
    <message>
        <source>Write why there is no onward referral.</source>
        <translation>Write why there is no onward referral.</translation>
    </message>
</context>
<context>
    <name>UserAddCommand</name>
    <message>
        <source>Creates a user account with one or more roles (administrators only).</source>
        <translation>Creates a user account with one or more roles (administrators only).</translation>
    </message>
    <message>
        <source>The new user&apos;s sign-in name.</source>
        <translation>The new user&apos;s sign-in name.</translation>
    </message>
    <message>
        <source>The new user&apos;s roles, separated by commas: secretary, clinician, unit_leader, administrator.</source>
        <extracomment>Keep the role identifiers (secretary, …) untranslated: they are typed as shown</extracomment>
        <translation>The new user&apos;s roles, separated by commas: secretary, clinician, unit_leader, administrator.</translation>
    </message>
    <message>
        <source>The new user&apos;s full name, as shown to colleagues and in a patient&apos;s access log.</source>
        <translation>The new user&apos;s full name, as shown to colleagues and in a patient&apos;s access log.</translation>
    </message>
    <message>
        <source>psychologist or psychiatrist; required for the clinician role.</source>
        <extracomment>Keep psychologist and psychiatrist untranslated: they are typed as shown</extracomment>
        <translation>psychologist or psychiatrist; required for the clinician role.</translation>
    </message>
    <message>
        <source>The new user&apos;s HPR number (health personnel register).</source>
        <translation>The new user&apos;s HPR number (health personnel register).</translation>
    </message>
    <message>
        <source>the new user&apos;s initial password</source>
        <translation>the new user&apos;s initial password</translation>
    </message>
    <message>
        <source>Unknown role in &quot;%1&quot;. The roles are secretary, clinician, unit_leader and administrator, separated by commas.</source>
        <extracomment>%1 is what was typed after --role; keep the role identifiers untranslated</extracomment>
        <translation>Unknown role in &quot;%1&quot;. The roles are secretary, clinician, unit_leader and administrator, separated by commas.</translation>
    </message>
    <message>
        <source>Unknown profession &quot;%1&quot;. The professions are psychologist and psychiatrist.</source>
        <extracomment>%1 is what was typed after --profession; keep psychologist and psychiatrist untranslated</extracomment>
        <translation>Unknown profession &quot;%1&quot;. The professions are psychologist and psychiatrist.</translation>
    </message>
    <message>
        <source>Created the user %1 (%2).</source>
        <translation>Created the user %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is waiting for access to clinical records until a unit leader grants it (forlop-admin grant-clinical).</source>
        <translation>%1 is waiting for access to clinical records until a unit leader grants it (forlop-admin grant-clinical).</translation>
    </message>
</context>
<context>
    <name>UserAdmin</name>
    <message>
        <source>A user name has 2 to 40 letters (a–z), digits, dots, dashes or underscores.</source>
        <translation>A user name has 2 to 40 letters (a–z), digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>There is no active user named %1.</source>
        <translation>There is no active user named %1.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>A user needs at least one role.</translation>
    </message>
    <message>
        <source>A clinician must be a psychologist or a psychiatrist.</source>
        <translation>A clinician must be a psychologist or a psychiatrist.</translation>
    </message>
    <message>
        <source>The user name %1 is taken (users are never deleted).</source>
        <translation>The user name %1 is taken (users are never deleted).</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>The last active administrator cannot be deactivated.</translation>
    </message>
    <message>
        <source>Your entry in the key file is missing.</source>
        <translation>Your entry in the key file is missing.</translation>
    </message>
    <message>
        <source>Your session holds no clinical key to grant.</source>
        <translation>Your session holds no clinical key to grant.</translation>
    </message>
    <message>
        <source>Only clinicians and unit leaders can be given access to clinical records.</source>
        <translation>Only clinicians and unit leaders can be given access to clinical records.</translation>
    </message>
    <message>
        <source>The user has no entry in the key file.</source>
        <translation>The user has no entry in the key file.</translation>
    </message>
</context>
<context>
    <name>UserDeactivateCommand</name>
    <message>
        <source>Deactivates a user account and changes the database key, so the user&apos;s old key opens nothing (administrators only). Users are never deleted.</source>
        <translation>Deactivates a user account and changes the database key, so the user&apos;s old key opens nothing (administrators only). Users are never deleted.</translation>
    </message>
    <message>
        <source>The user to deactivate.</source>
        <translation>The user to deactivate.</translation>
    </message>
    <message>
        <source>Deactivated %1. The database key has been changed; the other users sign in as before.</source>
        <translation>Deactivated %1. The database key has been changed; the other users sign in as before.</translation>
    </message>
</context>
<context>
    <name>UserListCommand</name>
    <message>
        <source>Lists every user account: roles, whether it is active, and its access to clinical records.</source>
        <translation>Lists every user account: roles, whether it is active, and its access to clinical records.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clinical access</source>
        <translation>Clinical access</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Clinical access column of user-list: the user holds the clinical key</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <source>waiting</source>
        <extracomment>Clinical access column of user-list: a clinician or unit leader not yet granted the clinical key</extracomment>
        <translation>waiting</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Clinical access column of user-list: the role has no clinical access</extracomment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>UserPasswdCommand</name>
    <message>
        <source>Changes your own password.</source>
        <translation>Changes your own password.</translation>
    </message>
    <message>
        <source>your new password</source>
        <translation>your new password</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>WaitingTimes</name>
    <message>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>Choose a period whose first day is not after its last.</translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <source>You can change only your own working hours.</source>
        <translation>You can change only your own working hours.</translation>
    </message>
    <message>
        <source>Choose the date the working hours apply from.</source>
        <translation>Choose the date the working hours apply from.</translation>
    </message>
    <message>
        <source>A working period has no valid weekday.</source>
        <translation>A working period has no valid weekday.</translation>
    </message>
    <message>
        <source>A working period on %1 must start before it ends, on whole five minutes.</source>
        <extracomment>%1 is a weekday name.</extracomment>
        <translation>A working period on %1 must start before it ends, on whole five minutes.</translation>
    </message>
    <message>
        <source>Two working periods on %1 overlap.</source>
        <extracomment>%1 is a weekday name.</extracomment>
        <translation>Two working periods on %1 overlap.</translation>
    </message>
    <message>
        <source>An absence or extra time must start before it ends, on whole five minutes.</source>
        <translation>An absence or extra time must start before it ends, on whole five minutes.</translation>
    </message>
    <message>
        <source>Extra working time is for one clinician, not the whole clinic.</source>
        <translation>Extra working time is for one clinician, not the whole clinic.</translation>
    </message>
    <message>
        <source>That absence or extra time was not found.</source>
        <translation>That absence or extra time was not found.</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Extra working time</source>
        <translation>Extra working time</translation>
    </message>
</context>
<context>
    <name>forlop::AccountFields</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few unrelated words are easy to remember.</source>
        <translation>
            <numerusform>Use at least %n character; a few unrelated words are easy to remember.</numerusform>
            <numerusform>Use at least %n characters; a few unrelated words are easy to remember.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>forlop::AddUserDialog</name>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>e.g. kari.nordmann</source>
        <translation>e.g. kari.nordmann</translation>
    </message>
    <message>
        <source>7 to 9 digits</source>
        <translation>7 to 9 digits</translation>
    </message>
    <message>
        <source>Clinicians and unit leaders wait for access to clinical records until a unit leader grants it on this page.</source>
        <translation>Clinicians and unit leaders wait for access to clinical records until a unit leader grants it on this page.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Profession:</translation>
    </message>
    <message>
        <source>&amp;HPR number:</source>
        <translation>&amp;HPR number:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Creating the account and its keys…</source>
        <translation>Creating the account and its keys…</translation>
    </message>
</context>
<context>
    <name>forlop::AllocationClinicianModel</name>
    <message>
        <source>Patients allocated to the clinician in active care</source>
        <translation>Patients allocated to the clinician in active care</translation>
    </message>
    <message numerus="yes">
        <source>Free time in the calendar in the next %n weeks: working hours less booked appointments</source>
        <translation>
            <numerusform>Free time in the calendar in the next %n week: working hours less booked appointments</numerusform>
            <numerusform>Free time in the calendar in the next %n weeks: working hours less booked appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active patients with no appointment booked in the next %n weeks</source>
        <translation>
            <numerusform>Active patients with no appointment booked in the next %n week</numerusform>
            <numerusform>Active patients with no appointment booked in the next %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Column header, kept short: active patients.</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Free time</source>
        <extracomment>Column header, kept short: free time in the calendar in the next 4 weeks.</extracomment>
        <translation>Free time</translation>
    </message>
    <message>
        <source>No appt.</source>
        <extracomment>Column header, kept short: active patients with no appointment booked ahead.</extracomment>
        <translation>No appt.</translation>
    </message>
</context>
<context>
    <name>forlop::AllocationPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Waiting list and allocation</source>
        <translation>Waiting list and allocation</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Allocate</translation>
    </message>
    <message>
        <source>Allocate the chosen referral to the chosen clinician (Ctrl+Return)</source>
        <translation>Allocate the chosen referral to the chosen clinician (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Waiting for a clinician</source>
        <translation>Waiting for a clinician</translation>
    </message>
    <message>
        <source>Clinicians and their load</source>
        <translation>Clinicians and their load</translation>
    </message>
    <message>
        <source>No referrals are waiting for a clinician</source>
        <translation>No referrals are waiting for a clinician</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) waiting for a clinician</source>
        <translation>
            <numerusform>%n referral waiting for a clinician</numerusform>
            <numerusform>%n referrals waiting for a clinician</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a referral and a clinician first.</source>
        <translation>Choose a referral and a clinician first.</translation>
    </message>
    <message>
        <source>%1 is allocated to %2.</source>
        <translation>%1 is allocated to %2.</translation>
    </message>
    <message>
        <source>Choose a referral on the left.</source>
        <translation>Choose a referral on the left.</translation>
    </message>
    <message>
        <source>Choose a clinician for %1 on the right.</source>
        <translation>Choose a clinician for %1 on the right.</translation>
    </message>
    <message>
        <source>Allocate %1 to %2: press Allocate or Ctrl+Return.</source>
        <translation>Allocate %1 to %2: press Allocate or Ctrl+Return.</translation>
    </message>
</context>
<context>
    <name>forlop::AllocationReferralModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Referral received</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>forlop::AssessmentPackagePage</name>
    <message>
        <source>Start the assessment package</source>
        <translation>Start the assessment package</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>The patient is included. Starting the assessment package begins the structured assessment.</source>
        <translation>The patient is included. Starting the assessment package begins the structured assessment.</translation>
    </message>
    <message>
        <source>The assessment package starts once the patient is included.</source>
        <translation>The assessment package starts once the patient is included.</translation>
    </message>
    <message>
        <source>The instruments come from the example catalogue, until the clinic replaces it with the national assessment package.</source>
        <translation>The instruments come from the example catalogue, until the clinic replaces it with the national assessment package.</translation>
    </message>
    <message>
        <source>Instruments of the catalogue &quot;%1&quot;.</source>
        <translation>Instruments of the catalogue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
</context>
<context>
    <name>forlop::AuditFilterBar</name>
    <message>
        <source>Pseudonym, e.g. P-2026-0001</source>
        <translation>Pseudonym, e.g. P-2026-0001</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <source>&amp;Flagged first</source>
        <translation>&amp;Flagged first</translation>
    </message>
    <message>
        <source>Emergency accesses and refused accesses before everything else</source>
        <translation>Emergency accesses and refused accesses before everything else</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>P&amp;atient:</source>
        <translation>P&amp;atient:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>full name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No patient has the pseudonym %1.</source>
        <translation>No patient has the pseudonym %1.</translation>
    </message>
</context>
<context>
    <name>forlop::AuditLogModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>action (outcome)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Emergency access: check that the reason holds.</source>
        <translation>Emergency access: check that the reason holds.</translation>
    </message>
    <message>
        <source>Refused access: someone tried to open a record outside their patients.</source>
        <translation>Refused access: someone tried to open a record outside their patients.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Reason or detail</source>
        <translation>Reason or detail</translation>
    </message>
</context>
<context>
    <name>forlop::BackupController</name>
    <message>
        <source>Backup warning</source>
        <translation>Backup warning</translation>
    </message>
    <message>
        <source>Taking the scheduled backup…</source>
        <translation>Taking the scheduled backup…</translation>
    </message>
    <message>
        <source>Taking a backup before Forløp closes…</source>
        <translation>Taking a backup before Forløp closes…</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Automatic backup: %1</source>
        <extracomment>%1 is core&apos;s message, which names the folder and says the backup failed</extracomment>
        <translation>Automatic backup: %1</translation>
    </message>
    <message>
        <source>Take a backup at the next sign-in.</source>
        <translation>Take a backup at the next sign-in.</translation>
    </message>
</context>
<context>
    <name>forlop::BackupPage</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Backups in the backup folder</source>
        <translation>Backups in the backup folder</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>The backup settings were saved.</source>
        <translation>The backup settings were saved.</translation>
    </message>
    <message>
        <source>This clinic has no verified backup yet.</source>
        <translation>This clinic has no verified backup yet.</translation>
    </message>
    <message>
        <source>No backup folder is set, so no backup is taken automatically.</source>
        <translation>No backup folder is set, so no backup is taken automatically.</translation>
    </message>
    <message numerus="yes">
        <source>Automatic backups to %1 every %n hour(s), and when Forløp closes.</source>
        <translation>
            <numerusform>Automatic backups to %1 every %n hour, and when Forløp closes.</numerusform>
            <numerusform>Automatic backups to %1 every %n hours, and when Forløp closes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a backup folder in the settings above to list its backups here.</source>
        <translation>Choose a backup folder in the settings above to list its backups here.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Another clinic&apos;s backup</source>
        <translation>Another clinic&apos;s backup</translation>
    </message>
    <message>
        <source>The backup was restored to %1 and checked.</source>
        <translation>The backup was restored to %1 and checked.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The backup was restored to %1 and passed its checks.</source>
        <translation>The backup was restored to %1 and passed its checks.</translation>
    </message>
    <message>
        <source>Open it now in a second Forløp window? The clinic open here stays as it is.</source>
        <translation>Open it now in a second Forløp window? The clinic open here stays as it is.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Forløp could not be started for %1.</source>
        <translation>Forløp could not be started for %1.</translation>
    </message>
    <message>
        <source>Last verified backup: %1, today.</source>
        <translation>Last verified backup: %1, today.</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Last verified backup: %1, %n day ago.</numerusform>
            <numerusform>Last verified backup: %1, %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::BackupSettingsBox</name>
    <message>
        <source>Backup settings</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <source>No folder chosen: backups are only taken by hand</source>
        <translation>No folder chosen: backups are only taken by hand</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Choose a folder on another disk, such as a USB disk or a network share. Backups are encrypted like the clinic itself; any current user&apos;s password or the recovery key restores them. Automatic backups run while an administrator or unit leader is signed in, and when Forløp closes.</source>
        <translation>Choose a folder on another disk, such as a USB disk or a network share. Backups are encrypted like the clinic itself; any current user&apos;s password or the recovery key restores them. Automatic backups run while an administrator or unit leader is signed in, and when Forløp closes.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Only an administrator can change these settings.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>Take a backup &amp;every:</source>
        <translation>Take a backup &amp;every:</translation>
    </message>
    <message>
        <source>&amp;Warn when older than:</source>
        <translation>&amp;Warn when older than:</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Give the backup folder as a full path, or choose it.</source>
        <translation>Give the backup folder as a full path, or choose it.</translation>
    </message>
</context>
<context>
    <name>forlop::BackupWarningBar</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Hide until the next sign-in</source>
        <translation>Hide until the next sign-in</translation>
    </message>
</context>
<context>
    <name>forlop::BookedSummary</name>
    <message>
        <source>Booked. Read the time out to the caller:</source>
        <translation>Booked. Read the time out to the caller:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>With:</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>The caller can give the reference when they call again. The letter can be printed now or later from the calendar.</source>
        <translation>The caller can give the reference when they call again. The letter can be printed now or later from the calendar.</translation>
    </message>
    <message>
        <source>%1 (room: %2)</source>
        <extracomment>Where an appointment in person is: %1 the clinic&apos;s address, %2 the room.</extracomment>
        <translation>%1 (room: %2)</translation>
    </message>
    <message>
        <source>At the clinic</source>
        <translation>At the clinic</translation>
    </message>
</context>
<context>
    <name>forlop::BreakGlassDialog</name>
    <message>
        <source>Emergency access</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>This patient is not allocated to you</source>
        <translation>This patient is not allocated to you</translation>
    </message>
    <message numerus="yes">
        <source>You may open the record in an emergency if you need it to give the patient health care now. Write why. The reason is stored with everything you open during the next %n hours. The patient can read it in their access log, and the unit leader reviews every emergency access.</source>
        <translation>
            <numerusform>You may open the record in an emergency if you need it to give the patient health care now. Write why. The reason is stored with everything you open during the next %n hour. The patient can read it in their access log, and the unit leader reviews every emergency access.</numerusform>
            <numerusform>You may open the record in an emergency if you need it to give the patient health care now. Write why. The reason is stored with everything you open during the next %n hours. The patient can read it in their access log, and the unit leader reviews every emergency access.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why you need the record now</source>
        <translation>Why you need the record now</translation>
    </message>
    <message>
        <source>Open with emergency access</source>
        <translation>Open with emergency access</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; %1 so far.</source>
        <translation>
            <numerusform>At least %n character; %1 so far.</numerusform>
            <numerusform>At least %n characters; %1 so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters.</source>
        <translation>
            <numerusform>%n character.</numerusform>
            <numerusform>%n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::CalendarPage</name>
    <message>
        <source>Drag an appointment to move it, or choose it with the arrow keys and press Enter. Right-click or the menu key for more.</source>
        <translation>Drag an appointment to move it, or choose it with the arrow keys and press Enter. Right-click or the menu key for more.</translation>
    </message>
    <message>
        <source>%1, %2 with %3. Release the mouse or press Enter to move it here; Escape leaves it.</source>
        <extracomment>While moving an appointment: %1 the day, %2 the time, %3 the clinician.</extracomment>
        <translation>%1, %2 with %3. Release the mouse or press Enter to move it here; Escape leaves it.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Back (Ctrl+Page Up)</source>
        <translation>Back (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <source>Forward (Ctrl+Page Down)</source>
        <translation>Forward (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>One day</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>Monday to Friday, and the weekend when anyone works then</source>
        <translation>Monday to Friday, and the weekend when anyone works then</translation>
    </message>
    <message>
        <source>Whose calendars to show</source>
        <translation>Whose calendars to show</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <source>Clinicians: %1 of %2</source>
        <extracomment>The button choosing whose calendars show: %1 shown of %2 clinicians.</extracomment>
        <translation>Clinicians: %1 of %2</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <extracomment>The week shown: %1 the week number, %2 and %3 its first and last day.</extracomment>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <source>Appointment &amp;letter…</source>
        <translation>Appointment &amp;letter…</translation>
    </message>
    <message>
        <source>Mark as &amp;attended</source>
        <translation>Mark as &amp;attended</translation>
    </message>
    <message>
        <source>Mark as &amp;no-show</source>
        <translation>Mark as &amp;no-show</translation>
    </message>
    <message>
        <source>Cancel: the &amp;patient called it off…</source>
        <translation>Cancel: the &amp;patient called it off…</translation>
    </message>
    <message>
        <source>Cancel: the &amp;clinic called it off…</source>
        <translation>Cancel: the &amp;clinic called it off…</translation>
    </message>
    <message>
        <source>Moved to %1, %2 with %3.</source>
        <extracomment>After a move: %1 the day, %2 the time, %3 the clinician.</extracomment>
        <translation>Moved to %1, %2 with %3.</translation>
    </message>
    <message>
        <source>The appointment was cancelled; the time is free again.</source>
        <translation>The appointment was cancelled; the time is free again.</translation>
    </message>
    <message>
        <source>Marked as attended.</source>
        <translation>Marked as attended.</translation>
    </message>
    <message>
        <source>Marked as a no-show.</source>
        <translation>Marked as a no-show.</translation>
    </message>
</context>
<context>
    <name>forlop::CalendarView</name>
    <message>
        <source>Arrow keys choose an appointment; Enter starts a move, arrows shift it, Enter confirms and Escape cancels. The menu key opens its actions.</source>
        <extracomment>Accessible description of the calendar, also its tooltip where no appointment is.</extracomment>
        <translation>Arrow keys choose an appointment; Enter starts a move, arrows shift it, Enter confirms and Escape cancels. The menu key opens its actions.</translation>
    </message>
    <message>
        <source>Choose at least one clinician to see.</source>
        <translation>Choose at least one clinician to see.</translation>
    </message>
</context>
<context>
    <name>forlop::CancelDialog</name>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>The &amp;patient called it off</source>
        <translation>The &amp;patient called it off</translation>
    </message>
    <message>
        <source>The &amp;clinic called it off</source>
        <translation>The &amp;clinic called it off</translation>
    </message>
    <message>
        <source>For example: ill, travelling, clinician away</source>
        <translation>For example: ill, travelling, clinician away</translation>
    </message>
    <message>
        <source>The time becomes free for others. The appointment stays on record as cancelled.</source>
        <translation>The time becomes free for others. The appointment stays on record as cancelled.</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Cancel the &amp;appointment</source>
        <translation>Cancel the &amp;appointment</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
<context>
    <name>forlop::CaseloadModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>None booked</source>
        <translation>None booked</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date and time, appointment type</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sessions (16–20)</source>
        <translation>Sessions (16–20)</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Attended treatment sessions against the plan (the line). The shaded band is the 16–20 sessions of the national advice.</source>
        <translation>Attended treatment sessions against the plan (the line). The shaded band is the 16–20 sessions of the national advice.</translation>
    </message>
    <message>
        <source>Your unsigned notes (drafts) for the patient</source>
        <translation>Your unsigned notes (drafts) for the patient</translation>
    </message>
    <message>
        <source>Completed instruments of the assessment package, of those due</source>
        <translation>Completed instruments of the assessment package, of those due</translation>
    </message>
    <message>
        <source>Duty-to-report records whose follow-up is still open</source>
        <translation>Duty-to-report records whose follow-up is still open</translation>
    </message>
    <message>
        <source>Drafts</source>
        <extracomment>Column header, kept short: the number of unsigned notes (drafts).</extracomment>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Package</source>
        <extracomment>Column header, kept short: completion of the assessment package.</extracomment>
        <translation>Package</translation>
    </message>
    <message>
        <source>Duties open</source>
        <extracomment>Column header, kept short: open duty-to-report follow-ups.</extracomment>
        <translation>Duties open</translation>
    </message>
</context>
<context>
    <name>forlop::CaseloadPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <translation>Caseloads</translation>
    </message>
    <message>
        <source>Choose a figure to list the patients behind it. Hover over a column header to see what it counts.</source>
        <translation>Choose a figure to list the patients behind it. Hover over a column header to see what it counts.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
    <message numerus="yes">
        <source>Sessions in the last %n weeks and free time in the next %n weeks, as of %1</source>
        <translation>
            <numerusform>Sessions in the last %n week and free time in the next %n week, as of %1</numerusform>
            <numerusform>Sessions in the last %n weeks and free time in the next %n weeks, as of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No active clinicians.</source>
        <translation>No active clinicians.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Heading of the patient list under the caseloads: the clinician, then what the chosen figure counts.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No patients.</source>
        <translation>No patients.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient record is not available to you.</source>
        <translation>The patient record is not available to you.</translation>
    </message>
</context>
<context>
    <name>forlop::CaseloadTableModel</name>
    <message>
        <source>Active patients in the state “%1”</source>
        <translation>Active patients in the state “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Attended treatment sessions in the last %n weeks</source>
        <translation>
            <numerusform>Attended treatment sessions in the last %n week</numerusform>
            <numerusform>Attended treatment sessions in the last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsigned notes older than %n days</source>
        <translation>
            <numerusform>Unsigned notes older than %n day</numerusform>
            <numerusform>Unsigned notes older than %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Duty-to-report records with the follow-up still open</source>
        <translation>Duty-to-report records with the follow-up still open</translation>
    </message>
    <message numerus="yes">
        <source>Active patients without an appointment in the next %n weeks</source>
        <translation>
            <numerusform>Active patients without an appointment in the next %n week</numerusform>
            <numerusform>Active patients without an appointment in the next %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Active patients</source>
        <translation>Active patients</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Whole hours, as in &quot;149 h&quot;.</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes, as in &quot;149 h 15 min&quot;.</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>Next %n weeks: working time %1, booked %2, free %3</source>
        <translation>
            <numerusform>Next %n week: working time %1, booked %2, free %3</numerusform>
            <numerusform>Next %n weeks: working time %1, booked %2, free %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Patients: %1</source>
        <extracomment>Tooltip of a count of sessions or notes: how many patients they belong to.</extracomment>
        <translation>Patients: %1</translation>
    </message>
    <message>
        <source>Active patients now in the state “%1”</source>
        <translation>Active patients now in the state “%1”</translation>
    </message>
    <message>
        <source>Patients allocated to the clinician in active care (referred to in treatment)</source>
        <translation>Patients allocated to the clinician in active care (referred to in treatment)</translation>
    </message>
    <message numerus="yes">
        <source>Free time in the calendar in the next %n weeks: working hours less booked appointments</source>
        <translation>
            <numerusform>Free time in the calendar in the next %n week: working hours less booked appointments</numerusform>
            <numerusform>Free time in the calendar in the next %n weeks: working hours less booked appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clinician&apos;s unsigned notes (drafts) older than %n days</source>
        <translation>
            <numerusform>The clinician&apos;s unsigned notes (drafts) older than %n day</numerusform>
            <numerusform>The clinician&apos;s unsigned notes (drafts) older than %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed duty-to-report records assessed by the clinician whose follow-up is still open</source>
        <translation>Signed duty-to-report records assessed by the clinician whose follow-up is still open</translation>
    </message>
    <message numerus="yes">
        <source>Active patients with no appointment booked in the next %n weeks</source>
        <translation>
            <numerusform>Active patients with no appointment booked in the next %n week</numerusform>
            <numerusform>Active patients with no appointment booked in the next %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Column header, kept short: active patients.</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Referred</source>
        <extracomment>Column header, kept short: patients in the state &quot;Referred&quot;.</extracomment>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Column header, kept short: patients on the waiting list.</extracomment>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Included</source>
        <extracomment>Column header, kept short: patients included.</extracomment>
        <translation>Included</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Column header, kept short: sessions delivered in the last weeks.</extracomment>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Free time</source>
        <extracomment>Column header, kept short: free capacity in the calendar ahead.</extracomment>
        <translation>Free time</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <extracomment>Column header, kept short: unsigned notes older than 3 days.</extracomment>
        <translation>Unsigned</translation>
    </message>
    <message>
        <source>Duties open</source>
        <extracomment>Column header, kept short: open duty-to-report follow-ups.</extracomment>
        <translation>Duties open</translation>
    </message>
    <message>
        <source>No appt.</source>
        <extracomment>Column header, kept short: active patients with no appointment booked ahead.</extracomment>
        <translation>No appt.</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <extracomment>Column header, kept short: patients in the eligibility assessment.</extracomment>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>Column header, kept short: patients in the structured assessment.</extracomment>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Treatment</source>
        <extracomment>Column header, kept short: patients in treatment.</extracomment>
        <translation>Treatment</translation>
    </message>
</context>
<context>
    <name>forlop::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Signed in as %1. Your new password is used from the next time you sign in.</source>
        <translation>Signed in as %1. Your new password is used from the next time you sign in.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Type your current password.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Changing your password…</translation>
    </message>
    <message>
        <source>Your entry in the key file is missing.</source>
        <translation>Your entry in the key file is missing.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>forlop::ClinicianDayPage</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Write note</source>
        <translation>Write note</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Close follow-up…</source>
        <translation>Close follow-up…</translation>
    </message>
    <message>
        <source>Open duty-to-report follow-ups</source>
        <translation>Open duty-to-report follow-ups</translation>
    </message>
    <message>
        <source>Filter by name or pseudonym</source>
        <translation>Filter by name or pseudonym</translation>
    </message>
    <message>
        <source>Include ended and excluded</source>
        <translation>Include ended and excluded</translation>
    </message>
    <message>
        <source>My patients</source>
        <translation>My patients</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>No appointments today.</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>No open follow-ups.</translation>
    </message>
</context>
<context>
    <name>forlop::CriterionAnswerRow</name>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>forlop::DutiesPage</name>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>New record…</source>
        <translation>New record…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <source>Record what was done, and close the follow-up when it is finished</source>
        <translation>Record what was done, and close the follow-up when it is finished</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notify</translation>
    </message>
    <message>
        <source>Do not notify</source>
        <translation>Do not notify</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>None needed</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Closed %1</translation>
    </message>
</context>
<context>
    <name>forlop::DutyReportDialog</name>
    <message>
        <source>Duty to report – %1</source>
        <translation>Duty to report – %1</translation>
    </message>
    <message>
        <source>Assessment of the duty to report</source>
        <translation>Assessment of the duty to report</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>New record. Fill in every field, then sign it with your password.</source>
        <translation>New record. Fill in every field, then sign it with your password.</translation>
    </message>
    <message>
        <source>The duty</source>
        <translation>The duty</translation>
    </message>
    <message>
        <source>Duty:</source>
        <translation>Duty:</translation>
    </message>
    <message>
        <source>Grounds and assessment</source>
        <translation>Grounds and assessment</translation>
    </message>
    <message>
        <source>What gave rise to it:</source>
        <translation>What gave rise to it:</translation>
    </message>
    <message>
        <source>When it happened:</source>
        <translation>When it happened:</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>Assessed on:</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Assessment:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notify</translation>
    </message>
    <message>
        <source>Do not notify</source>
        <translation>Do not notify</translation>
    </message>
    <message>
        <source>Someone outside this clinic (name below)</source>
        <translation>Someone outside this clinic (name below)</translation>
    </message>
    <message>
        <source>Name and role</source>
        <translation>Name and role</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Colleague or leader consulted:</source>
        <translation>Colleague or leader consulted:</translation>
    </message>
    <message>
        <source>Consulted on:</source>
        <translation>Consulted on:</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Which office, and whom you spoke to</source>
        <translation>Which office, and whom you spoke to</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Electronic message</source>
        <translation>Electronic message</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Whom exactly:</source>
        <translation>Whom exactly:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>How:</translation>
    </message>
    <message>
        <source>Notified on:</source>
        <translation>Notified on:</translation>
    </message>
    <message>
        <source>The patient and follow-up</source>
        <translation>The patient and follow-up</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Needs follow-up (listed in My day until closed)</source>
        <translation>Needs follow-up (listed in My day until closed)</translation>
    </message>
    <message>
        <source>Patient told:</source>
        <translation>Patient told:</translation>
    </message>
    <message>
        <source>Follow-up plan:</source>
        <translation>Follow-up plan:</translation>
    </message>
    <message>
        <source>Signed %1. A signed record cannot be changed.</source>
        <translation>Signed %1. A signed record cannot be changed.</translation>
    </message>
    <message>
        <source>Signed %1. The follow-up is open; close it from the record&apos;s Duties page.</source>
        <translation>Signed %1. The follow-up is open; close it from the record&apos;s Duties page.</translation>
    </message>
    <message>
        <source>Signed %1. The follow-up is closed.</source>
        <translation>Signed %1. The follow-up is closed.</translation>
    </message>
    <message>
        <source>Draft, last saved %1.</source>
        <translation>Draft, last saved %1.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Draft saved %1.</translation>
    </message>
    <message>
        <source>Sign the duty-to-report record for %1.</source>
        <translation>Sign the duty-to-report record for %1.</translation>
    </message>
</context>
<context>
    <name>forlop::EligibilityCriteriaForm</name>
    <message>
        <source>Inclusion criteria</source>
        <translation>Inclusion criteria</translation>
    </message>
    <message>
        <source>Exclusion criteria</source>
        <translation>Exclusion criteria</translation>
    </message>
    <message>
        <source>All must be answered yes to include.</source>
        <translation>All must be answered yes to include.</translation>
    </message>
    <message>
        <source>Any answered yes excludes.</source>
        <translation>Any answered yes excludes.</translation>
    </message>
    <message>
        <source>Criteria version %1: %2</source>
        <extracomment>%1 the version number, %2 the version&apos;s name</extracomment>
        <translation>Criteria version %1: %2</translation>
    </message>
    <message>
        <source>By the criteria: &lt;b style=&quot;color:%2&quot;&gt;%1&lt;/b&gt;</source>
        <extracomment>%1 is &quot;Include&quot; or &quot;Exclude&quot;</extracomment>
        <translation>By the criteria: &lt;b style=&quot;color:%2&quot;&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>By the criteria: answer every criterion first (%n left).</source>
        <translation>
            <numerusform>By the criteria: answer every criterion first (%n left).</numerusform>
            <numerusform>By the criteria: answer every criterion first (%n left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::EligibilityDecisionForm</name>
    <message>
        <source>What the decision rests on</source>
        <translation>What the decision rests on</translation>
    </message>
    <message>
        <source>Why the decision differs from the criteria</source>
        <translation>Why the decision differs from the criteria</translation>
    </message>
    <message>
        <source>An exclusion needs an onward referral, or the reason why there is none.</source>
        <translation>An exclusion needs an onward referral, or the reason why there is none.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Onward</source>
        <translation>Onward</translation>
    </message>
    <message>
        <source>The criteria give &quot;%1&quot;, the decision is &quot;%2&quot;. Write why: the decision is recorded as a departure from the national standard (a deviation), counted in the fidelity figures.</source>
        <translation>The criteria give &quot;%1&quot;, the decision is &quot;%2&quot;. Write why: the decision is recorded as a departure from the national standard (a deviation), counted in the fidelity figures.</translation>
    </message>
</context>
<context>
    <name>forlop::EligibilityOutcomeView</name>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>By the criteria</source>
        <translation>By the criteria</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Onward</source>
        <translation>Onward</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Recorded as a departure from the national standard: %1</source>
        <translation>Recorded as a departure from the national standard: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>the kind of service, then its name</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Referred to %1 on %2 (status: %3).
Why: %4</source>
        <extracomment>%1 the recipient, %2 the date, %3 the status, %4 why</extracomment>
        <translation>Referred to %1 on %2 (status: %3).
Why: %4</translation>
    </message>
    <message>
        <source>No onward referral: %1</source>
        <translation>No onward referral: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>%1 date and time, %2 the clinician</extracomment>
        <translation>%1 by %2</translation>
    </message>
</context>
<context>
    <name>forlop::EligibilityPage</name>
    <message>
        <source>Start eligibility assessment</source>
        <translation>Start eligibility assessment</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Save answers</translation>
    </message>
    <message>
        <source>Save the answers and comments; the assessment stays open.</source>
        <translation>Save the answers and comments; the assessment stays open.</translation>
    </message>
    <message>
        <source>Complete assessment</source>
        <translation>Complete assessment</translation>
    </message>
    <message>
        <source>Answers saved.</source>
        <translation>Answers saved.</translation>
    </message>
    <message>
        <source>No eligibility assessment yet. Starting it takes the patient off the waiting list.</source>
        <translation>No eligibility assessment yet. Starting it takes the patient off the waiting list.</translation>
    </message>
    <message>
        <source>No eligibility assessment. It can start once the patient is on the waiting list.</source>
        <translation>No eligibility assessment. It can start once the patient is on the waiting list.</translation>
    </message>
    <message>
        <source>This assessment is completed and can no longer be changed.</source>
        <translation>This assessment is completed and can no longer be changed.</translation>
    </message>
    <message>
        <source>Started %1 by %2. Answer every criterion; the decision by the criteria is shown below them.</source>
        <extracomment>%1 date and time, %2 the clinician</extracomment>
        <translation>Started %1 by %2. Answer every criterion; the decision by the criteria is shown below them.</translation>
    </message>
    <message numerus="yes">
        <source>Answer every criterion before deciding: %n criterion(s) still unanswered.</source>
        <translation>
            <numerusform>Answer every criterion before deciding: %n criterion still unanswered.</numerusform>
            <numerusform>Answer every criterion before deciding: %n criteria still unanswered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose include or exclude.</source>
        <translation>Choose include or exclude.</translation>
    </message>
</context>
<context>
    <name>forlop::EmergencyAccessModel</name>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Reason given</translation>
    </message>
</context>
<context>
    <name>forlop::EmergencyBanner</name>
    <message>
        <source>Emergency access</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>This patient is not allocated to you. Everything you open is logged with your reason (“%1”); the patient can read it and the unit leader reviews it.</source>
        <translation>This patient is not allocated to you. Everything you open is logged with your reason (“%1”); the patient can read it and the unit leader reviews it.</translation>
    </message>
</context>
<context>
    <name>forlop::EndOfTreatmentPage</name>
    <message>
        <source>Fewer than 16 sessions attended. Ending for a reason other than completion is allowed, and is counted in the fidelity figures as a departure from the national standard.</source>
        <translation>Fewer than 16 sessions attended. Ending for a reason other than completion is allowed, and is counted in the fidelity figures as a departure from the national standard.</translation>
    </message>
    <message>
        <source>The outcome in a few words</source>
        <translation>The outcome in a few words</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Follow-up on</translation>
    </message>
    <message>
        <source>End treatment</source>
        <translation>End treatment</translation>
    </message>
    <message>
        <source>End of treatment</source>
        <translation>End of treatment</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Sessions delivered</source>
        <translation>Sessions delivered</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>Outcome measures</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>Start follow-up</translation>
    </message>
    <message>
        <source>Treatment ended</source>
        <translation>Treatment ended</translation>
    </message>
    <message>
        <source>The treatment can be ended once the patient is included.</source>
        <translation>The treatment can be ended once the patient is included.</translation>
    </message>
    <message>
        <source>Record the end scores, then end the treatment. The end instruments become due then.</source>
        <translation>Record the end scores, then end the treatment. The end instruments become due then.</translation>
    </message>
    <message>
        <source>The treatment has not started. Ending now closes the pathway before treatment.</source>
        <translation>The treatment has not started. Ending now closes the pathway before treatment.</translation>
    </message>
    <message numerus="yes">
        <source>%1 attended of %n planned</source>
        <translation>
            <numerusform>%1 attended of %n planned</numerusform>
            <numerusform>%1 attended of %n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended, no plan</source>
        <translation>
            <numerusform>%n attended, no plan</numerusform>
            <numerusform>%n attended, no plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores at intake and at the end of treatment. Type the end scores not yet recorded; they are recorded with the end of treatment.</source>
        <translation>Scores at intake and at the end of treatment. Type the end scores not yet recorded; they are recorded with the end of treatment.</translation>
    </message>
    <message>
        <source>Scores at intake and at the end of treatment, from the assessment package.</source>
        <translation>Scores at intake and at the end of treatment, from the assessment package.</translation>
    </message>
    <message>
        <source>The patient is in follow-up.</source>
        <translation>The patient is in follow-up.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Follow-up started</source>
        <translation>Follow-up started</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 date, %2 reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. Counted in the fidelity figures: fewer than 16 sessions.</source>
        <translation>%1. Counted in the fidelity figures: fewer than 16 sessions.</translation>
    </message>
    <message>
        <source>Planned on %1</source>
        <translation>Planned on %1</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Not planned</translation>
    </message>
</context>
<context>
    <name>forlop::FidelityPage</name>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Save the period report, every table of this page, as a PDF</source>
        <translation>Save the period report, every table of this page, as a PDF</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the period report as a CSV file for a spreadsheet</source>
        <translation>Save the period report as a CSV file for a spreadsheet</translation>
    </message>
    <message>
        <source>Double-click a figure, or a bar in a chart, to see the patients behind it.</source>
        <translation>Double-click a figure, or a bar in a chart, to see the patients behind it.</translation>
    </message>
    <message>
        <source>Show the reasons for the overrides</source>
        <translation>Show the reasons for the overrides</translation>
    </message>
    <message>
        <source>The reasons are clinical content: reading them is recorded in each patient&apos;s access log.</source>
        <translation>The reasons are clinical content: reading them is recorded in each patient&apos;s access log.</translation>
    </message>
    <message>
        <source>Choose a period first.</source>
        <translation>Choose a period first.</translation>
    </message>
    <message>
        <source>period-report-%1-%2</source>
        <extracomment>File name suggested for the period report; %1 and %2 are the first and last day (ISO dates)</extracomment>
        <translation>period-report-%1-%2</translation>
    </message>
    <message>
        <source>Save the period report as PDF</source>
        <translation>Save the period report as PDF</translation>
    </message>
    <message>
        <source>Save the period report as CSV</source>
        <translation>Save the period report as CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The period report was saved to %1.</source>
        <translation>The period report was saved to %1.</translation>
    </message>
</context>
<context>
    <name>forlop::FidelityPatientsDialog</name>
    <message>
        <source>Patients behind the figure</source>
        <translation>Patients behind the figure</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s). Open one to see the record; opening it is recorded in the patient&apos;s access log.</source>
        <translation>
            <numerusform>%n patient. Open one to see the record; opening it is recorded in the patient&apos;s access log.</numerusform>
            <numerusform>%n patients. Open one to see the record; opening it is recorded in the patient&apos;s access log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>The patient record cannot be opened from here.</source>
        <translation>The patient record cannot be opened from here.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>forlop::FidelityPatientsModel</name>
    <message>
        <source>Not allocated</source>
        <translation>Not allocated</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Last session</translation>
    </message>
</context>
<context>
    <name>forlop::FidelityPeriodChooser</name>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the figures for the days chosen</source>
        <translation>Show the figures for the days chosen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <extracomment>Between the first and last day of a period: &quot;From 01.01.2026 to 31.12.2026&quot;</extracomment>
        <translation>&amp;to</translation>
    </message>
</context>
<context>
    <name>forlop::FidelityTableModel</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>Names a figure of a report: %1 the table, %2 the row</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <extracomment>Names a figure of a report: %1 the table, %2 the row, %3 the column</extracomment>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) behind this figure. Double-click or press Enter to list them.</source>
        <translation>
            <numerusform>%n patient behind this figure. Double-click or press Enter to list them.</numerusform>
            <numerusform>%n patients behind this figure. Double-click or press Enter to list them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::FirstRunDialog</name>
    <message>
        <source>Create a demo clinic</source>
        <translation>Create a demo clinic</translation>
    </message>
    <message>
        <source>Create the clinic</source>
        <translation>Create the clinic</translation>
    </message>
    <message>
        <source>This demo clinic is for trying Forløp with made-up people only. Name it and its first users to begin.</source>
        <translation>This demo clinic is for trying Forløp with made-up people only. Name it and its first users to begin.</translation>
    </message>
    <message>
        <source>No clinic has been set up on this computer yet. Name the clinic and its first users to begin. All its data is stored encrypted.</source>
        <translation>No clinic has been set up on this computer yet. Name the clinic and its first users to begin. All its data is stored encrypted.</translation>
    </message>
    <message>
        <source>Creating the clinic and its keys. This takes a few seconds…</source>
        <translation>Creating the clinic and its keys. This takes a few seconds…</translation>
    </message>
    <message>
        <source>C&amp;reate clinic</source>
        <translation>C&amp;reate clinic</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>for example: Det finnes hjelp Nord</source>
        <translation>for example: Det finnes hjelp Nord</translation>
    </message>
    <message>
        <source>town or address</source>
        <translation>town or address</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>Clinic &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>Manages user accounts and settings. Administrators never see patient records.</source>
        <translation>Manages user accounts and settings. Administrators never see patient records.</translation>
    </message>
    <message>
        <source>First unit leader</source>
        <translation>First unit leader</translation>
    </message>
    <message>
        <source>Without a unit leader, only the recovery key holds the key to clinical records until a unit leader is given it with the recovery key.</source>
        <translation>Without a unit leader, only the recovery key holds the key to clinical records until a unit leader is given it with the recovery key.</translation>
    </message>
    <message>
        <source>Holds the key to clinical records and gives it to clinicians. Untick to leave this out for now.</source>
        <translation>Holds the key to clinical records and gives it to clinicians. Untick to leave this out for now.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>forlop::FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>What was done to follow up the duty-to-report record:</source>
        <translation>What was done to follow up the duty-to-report record:</translation>
    </message>
    <message>
        <source>This closes the follow-up</source>
        <translation>This closes the follow-up</translation>
    </message>
</context>
<context>
    <name>forlop::InstrumentEntryEditor</name>
    <message>
        <source>Why the patient declined</source>
        <translation>Why the patient declined</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Total score</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 instrument, %2 timepoint (intake, end of treatment, follow-up)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>the allowed range of a score, e.g. &quot;0–27&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 of %2 must be a whole number from %3 to %4.</source>
        <extracomment>%1 score label, %2 instrument, %3 and %4 the range</extracomment>
        <translation>%1 of %2 must be a whole number from %3 to %4.</translation>
    </message>
    <message>
        <source>Select an instrument in the list to record its status and scores, or why the patient declined it.</source>
        <translation>Select an instrument in the list to record its status and scores, or why the patient declined it.</translation>
    </message>
</context>
<context>
    <name>forlop::IntakeForm</name>
    <message>
        <source>given when saved; the caller can quote it</source>
        <translation>given when saved; the caller can quote it</translation>
    </message>
    <message>
        <source>Optional: the caller may stay anonymous</source>
        <translation>Optional: the caller may stay anonymous</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Messages may be left on this phone</source>
        <translation>&amp;Messages may be left on this phone</translation>
    </message>
    <message>
        <source>Only tick this when the caller said so: someone else may hear a voicemail or read a text message.</source>
        <translation>Only tick this when the caller said so: someone else may hear a voicemail or read a text message.</translation>
    </message>
    <message>
        <source>For example: weekdays after 16:00</source>
        <translation>For example: weekdays after 16:00</translation>
    </message>
    <message>
        <source>Organisation that referred, if any</source>
        <translation>Organisation that referred, if any</translation>
    </message>
    <message>
        <source>&amp;Urgent: offer the first free time</source>
        <translation>&amp;Urgent: offer the first free time</translation>
    </message>
    <message>
        <source>In the caller&apos;s own words, if they want to say</source>
        <translation>In the caller&apos;s own words, if they want to say</translation>
    </message>
    <message>
        <source>Written encrypted to the clinicians — you cannot read it back after saving.</source>
        <translation>Written encrypted to the clinicians — you cannot read it back after saving.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Best time to &amp;call:</source>
        <translation>Best time to &amp;call:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Referred by:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Reas&amp;on for contact:</source>
        <translation>Reas&amp;on for contact:</translation>
    </message>
</context>
<context>
    <name>forlop::LeaderPatientModel</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>None booked</source>
        <translation>None booked</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Referral received</translation>
    </message>
    <message>
        <source>Last session attended</source>
        <translation>Last session attended</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
</context>
<context>
    <name>forlop::LetterDialog</name>
    <message>
        <source>Appointment letter</source>
        <translation>Appointment letter</translation>
    </message>
    <message>
        <source>On the envelope:</source>
        <translation>On the envelope:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <extracomment>Suggested file name for a saved letter; keep it discreet.</extracomment>
        <translation>Save letter as PDF</translation>
    </message>
    <message>
        <source>letter.pdf</source>
        <translation>letter.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>forlop::LetterSettingsPage</name>
    <message>
        <source>Appointment letter</source>
        <translation>Appointment letter</translation>
    </message>
    <message>
        <source>Whoever opens the post may read the letter and the envelope. Keep both discreet: no name of the service, no health profession, nothing about why the person comes. Forløp refuses wording that would reveal it.</source>
        <translation>Whoever opens the post may read the letter and the envelope. Keep both discreet: no name of the service, no health profession, nothing about why the person comes. Forløp refuses wording that would reveal it.</translation>
    </message>
    <message>
        <source>Sender as printed, for example:
Helsehuset Sentrum
Postboks 1
0101 Oslo</source>
        <translation>Sender as printed, for example:
Helsehuset Sentrum
Postboks 1
0101 Oslo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Use the &amp;standard letter</source>
        <translation>Use the &amp;standard letter</translation>
    </message>
    <message>
        <source>&amp;Address for letters:</source>
        <translation>&amp;Address for letters:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Placeholders:</translation>
    </message>
    <message>
        <source>Preview with a made-up appointment:</source>
        <translation>Preview with a made-up appointment:</translation>
    </message>
    <message>
        <source>Kari Eksempel
Eksempelveien 1
0001 Oslo</source>
        <extracomment>A made-up recipient for the letter preview.</extracomment>
        <translation>Kari Eksempel
Eksempelveien 1
0001 Oslo</translation>
    </message>
    <message>
        <source>Saved. Letters printed from now on use this wording.</source>
        <translation>Saved. Letters printed from now on use this wording.</translation>
    </message>
</context>
<context>
    <name>forlop::LogReviewPage</name>
    <message>
        <source>Log review</source>
        <translation>Log review</translation>
    </message>
    <message>
        <source>Emergency accesses awaiting review</source>
        <translation>Emergency accesses awaiting review</translation>
    </message>
    <message>
        <source>No emergency access awaits review.</source>
        <translation>No emergency access awaits review.</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Mark as reviewed</translation>
    </message>
    <message>
        <source>You have checked that the reason holds; the review is recorded in the log.</source>
        <translation>You have checked that the reason holds; the review is recorded in the log.</translation>
    </message>
    <message>
        <source>Show this &amp;patient&apos;s log</source>
        <translation>Show this &amp;patient&apos;s log</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Export as &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <source>Emergency accesses awaiting review (%1)</source>
        <translation>Emergency accesses awaiting review (%1)</translation>
    </message>
    <message>
        <source>Access log of %1 for the patient:</source>
        <translation>Access log of %1 for the patient:</translation>
    </message>
    <message>
        <source>Choose a patient to export their access log:</source>
        <translation>Choose a patient to export their access log:</translation>
    </message>
    <message>
        <source>The emergency access by %1 to %2 was marked as reviewed.</source>
        <translation>The emergency access by %1 to %2 was marked as reviewed.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown; scroll for more</source>
        <translation>
            <numerusform>%1 of %n entry shown; scroll for more</numerusform>
            <numerusform>%1 of %n entries shown; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a patient first.</source>
        <translation>Choose a patient first.</translation>
    </message>
    <message>
        <source>access-log-%1</source>
        <extracomment>File name suggested for a patient&apos;s access log; %1 is the pseudonym</extracomment>
        <translation>access-log-%1</translation>
    </message>
    <message>
        <source>Save the access log as PDF</source>
        <translation>Save the access log as PDF</translation>
    </message>
    <message>
        <source>Save the access log as CSV</source>
        <translation>Save the access log as CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The access log of %1 was saved to %2.</source>
        <translation>The access log of %1 was saved to %2.</translation>
    </message>
</context>
<context>
    <name>forlop::LoginPage</name>
    <message>
        <source>Forløp is locked</source>
        <translation>Forløp is locked</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password.</source>
        <translation>Sign in with your own user name and password.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Clinic file: %1</source>
        <translation>Clinic file: %1</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Demo clinic with synthetic people only. Users: %1. Password: %2</source>
        <translation>Demo clinic with synthetic people only. Users: %1. Password: %2</translation>
    </message>
</context>
<context>
    <name>forlop::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock Forløp (Ctrl+L): closes the clinic until you sign in again</source>
        <translation>Lock Forløp (Ctrl+L): closes the clinic until you sign in again</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>New &amp;phone contact…</source>
        <translation>New &amp;phone contact…</translation>
    </message>
    <message>
        <source>Register a caller and book a first appointment (Ctrl+Shift+N)</source>
        <translation>Register a caller and book a first appointment (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>%1 – Forløp – DEMO</source>
        <comment>clinic name</comment>
        <translation>%1 – Forløp – DEMO</translation>
    </message>
    <message>
        <source>%1 – Forløp</source>
        <comment>clinic name</comment>
        <translation>%1 – Forløp</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>clinic, site</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Forløp – DEMO</source>
        <translation>Forløp – DEMO</translation>
    </message>
    <message>
        <source>Forløp</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <source>No clinic yet</source>
        <translation>No clinic yet</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
</context>
<context>
    <name>forlop::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>forlop::ModalJob</name>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>forlop::NewPasswordFields</name>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few unrelated words are easy to remember.</source>
        <translation>
            <numerusform>Use at least %n character; a few unrelated words are easy to remember.</numerusform>
            <numerusform>Use at least %n characters; a few unrelated words are easy to remember.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>forlop::NoClinicPage</name>
    <message>
        <source>Welcome to Forløp</source>
        <translation>Welcome to Forløp</translation>
    </message>
    <message>
        <source>No clinic has been set up here yet. Create it to begin.</source>
        <translation>No clinic has been set up here yet. Create it to begin.</translation>
    </message>
    <message>
        <source>&amp;Create the clinic…</source>
        <translation>&amp;Create the clinic…</translation>
    </message>
    <message>
        <source>Clinic file: %1</source>
        <translation>Clinic file: %1</translation>
    </message>
</context>
<context>
    <name>forlop::NoteEditor</name>
    <message>
        <source>Attendance and how the patient is:


Theme of the session:


What we worked on:


Assessment, including risk:


Plan and tasks until the next session:

</source>
        <extracomment>The template of a new session note: headings that end with a colon, each followed by an empty line to write in. Keep the colons.</extracomment>
        <translation>Attendance and how the patient is:


Theme of the session:


What we worked on:


Assessment, including risk:


Plan and tasks until the next session:

</translation>
    </message>
    <message>
        <source>New note, not saved yet. Drafts are saved automatically.</source>
        <translation>New note, not saved yet. Drafts are saved automatically.</translation>
    </message>
    <message>
        <source>New addendum, not saved yet. The signed note above stays as it is.</source>
        <translation>New addendum, not saved yet. The signed note above stays as it is.</translation>
    </message>
    <message>
        <source>Draft, last saved %1.</source>
        <translation>Draft, last saved %1.</translation>
    </message>
    <message>
        <source>Addendum – %1</source>
        <translation>Addendum – %1</translation>
    </message>
    <message>
        <source>Session note – %1</source>
        <translation>Session note – %1</translation>
    </message>
    <message>
        <source>Addendum to a signed note</source>
        <translation>Addendum to a signed note</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Session note</translation>
    </message>
    <message>
        <source>The signed note (unchanged)</source>
        <translation>The signed note (unchanged)</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <source>Duty to report…</source>
        <translation>Duty to report…</translation>
    </message>
    <message>
        <source>Document an assessment of the duty to inform child welfare or to avert a crime</source>
        <translation>Document an assessment of the duty to inform child welfare or to avert a crime</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Discard draft…</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Add addendum…</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Signed %1. A signed text cannot be changed; add a signed addendum to correct or add to it.</source>
        <translation>Signed %1. A signed text cannot be changed; add a signed addendum to correct or add to it.</translation>
    </message>
    <message>
        <source>Signed %1 by %2:</source>
        <translation>Signed %1 by %2:</translation>
    </message>
    <message>
        <source>Draft by %1, saved %2:</source>
        <translation>Draft by %1, saved %2:</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Draft saved %1.</translation>
    </message>
    <message>
        <source>Write the note before signing it.</source>
        <translation>Write the note before signing it.</translation>
    </message>
    <message>
        <source>Sign the addendum for %1.</source>
        <translation>Sign the addendum for %1.</translation>
    </message>
    <message>
        <source>Sign the session note for %1.</source>
        <translation>Sign the session note for %1.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Discard this draft? Its text is deleted and cannot be recovered.</source>
        <translation>Discard this draft? Its text is deleted and cannot be recovered.</translation>
    </message>
</context>
<context>
    <name>forlop::OnwardChoiceEditor</name>
    <message>
        <source>Refer the patient onward</source>
        <translation>Refer the patient onward</translation>
    </message>
    <message>
        <source>No onward referral</source>
        <translation>No onward referral</translation>
    </message>
    <message>
        <source>Why there is no onward referral (e.g. the patient declined)</source>
        <translation>Why there is no onward referral (e.g. the patient declined)</translation>
    </message>
</context>
<context>
    <name>forlop::OnwardReferralEditor</name>
    <message>
        <source>The service&apos;s name, e.g. the local DPS</source>
        <translation>The service&apos;s name, e.g. the local DPS</translation>
    </message>
    <message>
        <source>The needs the recipient is to meet</source>
        <translation>The needs the recipient is to meet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Refer to</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>forlop::OnwardReferralPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Status of the selected referral</source>
        <translation>Status of the selected referral</translation>
    </message>
    <message>
        <source>Add onward referral</source>
        <translation>Add onward referral</translation>
    </message>
    <message>
        <source>Onward referrals</source>
        <translation>Onward referrals</translation>
    </message>
    <message>
        <source>New onward referral</source>
        <translation>New onward referral</translation>
    </message>
</context>
<context>
    <name>forlop::OutcomeMeasuresTable</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>At start</translation>
    </message>
    <message>
        <source>At end</source>
        <translation>At end</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <extracomment>a score label with its range, e.g. &quot;Total score (0–27)&quot;</extracomment>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>placeholder of an end score not yet recorded, with its range</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 of %2 must be a whole number from %3 to %4.</source>
        <extracomment>%1 score label, %2 instrument, %3 and %4 the range</extracomment>
        <translation>%1 of %2 must be a whole number from %3 to %4.</translation>
    </message>
    <message>
        <source>Enter every end score of %1, or none of them.</source>
        <translation>Enter every end score of %1, or none of them.</translation>
    </message>
</context>
<context>
    <name>forlop::OverviewPage</name>
    <message>
        <source>%1 (%2)</source>
        <comment>full name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Signed in as:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>You hold the key to clinical records.</source>
        <translation>You hold the key to clinical records.</translation>
    </message>
    <message>
        <source>Waiting for access to clinical records.</source>
        <translation>Waiting for access to clinical records.</translation>
    </message>
    <message>
        <source>Your roles do not include clinical records.</source>
        <translation>Your roles do not include clinical records.</translation>
    </message>
    <message>
        <source>Clinical records:</source>
        <translation>Clinical records:</translation>
    </message>
    <message>
        <source>Waiting for access to clinical records</source>
        <translation>Waiting for access to clinical records</translation>
    </message>
    <message>
        <source>A unit leader must give you the key to clinical records before you can see notes, assessments and other clinical content. Ask your unit leader; you do not need to do anything else.</source>
        <translation>A unit leader must give you the key to clinical records before you can see notes, assessments and other clinical content. Ask your unit leader; you do not need to do anything else.</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Demo clinic</translation>
    </message>
    <message>
        <source>Test clinic</source>
        <translation>Test clinic</translation>
    </message>
    <message>
        <source>This clinic is for trying Forløp. Use made-up people only, never real patients.</source>
        <translation>This clinic is for trying Forløp. Use made-up people only, never real patients.</translation>
    </message>
</context>
<context>
    <name>forlop::PackageTree</name>
    <message>
        <source>No scores</source>
        <translation>No scores</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <extracomment>a score and its range, e.g. &quot;12 (0–27)&quot;</extracomment>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a score&apos;s label and its value, for instruments with several scores</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Date or reason</source>
        <translation>Date or reason</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>percent of the timepoint&apos;s instruments completed</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 completed, %3 declined</source>
        <extracomment>completion of the package at one timepoint</extracomment>
        <translation>%1 of %2 completed, %3 declined</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Not due yet</translation>
    </message>
</context>
<context>
    <name>forlop::PatientRecordPage</name>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Open a patient by pseudonym:</source>
        <translation>Open a patient by pseudonym:</translation>
    </message>
    <message>
        <source>No record is open. Open one from My day, or type a pseudonym above.</source>
        <translation>No record is open. Open one from My day, or type a pseudonym above.</translation>
    </message>
    <message>
        <source>No patient has the pseudonym %1.</source>
        <translation>No patient has the pseudonym %1.</translation>
    </message>
</context>
<context>
    <name>forlop::PatientRecordView</name>
    <message>
        <source>New session note</source>
        <translation>New session note</translation>
    </message>
    <message>
        <source>Duty to report…</source>
        <translation>Duty to report…</translation>
    </message>
    <message>
        <source>Document an assessment of the duty to inform child welfare or to avert a crime</source>
        <translation>Document an assessment of the duty to inform child welfare or to avert a crime</translation>
    </message>
    <message>
        <source>Emergency access: %1</source>
        <translation>Emergency access: %1</translation>
    </message>
</context>
<context>
    <name>forlop::PatientSearchModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Messages OK</source>
        <extracomment>Column: whether messages may be left on the patient&apos;s phone.</extracomment>
        <translation>Messages OK</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
</context>
<context>
    <name>forlop::PatientSearchPage</name>
    <message>
        <source>Find patient</source>
        <translation>Find patient</translation>
    </message>
    <message>
        <source>Reference (P-2026-…), name, phone or national ID</source>
        <translation>Reference (P-2026-…), name, phone or national ID</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Type at least part of a reference, name, phone number or national ID and press Enter.</source>
        <translation>Type at least part of a reference, name, phone number or national ID and press Enter.</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>&amp;Book appointment…</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, or search by reference or phone number.</source>
        <translation>Nobody found. Check the spelling, or search by reference or phone number.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n found; scroll for more.</source>
        <translation>
            <numerusform>The first %n found; scroll for more.</numerusform>
            <numerusform>The first %n found; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>%n found.</numerusform>
            <numerusform>%n found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::PhoneIntakeDialog</name>
    <message>
        <source>New phone contact</source>
        <translation>New phone contact</translation>
    </message>
    <message>
        <source>Appointment &amp;letter…</source>
        <translation>Appointment &amp;letter…</translation>
    </message>
    <message>
        <source>1. The caller</source>
        <translation>1. The caller</translation>
    </message>
    <message>
        <source>&amp;Save and find a time</source>
        <translation>&amp;Save and find a time</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>2. A first appointment</source>
        <translation>2. A first appointment</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>Book &amp;later</source>
        <translation>Book &amp;later</translation>
    </message>
    <message>
        <source>The caller stays on the waiting list until a time is booked.</source>
        <translation>The caller stays on the waiting list until a time is booked.</translation>
    </message>
    <message>
        <source>3. Booked</source>
        <translation>3. Booked</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;%1&lt;/b&gt; and placed on the waiting list. Find a first appointment that suits the caller:</source>
        <extracomment>%1 is the new reference number, such as P-2026-0042.</extracomment>
        <translation>Saved as &lt;b&gt;%1&lt;/b&gt; and placed on the waiting list. Find a first appointment that suits the caller:</translation>
    </message>
</context>
<context>
    <name>forlop::RecordHeader</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <source>Registry (KvaSO)</source>
        <translation>Registry (KvaSO)</translation>
    </message>
    <message>
        <source>Treatment sessions</source>
        <translation>Treatment sessions</translation>
    </message>
    <message>
        <source>Pseudonym %1</source>
        <translation>Pseudonym %1</translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation>Not allocated</translation>
    </message>
    <message numerus="yes">
        <source>%1 attended of %n planned</source>
        <translation>
            <numerusform>%1 attended of %n planned</numerusform>
            <numerusform>%1 attended of %n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended, no plan yet</source>
        <translation>
            <numerusform>%n attended, no plan yet</numerusform>
            <numerusform>%n attended, no plan yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Not informed yet</source>
        <translation>Not informed yet</translation>
    </message>
</context>
<context>
    <name>forlop::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Print or write down the recovery key now</source>
        <translation>Print or write down the recovery key now</translation>
    </message>
    <message>
        <source>The recovery key opens the clinic when every administrator and unit leader has forgotten their password. It is shown only this once and is not stored anywhere in clear.

Keep the printout locked away, apart from this computer: whoever has it can open every record.</source>
        <translation>The recovery key opens the clinic when every administrator and unit leader has forgotten their password. It is shown only this once and is not stored anywhere in clear.

Keep the printout locked away, apart from this computer: whoever has it can open every record.</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>I have printed or written down the recovery key</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Forløp recovery key</source>
        <translation>Forløp recovery key</translation>
    </message>
    <message>
        <source>Clinic: %1</source>
        <translation>Clinic: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <source>This key opens the clinic when every administrator and unit leader has forgotten their password. Keep it locked away, apart from the computer: whoever has it can open every record.</source>
        <translation>This key opens the clinic when every administrator and unit leader has forgotten their password. Keep it locked away, apart from the computer: whoever has it can open every record.</translation>
    </message>
</context>
<context>
    <name>forlop::ReferralPage</name>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Referrer:</source>
        <translation>Referrer:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>First appointment offered:</source>
        <translation>First appointment offered:</translation>
    </message>
    <message>
        <source>Reason for referral:</source>
        <translation>Reason for referral:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>No reason was written.</source>
        <translation>No reason was written.</translation>
    </message>
</context>
<context>
    <name>forlop::RegistryConsentBox</name>
    <message>
        <source>Registry consent (KvaSO)</source>
        <translation>Registry consent (KvaSO)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informed</translation>
    </message>
    <message>
        <source>The patient has been told about the registry, its purpose and which data it holds.</source>
        <translation>The patient has been told about the registry, its purpose and which data it holds.</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consented</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Withdrawn…</source>
        <translation>Withdrawn…</translation>
    </message>
    <message>
        <source>A withdrawal is final: the patient is left out of every later registry export.</source>
        <translation>A withdrawal is final: the patient is left out of every later registry export.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Data go to the registry only with consent. A withdrawal is final: the patient is left out of every later registry export.</source>
        <translation>Data go to the registry only with consent. A withdrawal is final: the patient is left out of every later registry export.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Not informed about the registry yet</source>
        <translation>Not informed about the registry yet</translation>
    </message>
    <message>
        <source>Withdraw registry consent</source>
        <translation>Withdraw registry consent</translation>
    </message>
    <message>
        <source>Record that the patient withdrew consent to the registry?

A withdrawal is final: the patient is left out of every later registry export, whatever is recorded afterwards.</source>
        <translation>Record that the patient withdrew consent to the registry?

A withdrawal is final: the patient is left out of every later registry export, whatever is recorded afterwards.</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Record withdrawal</translation>
    </message>
</context>
<context>
    <name>forlop::ResetPasswordDialog</name>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Set password</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Choose a new password for %1 and give it to them in person. They can change it after signing in.</source>
        <translation>Choose a new password for %1 and give it to them in person. They can change it after signing in.</translation>
    </message>
    <message>
        <source>%1 gets new keys with the new password, so a unit leader must grant access to clinical records again.</source>
        <translation>%1 gets new keys with the new password, so a unit leader must grant access to clinical records again.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Setting the new password…</translation>
    </message>
</context>
<context>
    <name>forlop::RestoreDialog</name>
    <message>
        <source>REPLACE</source>
        <extracomment>Typed by the user to confirm replacing an existing database; keep it one short word in capitals</extracomment>
        <translation>REPLACE</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>The backup is restored into a new database file, which you can then open in a second window. The clinic open now is not changed.</source>
        <translation>The backup is restored into a new database file, which you can then open in a second window. The clinic open now is not changed.</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <comment>backup time, by user</comment>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>%1-restored-%2.forlop</source>
        <comment>file name: database name, time</comment>
        <translation>%1-restored-%2.forlop</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Use the recovery key instead</translation>
    </message>
    <message>
        <source>A database already exists there. It is kept beside the restored one under a new name, but every computer must close it first. To replace it, type %1.</source>
        <translation>A database already exists there. It is kept beside the restored one under a new name, but every computer must close it first. To replace it, type %1.</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>Restore &amp;to:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firm:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>Choose the backup folder (forlop-backup-…)</source>
        <translation>Choose the backup folder (forlop-backup-…)</translation>
    </message>
    <message>
        <source>Restore the backup to</source>
        <translation>Restore the backup to</translation>
    </message>
    <message>
        <source>Forløp databases (*.forlop)</source>
        <translation>Forløp databases (*.forlop)</translation>
    </message>
    <message>
        <source>Choose a backup to restore.</source>
        <translation>Choose a backup to restore.</translation>
    </message>
    <message>
        <source>Choose where the restored database goes.</source>
        <translation>Choose where the restored database goes.</translation>
    </message>
    <message>
        <source>A database exists at %1. Type %2 to replace it, or choose a new location.</source>
        <translation>A database exists at %1. Type %2 to replace it, or choose a new location.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Type the recovery key.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Type the password.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
</context>
<context>
    <name>forlop::SessionProgressBar</name>
    <message numerus="yes">
        <source>%1 of %n planned sessions attended; the national advice is 16 to 20.</source>
        <extracomment>accessible description of the session bar</extracomment>
        <translation>
            <numerusform>%1 of %n planned sessions attended; the national advice is 16 to 20.</numerusform>
            <numerusform>%1 of %n planned sessions attended; the national advice is 16 to 20.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended, no plan yet.</source>
        <translation>
            <numerusform>%n session attended, no plan yet.</numerusform>
            <numerusform>%n sessions attended, no plan yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forlop::SessionThemesEditor</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Themes of the selected session</source>
        <translation>Themes of the selected session</translation>
    </message>
    <message>
        <source>Session %1</source>
        <extracomment>%1 the session number, %2 its themes</extracomment>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Session %1: %2</translation>
    </message>
</context>
<context>
    <name>forlop::SessionsPage</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select a note to read it here.</source>
        <translation>Select a note to read it here.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>A new note, for the selected session if one is selected</source>
        <translation>A new note, for the selected session if one is selected</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Add addendum…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>(Deleted after a deletion request.)</source>
        <translation>(Deleted after a deletion request.)</translation>
    </message>
    <message>
        <source>Addendum %1</source>
        <translation>Addendum %1</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Signed %1</translation>
    </message>
    <message>
        <source>New note for this session</source>
        <translation>New note for this session</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <extracomment>Heading of an addendum under the note it belongs to: when it was written, and its status.</extracomment>
        <translation>%1 (%2):</translation>
    </message>
</context>
<context>
    <name>forlop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The new language is used the next time Forløp starts.</source>
        <translation>The new language is used the next time Forløp starts.</translation>
    </message>
    <message>
        <source>Forløp locks itself when nobody has used it for this many minutes. Signing in again opens the clinic where you left it.</source>
        <translation>Forløp locks itself when nobody has used it for this many minutes. Signing in again opens the clinic where you left it.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes:</source>
        <translation>Lock after &amp;idle minutes:</translation>
    </message>
</context>
<context>
    <name>forlop::SignDialog</name>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>%1

Type your password to sign. A signed text cannot be changed afterwards; corrections are made as signed addenda.</source>
        <translation>%1

Type your password to sign. A signed text cannot be changed afterwards; corrections are made as signed addenda.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>forlop::SlotBookingDialog</name>
    <message>
        <source>Find a time for %1</source>
        <extracomment>%1 is the patient&apos;s name or reference number.</extracomment>
        <translation>Find a time for %1</translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation>&amp;Appointment:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>Appointment &amp;letter…</source>
        <translation>Appointment &amp;letter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>forlop::SlotPicker</name>
    <message>
        <source>Any clinician</source>
        <translation>Any clinician</translation>
    </message>
    <message>
        <source>(none ticked: any day)</source>
        <translation>(none ticked: any day)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Morning (before 12:00)</source>
        <translation>Morning (before 12:00)</translation>
    </message>
    <message>
        <source>Afternoon (from 12:00)</source>
        <translation>Afternoon (from 12:00)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>C&amp;linician:</source>
        <translation>C&amp;linician:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>Days that suit:</source>
        <translation>Days that suit:</translation>
    </message>
    <message>
        <source>T&amp;ime of day:</source>
        <translation>T&amp;ime of day:</translation>
    </message>
    <message>
        <source>&amp;Free times:</source>
        <translation>&amp;Free times:</translation>
    </message>
    <message numerus="yes">
        <source>No free time in the next %n days matches. Tick other days, choose another time of day or any clinician.</source>
        <translation>
            <numerusform>No free time in the next %n day matches. Tick other days, choose another time of day or any clinician.</numerusform>
            <numerusform>No free time in the next %n days matches. Tick other days, choose another time of day or any clinician.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n free times, earliest first. Enter books the one chosen.</source>
        <translation>
            <numerusform>The first %n free times, earliest first. Enter books the one chosen.</numerusform>
            <numerusform>The first %n free times, earliest first. Enter books the one chosen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, with %3</source>
        <extracomment>How a booked time is read out: %1 the day (&quot;Tuesday 03.03.2026&quot;), %2 the time (&quot;10:00–10:45&quot;), %3 the clinician.</extracomment>
        <translation>%1, %2, with %3</translation>
    </message>
</context>
<context>
    <name>forlop::SpellingMenu</name>
    <message>
        <source>No spelling suggestions</source>
        <translation>No spelling suggestions</translation>
    </message>
</context>
<context>
    <name>forlop::Storage</name>
    <message>
        <source>The file %1 is not a Forløp database, or it is damaged. If it is your clinic&apos;s database, restore it from the latest backup.</source>
        <translation>The file %1 is not a Forløp database, or it is damaged. If it is your clinic&apos;s database, restore it from the latest backup.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>The database file %1 cannot be read.</translation>
    </message>
    <message>
        <source>A second SQLite library is loaded in this program; refusing to open the database.</source>
        <translation>A second SQLite library is loaded in this program; refusing to open the database.</translation>
    </message>
    <message>
        <source>The file is not a Forløp database, or it is damaged.</source>
        <translation>The file is not a Forløp database, or it is damaged.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from the latest backup.</source>
        <translation>The database file is damaged. Restore it from the latest backup.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>The database is busy in another window or program. Try again in a moment.</translation>
    </message>
    <message>
        <source>The disk reported an error. Nothing was saved.</source>
        <translation>The disk reported an error. Nothing was saved.</translation>
    </message>
    <message>
        <source>The database file cannot be opened for writing.</source>
        <translation>The database file cannot be opened for writing.</translation>
    </message>
    <message>
        <source>Your role does not give access to this data.</source>
        <translation>Your role does not give access to this data.</translation>
    </message>
    <message>
        <source>A signed record cannot be changed or deleted. Add a signed addendum instead.</source>
        <translation>A signed record cannot be changed or deleted. Add a signed addendum instead.</translation>
    </message>
    <message>
        <source>This log can only be added to.</source>
        <translation>This log can only be added to.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>The change breaks a rule of the database and was not saved.</translation>
    </message>
    <message>
        <source>Database error %1.</source>
        <translation>Database error %1.</translation>
    </message>
</context>
<context>
    <name>forlop::TimelinePage</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Double-click to open</translation>
    </message>
</context>
<context>
    <name>forlop::TreatmentPlanPage</name>
    <message>
        <source>Outside the national advice of 16–20 sessions. Write why: the plan is recorded as a departure from the national standard (a deviation).</source>
        <translation>Outside the national advice of 16–20 sessions. Write why: the plan is recorded as a departure from the national standard (a deviation).</translation>
    </message>
    <message>
        <source>Why this patient needs another number of sessions</source>
        <translation>Why this patient needs another number of sessions</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>The national advice is 16 to 20 sessions (default 16).</source>
        <translation>The national advice is 16 to 20 sessions (default 16).</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Planned sessions</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Treatment sessions</source>
        <translation>Treatment sessions</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Cancelled by the patient</source>
        <translation>Cancelled by the patient</translation>
    </message>
    <message>
        <source>Cancelled by the clinic</source>
        <translation>Cancelled by the clinic</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Did not attend</translation>
    </message>
    <message>
        <source>Intake instruments are neither completed nor declined. Starting treatment now is recorded as a departure from the national standard: write why.</source>
        <translation>Intake instruments are neither completed nor declined. Starting treatment now is recorded as a departure from the national standard: write why.</translation>
    </message>
    <message>
        <source>Why treatment starts before the package is complete</source>
        <translation>Why treatment starts before the package is complete</translation>
    </message>
    <message>
        <source>Start treatment</source>
        <translation>Start treatment</translation>
    </message>
    <message>
        <source>Start of treatment</source>
        <translation>Start of treatment</translation>
    </message>
    <message>
        <source>Treatment starts when the plan is made and the patient is identified (name and national ID number).</source>
        <translation>Treatment starts when the plan is made and the patient is identified (name and national ID number).</translation>
    </message>
    <message>
        <source>No treatment plan. The plan is made during the assessment.</source>
        <translation>No treatment plan. The plan is made during the assessment.</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %n session(s).</source>
        <translation>
            <numerusform>Plan of %n session.</numerusform>
            <numerusform>Plan of %n sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan yet: choose the number of sessions and the themes, then save.</source>
        <translation>No plan yet: choose the number of sessions and the themes, then save.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n planned</source>
        <translation>
            <numerusform>%1 of %n planned</numerusform>
            <numerusform>%1 of %n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (no plan yet)</source>
        <translation>
            <numerusform>%n (no plan yet)</numerusform>
            <numerusform>%n (no plan yet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the plan first.</source>
        <translation>Save the plan first.</translation>
    </message>
    <message>
        <source>Shaded: the national advice of 16–20 sessions. Line: the plan.</source>
        <translation>Shaded: the national advice of 16–20 sessions. Line: the plan.</translation>
    </message>
</context>
<context>
    <name>forlop::UnmetNeedsBox</name>
    <message>
        <source>Open: refer onward or record why not</source>
        <translation>Open: refer onward or record why not</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Referred onward</translation>
    </message>
    <message>
        <source>No referral: %1</source>
        <translation>No referral: %1</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Unmet needs</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>The need, e.g. substance use</source>
        <translation>The need, e.g. substance use</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Add need</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>New need</translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <source>A need left without an onward referral or a recorded reason counts as a departure from the national standard.</source>
        <translation>A need left without an onward referral or a recorded reason counts as a departure from the national standard.</translation>
    </message>
    <message>
        <source>Follow up the need: %1</source>
        <translation>Follow up the need: %1</translation>
    </message>
    <message>
        <source>Record a need</source>
        <translation>Record a need</translation>
    </message>
</context>
<context>
    <name>forlop::UserTableModel</name>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Psychiatrist</source>
        <translation>Psychiatrist</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Waiting for access</source>
        <translation>Waiting for access</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>No clinical access because the user&apos;s roles do not include it</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (HPR %2)</source>
        <comment>profession (HPR number)</comment>
        <translation>%1 (HPR %2)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>A unit leader must grant this user access to clinical records.</source>
        <translation>A unit leader must grant this user access to clinical records.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clinical records</source>
        <translation>Clinical records</translation>
    </message>
</context>
<context>
    <name>forlop::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Add staff, reset forgotten passwords and deactivate accounts. Users are never deleted, so the record of who wrote what stays intact.</source>
        <translation>Add staff, reset forgotten passwords and deactivate accounts. Users are never deleted, so the record of who wrote what stays intact.</translation>
    </message>
    <message>
        <source>Clinicians and unit leaders marked “Waiting for access” cannot read clinical records until you grant access.</source>
        <translation>Clinicians and unit leaders marked “Waiting for access” cannot read clinical records until you grant access.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>&amp;Grant access to clinical records</source>
        <translation>&amp;Grant access to clinical records</translation>
    </message>
    <message>
        <source>Re&amp;place clinical key…</source>
        <translation>Re&amp;place clinical key…</translation>
    </message>
    <message>
        <source>%1 was added. A unit leader must grant access to clinical records before they can read them.</source>
        <translation>%1 was added. A unit leader must grant access to clinical records before they can read them.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <source>The password of %1 was reset. A unit leader must grant access to clinical records again.</source>
        <translation>The password of %1 was reset. A unit leader must grant access to clinical records again.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Deactivate %1?</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, and their keys are removed from the key file. The database key is then replaced, so that a copy of their old key file opens nothing; everyone else signs in as before. This takes a few seconds. The account stays in the list as deactivated.</source>
        <translation>%1 can no longer sign in, and their keys are removed from the key file. The database key is then replaced, so that a copy of their old key file opens nothing; everyone else signs in as before. This takes a few seconds. The account stays in the list as deactivated.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Deactivating %1 and replacing the database key…</source>
        <translation>Deactivating %1 and replacing the database key…</translation>
    </message>
    <message>
        <source>%1 was deactivated and the database key was replaced.</source>
        <translation>%1 was deactivated and the database key was replaced.</translation>
    </message>
    <message>
        <source>Grant access to clinical records</source>
        <translation>Grant access to clinical records</translation>
    </message>
    <message>
        <source>Give %1 access to clinical records?</source>
        <translation>Give %1 access to clinical records?</translation>
    </message>
    <message>
        <source>%1 will be able to read and write the clinical records of the patients allocated to them: notes, assessments and duty-to-report records. The grant is recorded in the audit log.</source>
        <translation>%1 will be able to read and write the clinical records of the patients allocated to them: notes, assessments and duty-to-report records. The grant is recorded in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation>&amp;Grant access</translation>
    </message>
    <message>
        <source>%1 now has access to clinical records.</source>
        <translation>%1 now has access to clinical records.</translation>
    </message>
    <message>
        <source>Replace clinical key</source>
        <translation>Replace clinical key</translation>
    </message>
    <message>
        <source>Replace the key to clinical records?</source>
        <translation>Replace the key to clinical records?</translation>
    </message>
    <message>
        <source>Every clinical field is decrypted and encrypted again under a new key, and the new key is given to everyone who holds the current one. Do this after someone with access to clinical records has left. Keep Forløp open until it is done.</source>
        <translation>Every clinical field is decrypted and encrypted again under a new key, and the new key is given to everyone who holds the current one. Do this after someone with access to clinical records has left. Keep Forløp open until it is done.</translation>
    </message>
    <message>
        <source>&amp;Replace key</source>
        <translation>&amp;Replace key</translation>
    </message>
    <message>
        <source>Encrypting clinical records under the new key…</source>
        <translation>Encrypting clinical records under the new key…</translation>
    </message>
    <message>
        <source>The clinical key was replaced.</source>
        <translation>The clinical key was replaced.</translation>
    </message>
</context>
<context>
    <name>forlop::WaitingListModel</name>
    <message>
        <source>%1 (earlier offer %2)</source>
        <extracomment>A waiting patient&apos;s stage, and the date of a first appointment that did not take place.</extracomment>
        <translation>%1 (earlier offer %2)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Find a free time for this patient and book it</source>
        <translation>Find a free time for this patient and book it</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Days waited</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
</context>
<context>
    <name>forlop::WaitingListPage</name>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Find slot</source>
        <translation>Find slot</translation>
    </message>
    <message>
        <source>&amp;Find slot…</source>
        <translation>&amp;Find slot…</translation>
    </message>
    <message>
        <source>For the chosen patient (Enter or a double-click on the row does the same)</source>
        <translation>For the chosen patient (Enter or a double-click on the row does the same)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>%1 is &quot;N waiting&quot;, %2 &quot;N urgent&quot;, %3 &quot;longest N days&quot;.</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n urgent</numerusform>
            <numerusform>%n urgent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest %n days</source>
        <translation>
            <numerusform>longest %n day</numerusform>
            <numerusform>longest %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Forløp: case management for the clinics of Det finnes hjelp.</source>
        <translation>Forløp: case management for the clinics of Det finnes hjelp.</translation>
    </message>
    <message>
        <source>Open the clinic database at PATH (created on first run).</source>
        <translation>Open the clinic database at PATH (created on first run).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Mark this run as a demo (synthetic data only).</source>
        <translation>Mark this run as a demo (synthetic data only).</translation>
    </message>
    <message>
        <source>No folder for application data was found; start Forløp with --database PATH.
</source>
        <translation>No folder for application data was found; start Forløp with --database PATH.
</translation>
    </message>
    <message>
        <source>Warning: core dumps could not be disabled.
</source>
        <translation>Warning: core dumps could not be disabled.
</translation>
    </message>
</context>
</TS>
