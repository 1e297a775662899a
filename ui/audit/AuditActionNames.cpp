#include "audit/AuditActionNames.h"

#include "pathway/PatientState.h"

#include <QHash>

namespace forlop {

QString AuditActionNames::displayName(const QString& action)
{
    // Source texts only; tr() at lookup time follows whatever language is installed by then.
    static const QHash<QString, const char*> names{
        {QStringLiteral("login.ok"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("login.failed"), QT_TR_NOOP("Failed sign-in")},
        {QStringLiteral("session.lock"), QT_TR_NOOP("Locked or signed out")},
        {QStringLiteral("clinic.create"), QT_TR_NOOP("Created the clinic")},
        {QStringLiteral("user.create"), QT_TR_NOOP("Added a user")},
        {QStringLiteral("user.deactivate"), QT_TR_NOOP("Deactivated a user")},
        {QStringLiteral("user.password_change"), QT_TR_NOOP("Changed own password")},
        {QStringLiteral("user.password_reset"), QT_TR_NOOP("Reset a password")},
        {QStringLiteral("user.grant_clinical"), QT_TR_NOOP("Granted access to clinical records")},
        {QStringLiteral("database_key.rotate"), QT_TR_NOOP("Replaced the database key")},
        {QStringLiteral("clinical_key.rotate"), QT_TR_NOOP("Replaced the clinical key")},
        {QStringLiteral("setting.change"), QT_TR_NOOP("Changed a setting")},
        {QStringLiteral("backup.create"), QT_TR_NOOP("Took a backup")},
        {QStringLiteral("backup.restore"), QT_TR_NOOP("Restored a backup")},
        {QStringLiteral("audit_log.view"), QT_TR_NOOP("Viewed the audit log")},
        {QStringLiteral("audit_log.export"), QT_TR_NOOP("Exported the patient's access log")},
        {QStringLiteral("emergency_access.grant"), QT_TR_NOOP("Emergency access")},
        {QStringLiteral("emergency_access.review"), QT_TR_NOOP("Reviewed an emergency access")},
        {QStringLiteral("patient.access_denied"), QT_TR_NOOP("Access refused")},
        {QStringLiteral("patient.create"), QT_TR_NOOP("Registered a patient")},
        {QStringLiteral("patient.search"), QT_TR_NOOP("Searched for patients")},
        {QStringLiteral("patient.identity"), QT_TR_NOOP("Changed identity or contact details")},
        {QStringLiteral("patient.allocate"), QT_TR_NOOP("Allocated to a clinician")},
        {QStringLiteral("patient.block"), QT_TR_NOOP("Blocked a staff member")},
        {QStringLiteral("patient.unblock"), QT_TR_NOOP("Lifted a block")},
        {QStringLiteral("referral.create"), QT_TR_NOOP("Registered a referral")},
        {QStringLiteral("referral.import"), QT_TR_NOOP("Imported referrals")},
        {QStringLiteral("referral.first_offered"), QT_TR_NOOP("Offered a first appointment")},
        {QStringLiteral("eligibility.start"), QT_TR_NOOP("Started the eligibility assessment")},
        {QStringLiteral("eligibility.answer"), QT_TR_NOOP("Answered an eligibility criterion")},
        {QStringLiteral("eligibility.complete"), QT_TR_NOOP("Completed the eligibility assessment")},
        {QStringLiteral("eligibility.decision"), QT_TR_NOOP("Decided on eligibility")},
        {QStringLiteral("eligibility.override"), QT_TR_NOOP("Overrode the eligibility decision")},
        {QStringLiteral("exclusion.no_onward_referral"), QT_TR_NOOP("Excluded without onward referral")},
        {QStringLiteral("package.start"), QT_TR_NOOP("Started the assessment package")},
        {QStringLiteral("package.record"), QT_TR_NOOP("Recorded an assessment instrument")},
        {QStringLiteral("plan.create"), QT_TR_NOOP("Made the treatment plan")},
        {QStringLiteral("plan.update"), QT_TR_NOOP("Changed the treatment plan")},
        {QStringLiteral("session.record"), QT_TR_NOOP("Recorded a session")},
        {QStringLiteral("session.attendance"), QT_TR_NOOP("Recorded attendance")},
        {QStringLiteral("deviation.record"), QT_TR_NOOP("Recorded a departure from the standard")},
        {QStringLiteral("note.create"), QT_TR_NOOP("Wrote a note")},
        {QStringLiteral("note.update"), QT_TR_NOOP("Changed a draft note")},
        {QStringLiteral("note.discard"), QT_TR_NOOP("Discarded a draft note")},
        {QStringLiteral("note.sign"), QT_TR_NOOP("Signed a note")},
        {QStringLiteral("note.addendum"), QT_TR_NOOP("Added to a signed note")},
        {QStringLiteral("note.deletion_request"), QT_TR_NOOP("Asked for a note to be deleted")},
        {QStringLiteral("signature.failed"), QT_TR_NOOP("Signing refused")},
        {QStringLiteral("duty_report.create"), QT_TR_NOOP("Started a duty-to-report record")},
        {QStringLiteral("duty_report.update"), QT_TR_NOOP("Changed a duty-to-report record")},
        {QStringLiteral("duty_report.sign"), QT_TR_NOOP("Signed a duty-to-report record")},
        {QStringLiteral("duty_report.open_list"), QT_TR_NOOP("Looked at open duty-to-report records")},
        {QStringLiteral("onward_referral.create"), QT_TR_NOOP("Referred onward")},
        {QStringLiteral("onward_referral.status"), QT_TR_NOOP("Updated an onward referral")},
        {QStringLiteral("unmet_need.record"), QT_TR_NOOP("Recorded an unmet need")},
        {QStringLiteral("unmet_need.referred"), QT_TR_NOOP("Referred an unmet need onward")},
        {QStringLiteral("unmet_need.reason"), QT_TR_NOOP("Gave a reason for an unmet need")},
        {QStringLiteral("treatment.end"), QT_TR_NOOP("Ended treatment")},
        {QStringLiteral("follow_up.start"), QT_TR_NOOP("Started follow-up")},
        {QStringLiteral("appointment.book"), QT_TR_NOOP("Booked an appointment")},
        {QStringLiteral("appointment.move"), QT_TR_NOOP("Moved an appointment")},
        {QStringLiteral("appointment_series.create"), QT_TR_NOOP("Booked a series of appointments")},
        {QStringLiteral("appointment.cancel_by_patient"), QT_TR_NOOP("Appointment cancelled by the patient")},
        {QStringLiteral("appointment.cancel_by_clinic"), QT_TR_NOOP("Appointment cancelled by the clinic")},
        {QStringLiteral("appointment.attended"), QT_TR_NOOP("Attended an appointment")},
        {QStringLiteral("appointment.no_show"), QT_TR_NOOP("Did not come to an appointment")},
        {QStringLiteral("letter.print"), QT_TR_NOOP("Printed a letter")},
        {QStringLiteral("registry.export"), QT_TR_NOOP("Exported to the quality registry")},
        {QStringLiteral("registry.export.patient"), QT_TR_NOOP("Included in the quality registry export")},
        {QStringLiteral("statistics.view"), QT_TR_NOOP("Looked at statistics")},
        {QStringLiteral("statistics.export"), QT_TR_NOOP("Exported statistics")},
        {QStringLiteral("report.view"), QT_TR_NOOP("Looked at a report")},
        {QStringLiteral("report.export"), QT_TR_NOOP("Exported a report")},
        {QStringLiteral("calendar.view"), QT_TR_NOOP("Looked at the calendar")},
        {QStringLiteral("caseload.view"), QT_TR_NOOP("Looked at a caseload")},
        {QStringLiteral("caseload.load.view"), QT_TR_NOOP("Looked at caseloads")},
        {QStringLiteral("caseload.appointments.view"), QT_TR_NOOP("Looked at a caseload's appointments")},
        {QStringLiteral("waiting_list.view"), QT_TR_NOOP("Looked at the waiting list")},
        {QStringLiteral("waiting_times.view"), QT_TR_NOOP("Looked at waiting times")},
        {QStringLiteral("criteria.version"), QT_TR_NOOP("New version of the eligibility criteria")},
        {QStringLiteral("instrument_catalogue.version"), QT_TR_NOOP("New version of the instrument catalogue")},
        {QStringLiteral("theme_catalogue.version"), QT_TR_NOOP("New version of the treatment themes")},
        {QStringLiteral("patient.view"), QT_TR_NOOP("Opened the patient's record")},
        {QStringLiteral("timeline.view"), QT_TR_NOOP("Read the timeline")},
        {QStringLiteral("referral.view"), QT_TR_NOOP("Read the referral")},
        {QStringLiteral("referral_reason.view"), QT_TR_NOOP("Read the referral reason")},
        {QStringLiteral("eligibility_assessment.view"), QT_TR_NOOP("Read the eligibility assessment")},
        {QStringLiteral("assessment_package.view"), QT_TR_NOOP("Read the assessment package")},
        {QStringLiteral("package_completion.view"), QT_TR_NOOP("Looked at the assessment package's completion")},
        {QStringLiteral("registry_consent.view"), QT_TR_NOOP("Read the registry consent")},
        {QStringLiteral("treatment_plan.view"), QT_TR_NOOP("Read the treatment plan")},
        {QStringLiteral("treatment_session.view"), QT_TR_NOOP("Read a session")},
        {QStringLiteral("session_counts.view"), QT_TR_NOOP("Looked at the number of sessions")},
        {QStringLiteral("clinical_note.view"), QT_TR_NOOP("Read a note")},
        {QStringLiteral("note.view"), QT_TR_NOOP("Read a note")},
        {QStringLiteral("note_deletion_request.view"), QT_TR_NOOP("Read a request to delete a note")},
        {QStringLiteral("deviation.view"), QT_TR_NOOP("Read a departure from the standard")},
        {QStringLiteral("duty_report.view"), QT_TR_NOOP("Read a duty-to-report record")},
        {QStringLiteral("onward_referral.view"), QT_TR_NOOP("Read an onward referral")},
        {QStringLiteral("unmet_need.view"), QT_TR_NOOP("Read an unmet need")},
        {QStringLiteral("treatment_end.view"), QT_TR_NOOP("Read the end of treatment")},
        {QStringLiteral("appointment.view"), QT_TR_NOOP("Looked at an appointment")},
        {QStringLiteral("appointment_series.view"), QT_TR_NOOP("Looked at a series of appointments")},
    };
    if (const auto found = names.constFind(action); found != names.cend()) {
        return tr(found.value());
    }
    static const QString statePrefix = QStringLiteral("patient.state.");
    if (action.startsWith(statePrefix)) {
        if (const auto state = PatientStates::fromId(action.mid(statePrefix.size()))) {
            //: An audit entry: the patient's pathway moved to this state
            return tr("Pathway: %1").arg(PatientStates::displayName(*state));
        }
    }
    return action;
}

} // namespace forlop
