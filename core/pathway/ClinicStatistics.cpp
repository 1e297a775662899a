#include "pathway/ClinicStatistics.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"

namespace forlop {

using namespace pathwaysql;

namespace {

// Runs "SELECT key, count(*) … GROUP BY key" and files each count under its parsed key.
template <typename K, typename Parse>
Status grouped(Database& db, const char* sql, QMap<K, std::int64_t>& into, Parse parse)
{
    auto stmt = query(db, sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return {};
        }
        if (auto key = parse(stmt->text(0))) {
            into[*key] += stmt->int64(1);
        }
    }
}

} // namespace

QJsonObject ClinicCounts::toJson() const
{
    QJsonObject byState;
    for (PatientState state : PatientStates::all()) {
        byState.insert(PatientStates::id(state), qint64(patientsByState.value(state)));
    }
    QJsonObject byChannel;
    for (ReferralChannel channel : ReferralCodes::channels()) {
        byChannel.insert(ReferralCodes::id(channel), qint64(referralsByChannel.value(channel)));
    }
    QJsonObject byAttendance;
    for (SessionAttendance attendance : {SessionAttendance::Attended, SessionAttendance::CancelledByPatient,
                                         SessionAttendance::CancelledByClinic, SessionAttendance::NoShow}) {
        byAttendance.insert(SessionLog::id(attendance), qint64(sessionsByAttendance.value(attendance)));
    }
    QJsonObject byKind;
    for (DeviationKind kind : Deviations::all()) {
        byKind.insert(Deviations::id(kind), qint64(deviations.value(kind)));
    }
    return QJsonObject{
        {QStringLiteral("patients"),
         QJsonObject{{QStringLiteral("total"), qint64(patients)}, {QStringLiteral("by_state"), byState}}},
        {QStringLiteral("referrals"), QJsonObject{{QStringLiteral("total"), qint64(referrals)},
                                                  {QStringLiteral("by_channel"), byChannel},
                                                  {QStringLiteral("urgent"), qint64(urgentReferrals)},
                                                  {QStringLiteral("imported"), qint64(importedReferrals)}}},
        {QStringLiteral("appointments"), qint64(appointments)},
        {QStringLiteral("sessions"),
         QJsonObject{{QStringLiteral("total"), qint64(sessions)}, {QStringLiteral("by_attendance"), byAttendance}}},
        {QStringLiteral("notes"), QJsonObject{{QStringLiteral("signed"), qint64(signedNotes)},
                                              {QStringLiteral("drafts"), qint64(draftNotes)},
                                              {QStringLiteral("addenda"), qint64(addenda)}}},
        {QStringLiteral("duty_reports"), QJsonObject{{QStringLiteral("total"), qint64(dutyReports)},
                                                     {QStringLiteral("signed"), qint64(signedDutyReports)},
                                                     {QStringLiteral("open_follow_ups"), qint64(openDutyFollowUps)}}},
        {QStringLiteral("onward_referrals"), qint64(onwardReferrals)},
        {QStringLiteral("eligibility_assessments"), qint64(eligibilityAssessments)},
        {QStringLiteral("treatment_plans"), qint64(treatmentPlans)},
        {QStringLiteral("ended_treatments"), qint64(endedTreatments)},
        {QStringLiteral("deviations"), byKind},
        {QStringLiteral("registry"), QJsonObject{{QStringLiteral("consented"), qint64(registryConsented)},
                                                 {QStringLiteral("withdrawn"), qint64(registryWithdrawn)}}},
        {QStringLiteral("users"), qint64(users)},
    };
}

Result<ClinicCounts> ClinicStatistics::compute(Clinic& clinic)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewStatistics); !status) {
        return std::unexpected(status.error());
    }
    Database& db = clinic.db();
    ClinicCounts counts;
    const std::pair<const char*, std::int64_t*> scalars[] = {
        {"SELECT count(*) FROM patient", &counts.patients},
        {"SELECT count(*) FROM referral", &counts.referrals},
        {"SELECT count(*) FROM referral WHERE urgency = 'urgent'", &counts.urgentReferrals},
        {"SELECT count(*) FROM referral WHERE source = 'import'", &counts.importedReferrals},
        {"SELECT count(*) FROM treatment_session", &counts.sessions},
        {"SELECT count(*) FROM clinical_note WHERE signed_at IS NOT NULL AND addendum_to IS NULL", &counts.signedNotes},
        {"SELECT count(*) FROM clinical_note WHERE signed_at IS NULL", &counts.draftNotes},
        {"SELECT count(*) FROM clinical_note WHERE signed_at IS NOT NULL AND addendum_to IS NOT NULL", &counts.addenda},
        {"SELECT count(*) FROM duty_report", &counts.dutyReports},
        {"SELECT count(*) FROM duty_report WHERE signed_at IS NOT NULL", &counts.signedDutyReports},
        {"SELECT count(*) FROM duty_report WHERE signed_at IS NOT NULL AND follow_up_needed = 1 "
         "AND follow_up_closed_at IS NULL",
         &counts.openDutyFollowUps},
        {"SELECT count(*) FROM onward_referral", &counts.onwardReferrals},
        {"SELECT count(*) FROM eligibility_assessment WHERE completed_at IS NOT NULL", &counts.eligibilityAssessments},
        {"SELECT count(*) FROM treatment_plan", &counts.treatmentPlans},
        {"SELECT count(*) FROM treatment_end", &counts.endedTreatments},
        {"SELECT count(*) FROM registry_consent_event e WHERE e.status = 'consented' "
         "AND e.id = (SELECT max(id) FROM registry_consent_event WHERE patient_id = e.patient_id)",
         &counts.registryConsented},
        {"SELECT count(DISTINCT patient_id) FROM registry_consent_event WHERE status = 'withdrawn'",
         &counts.registryWithdrawn},
        {"SELECT count(*) FROM user WHERE active = 1", &counts.users},
    };
    for (const auto& [sql, target] : scalars) {
        auto value = count(db, sql);
        if (!value) {
            return std::unexpected(value.error());
        }
        *target = *value;
    }
    // Appointments belong to the scheduling desk's tables; a clinic file from before them has none.
    auto hasAppointments =
        count(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'appointment'");
    if (!hasAppointments) {
        return std::unexpected(hasAppointments.error());
    }
    if (*hasAppointments > 0) {
        auto appointments = count(db, "SELECT count(*) FROM appointment");
        if (!appointments) {
            return std::unexpected(appointments.error());
        }
        counts.appointments = *appointments;
    }
    if (auto status = grouped(db, "SELECT state, count(*) FROM patient GROUP BY state", counts.patientsByState,
                              &PatientStates::fromId);
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = grouped(db, "SELECT channel, count(*) FROM referral GROUP BY channel", counts.referralsByChannel,
                              &ReferralCodes::channelFromId);
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = grouped(db, "SELECT attendance, count(*) FROM treatment_session GROUP BY attendance",
                              counts.sessionsByAttendance, &SessionLog::attendanceFromId);
        !status) {
        return std::unexpected(status.error());
    }
    auto deviations = Deviations::countByKind(clinic);
    if (!deviations) {
        return std::unexpected(deviations.error());
    }
    for (const auto& [kind, n] : std::as_const(*deviations)) {
        counts.deviations.insert(kind, n);
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("statistics.view"),
                                              std::nullopt,
                                              {},
                                              std::nullopt,
                                              QLatin1String(AuditBasis::Administrative),
                                              {},
                                              QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    return counts;
}

} // namespace forlop
