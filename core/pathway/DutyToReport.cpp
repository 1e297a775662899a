#include "pathway/DutyToReport.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "accounts/UserStore.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientWrite.h"
#include "pathway/Signer.h"
#include "security/ClinicalCipher.h"
#include "util/Clock.h"

namespace forlop {

using namespace pathwaysql;

namespace {

template <typename E> std::optional<E> fromId(std::initializer_list<E> values, const QString& id)
{
    for (E value : values) {
        if (DutyReports::id(value) == id) {
            return value;
        }
    }
    return std::nullopt;
}

template <typename E> std::optional<QString> optionalId(const std::optional<E>& value)
{
    return value ? std::optional<QString>(DutyReports::id(*value)) : std::nullopt;
}

constexpr auto ReportColumns =
    "SELECT id, patient_id, assessor_id, duty, trigger_text, occurred_on, assessed_on, assessment, decision, "
    "decision_reason, consulted_user_id, consulted_other, consulted_on, recipient, recipient_detail, channel, "
    "notified_on, patient_informed, follow_up_needed, follow_up_plan, created_at, updated_at, signed_at, "
    "follow_up_closed_at FROM duty_report ";

Result<DutyReport> readReport(const Clinic& clinic, const Statement& stmt)
{
    DutyReport report;
    report.id = stmt.int64(0);
    report.patientId = stmt.int64(1);
    report.assessorId = stmt.int64(2);
    DutyReportInput& c = report.content;
    c.duty = fromId({Duty::ChildWelfare, Duty::Avert, Duty::Other}, stmt.text(3)).value_or(Duty::Other);
    c.occurredOn = parseDate(stmt.text(5));
    c.assessedOn = parseDate(stmt.text(6));
    if (auto decision = stmt.optionalText(8)) {
        c.decision = fromId({DutyDecision::Notify, DutyDecision::NotNotify}, *decision);
    }
    c.consultedUserId = stmt.optionalInt64(10);
    c.consultedOther = stmt.text(11);
    c.consultedOn = parseOptionalDate(stmt.optionalText(12));
    if (auto recipient = stmt.optionalText(13)) {
        c.recipient =
            fromId({DutyRecipient::ChildWelfare, DutyRecipient::Police, DutyRecipient::Emergency, DutyRecipient::Other},
                   *recipient);
    }
    if (auto channel = stmt.optionalText(15)) {
        c.channel = fromId({NotificationChannel::Phone, NotificationChannel::Letter, NotificationChannel::InPerson,
                            NotificationChannel::Electronic},
                           *channel);
    }
    c.notifiedOn = parseOptionalDate(stmt.optionalText(16));
    if (auto informed = stmt.optionalText(17)) {
        c.patientInformed = fromId({PatientInformed::Yes, PatientInformed::No, PatientInformed::NotYet}, *informed);
    }
    c.followUpNeeded = stmt.int64(18) != 0;
    for (auto [column, target] :
         {std::pair{4, &c.trigger}, std::pair{7, &c.assessment}, std::pair{9, &c.decisionReason},
          std::pair{14, &c.recipientDetail}, std::pair{19, &c.followUpPlan}}) {
        auto text = ClinicalCipher::open(clinic, stmt.blob(column));
        if (!text) {
            return std::unexpected(text.error());
        }
        *target = *text;
    }
    report.createdAt = parseTime(stmt.text(20));
    report.updatedAt = parseTime(stmt.text(21));
    if (auto signedAt = stmt.optionalText(22)) {
        report.signedAt = parseTime(*signedAt);
    }
    if (auto closed = stmt.optionalText(23)) {
        report.followUpClosedAt = parseTime(*closed);
    }
    return report;
}

Status loadFollowUps(Clinic& clinic, DutyReport& report)
{
    auto stmt = query(
        clinic.db(), "SELECT id, at, by_user, text, closes FROM duty_report_follow_up WHERE report_id = ?1 ORDER BY id",
        report.id);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        auto text = ClinicalCipher::open(clinic, stmt->blob(3));
        if (!text) {
            return std::unexpected(text.error());
        }
        report.followUps << DutyFollowUp{stmt->int64(0), parseTime(stmt->text(1)), stmt->int64(2), *text,
                                         stmt->int64(4) != 0};
    }
    return {};
}

// Drafts need little: the kind of duty and sensible dates. Everything else is checked at signing.
Status checkDraft(const DutyReportInput& input, const QDate& today)
{
    for (const auto& date : {std::optional<QDate>(input.occurredOn), std::optional<QDate>(input.assessedOn),
                             input.consultedOn, input.notifiedOn}) {
        if (date && date->isValid() && *date > today) {
            return fail(ErrorCode::InvalidInput, DutyReports::tr("A date in the record lies in the future."));
        }
    }
    if (input.occurredOn.isValid() && input.assessedOn.isValid() && input.assessedOn < input.occurredOn) {
        return fail(ErrorCode::InvalidInput,
                    DutyReports::tr("The assessment cannot be dated before what it is about."));
    }
    return {};
}

QByteArray seal(const Clinic& clinic, const QString& text)
{
    return ClinicalCipher::seal(clinic, text.trimmed());
}

Status writeContent(Clinic& clinic, std::int64_t reportId, const DutyReportInput& input)
{
    return run(clinic.db(),
               "UPDATE duty_report SET duty = ?2, trigger_text = ?3, occurred_on = ?4, assessed_on = ?5, "
               "assessment = ?6, decision = ?7, decision_reason = ?8, consulted_user_id = ?9, consulted_other = ?10, "
               "consulted_on = ?11, recipient = ?12, recipient_detail = ?13, channel = ?14, notified_on = ?15, "
               "patient_informed = ?16, follow_up_needed = ?17, follow_up_plan = ?18, updated_at = ?19 WHERE id = ?1",
               reportId, DutyReports::id(input.duty), seal(clinic, input.trigger), isoDate(input.occurredOn),
               isoDate(input.assessedOn), seal(clinic, input.assessment), optionalId(input.decision),
               seal(clinic, input.decisionReason), input.consultedUserId, input.consultedOther.trimmed(),
               isoDate(input.consultedOn), optionalId(input.recipient), seal(clinic, input.recipientDetail),
               optionalId(input.channel), isoDate(input.notifiedOn), optionalId(input.patientInformed),
               input.followUpNeeded, seal(clinic, input.followUpPlan), isoTime(clinic.clock().now()));
}

// The date columns are required; a draft keeps today until the real dates are entered.
DutyReportInput withDraftDates(DutyReportInput input, const QDate& today)
{
    if (!input.occurredOn.isValid()) {
        input.occurredOn = today;
    }
    if (!input.assessedOn.isValid()) {
        input.assessedOn = today;
    }
    return input;
}

struct ReportHead
{
    std::int64_t patientId = 0;
    std::int64_t assessorId = 0;
    bool isSigned = false;
    bool followUpNeeded = false;
    bool closed = false;
};

Result<ReportHead> head(Database& db, std::int64_t reportId)
{
    auto stmt = query(db,
                      "SELECT patient_id, assessor_id, signed_at IS NOT NULL, follow_up_needed, "
                      "follow_up_closed_at IS NOT NULL FROM duty_report WHERE id = ?1",
                      reportId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, DutyReports::tr("The duty-to-report record was not found."));
    }
    return ReportHead{stmt->int64(0), stmt->int64(1), stmt->int64(2) != 0, stmt->int64(3) != 0, stmt->int64(4) != 0};
}

} // namespace

