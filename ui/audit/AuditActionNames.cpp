#include "audit/AuditActionNames.h"

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
        {QStringLiteral("audit_log.export"), QT_TR_NOOP("Exported a patient's access log")},
        {QStringLiteral("emergency_access.grant"), QT_TR_NOOP("Emergency access")},
        {QStringLiteral("emergency_access.review"), QT_TR_NOOP("Reviewed an emergency access")},
        {QStringLiteral("patient.access_denied"), QT_TR_NOOP("Access refused")},
        {QStringLiteral("patient.create"), QT_TR_NOOP("Registered a patient")},
        {QStringLiteral("patient.view"), QT_TR_NOOP("Opened the patient's record")},
        {QStringLiteral("patient.search"), QT_TR_NOOP("Searched for patients")},
        {QStringLiteral("patient.identity"), QT_TR_NOOP("Changed identity or contact details")},
        {QStringLiteral("patient.allocate"), QT_TR_NOOP("Allocated to a clinician")},
        {QStringLiteral("patient.block"), QT_TR_NOOP("Blocked a staff member")},
        {QStringLiteral("patient.unblock"), QT_TR_NOOP("Lifted a block")},
        {QStringLiteral("referral.create"), QT_TR_NOOP("Registered a referral")},
        {QStringLiteral("referral.import"), QT_TR_NOOP("Imported referrals")},
        {QStringLiteral("eligibility.start"), QT_TR_NOOP("Started the eligibility assessment")},
        {QStringLiteral("eligibility.answer"), QT_TR_NOOP("Answered an eligibility criterion")},
        {QStringLiteral("eligibility.decision"), QT_TR_NOOP("Decided on eligibility")},
        {QStringLiteral("package.start"), QT_TR_NOOP("Started the assessment package")},
        {QStringLiteral("package.record"), QT_TR_NOOP("Recorded an assessment instrument")},
        {QStringLiteral("plan.create"), QT_TR_NOOP("Made the treatment plan")},
        {QStringLiteral("plan.update"), QT_TR_NOOP("Changed the treatment plan")},
        {QStringLiteral("session.record"), QT_TR_NOOP("Recorded a session")},
        {QStringLiteral("note.create"), QT_TR_NOOP("Wrote a note")},
        {QStringLiteral("note.update"), QT_TR_NOOP("Changed a draft note")},
        {QStringLiteral("note.sign"), QT_TR_NOOP("Signed a note")},
        {QStringLiteral("note.addendum"), QT_TR_NOOP("Added to a signed note")},
        {QStringLiteral("note.view"), QT_TR_NOOP("Read a note")},
        {QStringLiteral("duty_report.create"), QT_TR_NOOP("Started a duty-to-report record")},
        {QStringLiteral("duty_report.sign"), QT_TR_NOOP("Signed a duty-to-report record")},
        {QStringLiteral("onward_referral.create"), QT_TR_NOOP("Referred onward")},
        {QStringLiteral("treatment.end"), QT_TR_NOOP("Ended treatment")},
        {QStringLiteral("appointment.book"), QT_TR_NOOP("Booked an appointment")},
        {QStringLiteral("appointment.move"), QT_TR_NOOP("Moved an appointment")},
        {QStringLiteral("appointment.cancel_by_patient"), QT_TR_NOOP("Appointment cancelled by the patient")},
        {QStringLiteral("appointment.cancel_by_clinic"), QT_TR_NOOP("Appointment cancelled by the clinic")},
        {QStringLiteral("letter.print"), QT_TR_NOOP("Printed a letter")},
        {QStringLiteral("registry.export"), QT_TR_NOOP("Exported to the quality registry")},
    };
    const auto found = names.constFind(action);
    return found == names.cend() ? action : tr(found.value());
}

} // namespace forlop