QString DutyReports::id(Duty duty)
{
    switch (duty) {
    case Duty::ChildWelfare:
        return QStringLiteral("child_welfare");
    case Duty::Avert:
        return QStringLiteral("avert");
    case Duty::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString DutyReports::displayName(Duty duty)
{
    switch (duty) {
    case Duty::ChildWelfare:
        return tr("Duty to inform child welfare");
    case Duty::Avert:
        return tr("Duty to avert (Penal Code §196)");
    case Duty::Other:
        return tr("Other duty");
    }
    return {};
}

QString DutyReports::reminder(Duty duty)
{
    switch (duty) {
    case Duty::ChildWelfare:
        return tr("When there is reason to believe a child is being or will be mistreated or seriously neglected, "
                  "notify the child welfare service in the child's municipality without undue delay.");
    case Duty::Avert:
        return tr("When a serious crime, such as sexual abuse of a child, can still be averted, notify the police or "
                  "the emergency services at once, or avert it in another way. Confidentiality does not apply.");
    case Duty::Other:
        return tr("Record which duty applies, whom it requires you to notify, and by when.");
    }
    return {};
}

QString DutyReports::id(DutyDecision decision)
{
    return decision == DutyDecision::Notify ? QStringLiteral("notify") : QStringLiteral("not_notify");
}

QString DutyReports::id(DutyRecipient recipient)
{
    switch (recipient) {
    case DutyRecipient::ChildWelfare:
        return QStringLiteral("child_welfare");
    case DutyRecipient::Police:
        return QStringLiteral("police");
    case DutyRecipient::Emergency:
        return QStringLiteral("emergency");
    case DutyRecipient::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString DutyReports::displayName(DutyRecipient recipient)
{
    switch (recipient) {
    case DutyRecipient::ChildWelfare:
        return tr("Child welfare service");
    case DutyRecipient::Police:
        return tr("Police");
    case DutyRecipient::Emergency:
        return tr("Emergency services");
    case DutyRecipient::Other:
        return tr("Other");
    }
    return {};
}

QString DutyReports::id(NotificationChannel channel)
{
    switch (channel) {
    case NotificationChannel::Phone:
        return QStringLiteral("phone");
    case NotificationChannel::Letter:
        return QStringLiteral("letter");
    case NotificationChannel::InPerson:
        return QStringLiteral("in_person");
    case NotificationChannel::Electronic:
        return QStringLiteral("electronic");
    }
    return {};
}

QString DutyReports::id(PatientInformed informed)
{
    switch (informed) {
    case PatientInformed::Yes:
        return QStringLiteral("yes");
    case PatientInformed::No:
        return QStringLiteral("no");
    case PatientInformed::NotYet:
        return QStringLiteral("not_yet");
    }
    return {};
}

Status DutyReports::checkComplete(const DutyReportInput& input, const QDate& today)
{
    if (auto status = checkDraft(input, today); !status) {
        return status;
    }
    auto missing = [](const QString& field) {
        //: %1 names a field of the duty-to-report form.
        return fail(ErrorCode::InvalidInput, tr("Fill in “%1” before signing.").arg(field));
    };
    if (input.trigger.trimmed().isEmpty()) {
        return missing(tr("What gave rise to the assessment"));
    }
    if (!input.occurredOn.isValid()) {
        return missing(tr("When it happened"));
    }
    if (!input.assessedOn.isValid()) {
        return missing(tr("Date of the assessment"));
    }
    if (input.assessment.trimmed().isEmpty()) {
        return missing(tr("Assessment"));
    }
    if (!input.decision) {
        return missing(tr("Decision"));
    }
    if (input.decisionReason.trimmed().isEmpty()) {
        return missing(tr("Reason for the decision"));
    }
    if (!input.consultedUserId && input.consultedOther.trimmed().isEmpty()) {
        return missing(tr("Colleague or leader consulted"));
    }
    if (!input.consultedOn || !input.consultedOn->isValid()) {
        return missing(tr("When they were consulted"));
    }
    if (*input.decision == DutyDecision::Notify) {
        if (!input.recipient) {
            return missing(tr("Recipient"));
        }
        if (!input.channel) {
            return missing(tr("How they were notified"));
        }
        if (!input.notifiedOn || !input.notifiedOn->isValid()) {
            return missing(tr("When they were notified"));
        }
    }
    if (!input.patientInformed) {
        return missing(tr("Whether the patient was told"));
    }
    if (input.followUpNeeded && input.followUpPlan.trimmed().isEmpty()) {
        return missing(tr("Follow-up"));
    }
    return {};
}

Result<std::int64_t> DutyReports::createDraft(Clinic& clinic, std::int64_t patientId, const DutyReportInput& input)
{
    if (auto status = checkDraft(input, clinic.clock().today()); !status) {
        return std::unexpected(status.error());
    }
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    const QString now = isoTime(clinic.clock().now());
    const DutyReportInput content = withDraftDates(input, clinic.clock().today());
    auto reportId = insert(clinic.db(),
                           "INSERT INTO duty_report (patient_id, duty, trigger_text, occurred_on, assessor_id, "
                           "assessed_on, assessment, decision_reason, created_at, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?3, ?3, ?7, ?7)",
                           patientId, id(content.duty), seal(clinic, QString()), isoDate(content.occurredOn),
                           clinic.session().userId, isoDate(content.assessedOn), now);
    if (!reportId) {
        return reportId;
    }
    if (auto status = writeContent(clinic, *reportId, content); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = write->audit(QStringLiteral("duty_report.create"), QStringLiteral("duty_report"), *reportId);
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = write->commit(); !status) {
        return std::unexpected(status.error());
    }
    return reportId;
}

Status DutyReports::updateDraft(Clinic& clinic, std::int64_t reportId, const DutyReportInput& input)
{
    if (auto status = checkDraft(input, clinic.clock().today()); !status) {
        return status;
    }
    auto report = head(clinic.db(), reportId);
    if (!report) {
        return std::unexpected(report.error());
    }
    auto write =
        PatientWrite::begin(clinic, report->patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (report->isSigned) {
        return fail(ErrorCode::Conflict, tr("The record is signed and cannot be changed; add a follow-up entry."));
    }
    if (report->assessorId != clinic.session().userId) {
        return fail(ErrorCode::PermissionDenied, tr("Only the assessing clinician can change or sign the draft."));
    }
    if (auto status = writeContent(clinic, reportId, withDraftDates(input, clinic.clock().today())); !status) {
        return status;
    }
    if (auto status = write->audit(QStringLiteral("duty_report.update"), QStringLiteral("duty_report"), reportId);
        !status) {
        return status;
    }
    return write->commit();
}

Status DutyReports::sign(Clinic& clinic, std::int64_t reportId, const Signer& signer)
{
    if (!signer.belongsTo(clinic)) {
        return fail(ErrorCode::AuthenticationFailed, tr("Confirm your password to sign."));
    }
    auto report = get(clinic, reportId);
    if (!report) {
        return std::unexpected(report.error());
    }
    if (report->signedAt) {
        return fail(ErrorCode::Conflict, tr("The record is already signed."));
    }
    if (report->assessorId != clinic.session().userId) {
        return fail(ErrorCode::PermissionDenied, tr("Only the assessing clinician can change or sign the draft."));
    }
    if (auto status = checkComplete(report->content, clinic.clock().today()); !status) {
        return status;
    }
    if (report->content.consultedUserId) {
        auto consulted = UserStore::findById(clinic.db(), *report->content.consultedUserId);
        if (!consulted) {
            return std::unexpected(consulted.error());
        }
        if (!*consulted) {
            return fail(ErrorCode::InvalidInput, tr("The colleague consulted is not a user of this clinic."));
        }
    }
    auto write =
        PatientWrite::begin(clinic, report->patientId, Permission::SignClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = run(clinic.db(), "UPDATE duty_report SET signed_at = ?2 WHERE id = ?1 AND signed_at IS NULL",
                          reportId, isoTime(clinic.clock().now()));
        !status) {
        return status;
    }
    if (clinic.db().changes() != 1) {
        return fail(ErrorCode::Conflict, tr("The record is already signed."));
    }
    if (auto status = write->audit(QStringLiteral("duty_report.sign"), QStringLiteral("duty_report"), reportId);
        !status) {
        return status;
    }
    return write->commit();
}

Status DutyReports::addFollowUp(Clinic& clinic, std::int64_t reportId, const QString& text, bool closes)
{
    if (text.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Write what was done."));
    }
    auto report = head(clinic.db(), reportId);
    if (!report) {
        return std::unexpected(report.error());
    }
    auto write =
        PatientWrite::begin(clinic, report->patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (!report->isSigned) {
        return fail(ErrorCode::Conflict, tr("Sign the record before adding follow-up entries."));
    }
    if (report->closed) {
        return fail(ErrorCode::Conflict, tr("The follow-up of this record is already closed."));
    }
    if (closes && !report->followUpNeeded) {
        return fail(ErrorCode::InvalidInput, tr("This record needs no follow-up, so there is nothing to close."));
    }
    const QString now = isoTime(clinic.clock().now());
    auto entryId = insert(clinic.db(),
                          "INSERT INTO duty_report_follow_up (report_id, at, by_user, text, closes) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)",
                          reportId, now, clinic.session().userId, seal(clinic, text), closes);
    if (!entryId) {
        return std::unexpected(entryId.error());
    }
    if (closes) {
        if (auto status =
                run(clinic.db(), "UPDATE duty_report SET follow_up_closed_at = ?2 WHERE id = ?1", reportId, now);
            !status) {
            return status;
        }
    }
    if (auto status =
            write->audit(closes ? QStringLiteral("duty_report.close") : QStringLiteral("duty_report.follow_up"),
                         QStringLiteral("duty_report"), reportId);
        !status) {
        return status;
    }
    return write->commit();
}

Result<DutyReport> DutyReports::get(Clinic& clinic, std::int64_t reportId)
{
    auto reportHead = head(clinic.db(), reportId);
    if (!reportHead) {
        return std::unexpected(reportHead.error());
    }
    auto grant = PatientAccess::clinical(clinic, reportHead->patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto stmt = query(clinic.db(), (QByteArray(ReportColumns) + "WHERE id = ?1").constData(), reportId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    if (auto row = stmt->step(); !row || !*row) {
        return fail(ErrorCode::NotFound, tr("The duty-to-report record was not found."));
    }
    auto report = readReport(clinic, *stmt);
    if (!report) {
        return report;
    }
    if (auto status = loadFollowUps(clinic, *report); !status) {
        return std::unexpected(status.error());
    }
    if (auto status =
            PatientAccess::auditRead(clinic, report->patientId, QStringLiteral("duty_report"), reportId, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return report;
}

Result<QList<DutyReport>> DutyReports::forPatient(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto stmt =
        query(clinic.db(), (QByteArray(ReportColumns) + "WHERE patient_id = ?1 ORDER BY assessed_on, id").constData(),
              patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<DutyReport> reports;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        auto report = readReport(clinic, *stmt);
        if (!report) {
            return std::unexpected(report.error());
        }
        if (auto status = loadFollowUps(clinic, *report); !status) {
            return std::unexpected(status.error());
        }
        reports << *report;
    }
    if (auto status = PatientAccess::auditRead(clinic, patientId, QStringLiteral("duty_report"), std::nullopt, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return reports;
}

Result<QList<OpenDutyFollowUp>> DutyReports::openFollowUps(Clinic& clinic)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewClinical); !status) {
        return std::unexpected(status.error());
    }
    const bool leader = clinic.session().has(Role::UnitLeader);
    auto stmt = query(clinic.db(),
                      "SELECT r.id, r.patient_id, p.pseudonym, r.duty, r.assessed_on, r.assessor_id FROM duty_report r "
                      "JOIN patient p ON p.id = r.patient_id WHERE r.signed_at IS NOT NULL AND r.follow_up_needed = 1 "
                      "AND r.follow_up_closed_at IS NULL AND (?1 OR p.clinician_id = ?2 OR r.assessor_id = ?2) "
                      "AND NOT EXISTS (SELECT 1 FROM patient_block b WHERE b.patient_id = r.patient_id "
                      "AND b.user_id = ?2 AND b.removed_at IS NULL) ORDER BY r.assessed_on, r.id",
                      leader, clinic.session().userId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<OpenDutyFollowUp> open;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        open << OpenDutyFollowUp{
            stmt->int64(0),
            stmt->int64(1),
            stmt->text(2),
            fromId({Duty::ChildWelfare, Duty::Avert, Duty::Other}, stmt->text(3)).value_or(Duty::Other),
            parseDate(stmt->text(4)),
            stmt->int64(5)};
    }
    if (auto status = clinic.audit(
            AuditEvent{QStringLiteral("duty_report.open_list"),
                       std::nullopt,
                       QStringLiteral("duty_report"),
                       std::nullopt,
                       leader ? QLatin1String(AuditBasis::Clinic) : QLatin1String(AuditBasis::CareRelation),
                       {},
                       QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    return open;
}

} // namespace forlop
