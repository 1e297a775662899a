#include "pathway/OnwardReferral.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientWrite.h"
#include "security/ClinicalCipher.h"
#include "util/Clock.h"

namespace forlop {

using namespace pathwaysql;

const QList<OnwardRecipient>& OnwardReferrals::recipients()
{
    using R = OnwardRecipient;
    static const QList<OnwardRecipient> all{R::Gp, R::MentalHealth, R::SubstanceAbuse, R::ChildWelfare, R::Other};
    return all;
}

QString OnwardReferrals::id(OnwardRecipient recipient)
{
    switch (recipient) {
    case OnwardRecipient::Gp:
        return QStringLiteral("gp");
    case OnwardRecipient::MentalHealth:
        return QStringLiteral("mental_health");
    case OnwardRecipient::SubstanceAbuse:
        return QStringLiteral("substance_abuse");
    case OnwardRecipient::ChildWelfare:
        return QStringLiteral("child_welfare");
    case OnwardRecipient::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<OnwardRecipient> OnwardReferrals::recipientFromId(const QString& id)
{
    for (OnwardRecipient recipient : recipients()) {
        if (OnwardReferrals::id(recipient) == id) {
            return recipient;
        }
    }
    return std::nullopt;
}

QString OnwardReferrals::displayName(OnwardRecipient recipient)
{
    switch (recipient) {
    case OnwardRecipient::Gp:
        return tr("GP");
    case OnwardRecipient::MentalHealth:
        return tr("Mental health service");
    case OnwardRecipient::SubstanceAbuse:
        return tr("Substance-abuse treatment");
    case OnwardRecipient::ChildWelfare:
        return tr("Child welfare");
    case OnwardRecipient::Other:
        return tr("Other");
    }
    return {};
}

QString OnwardReferrals::id(OnwardStatus status)
{
    switch (status) {
    case OnwardStatus::Planned:
        return QStringLiteral("planned");
    case OnwardStatus::Sent:
        return QStringLiteral("sent");
    case OnwardStatus::Accepted:
        return QStringLiteral("accepted");
    case OnwardStatus::Declined:
        return QStringLiteral("declined");
    case OnwardStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OnwardStatus> OnwardReferrals::statusFromId(const QString& id)
{
    for (OnwardStatus status : {OnwardStatus::Planned, OnwardStatus::Sent, OnwardStatus::Accepted,
                                OnwardStatus::Declined, OnwardStatus::Cancelled}) {
        if (OnwardReferrals::id(status) == id) {
            return status;
        }
    }
    return std::nullopt;
}

QString OnwardReferrals::displayName(OnwardStatus status)
{
    switch (status) {
    case OnwardStatus::Planned:
        return tr("Planned");
    case OnwardStatus::Sent:
        return tr("Sent");
    case OnwardStatus::Accepted:
        return tr("Accepted");
    case OnwardStatus::Declined:
        return tr("Declined by the recipient");
    case OnwardStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

Status OnwardReferrals::validate(const NewOnwardReferral& referral, const QDate& today)
{
    if (!referral.referredOn.isValid() || referral.referredOn > today) {
        return fail(ErrorCode::InvalidInput, tr("An onward referral needs a date that is not in the future."));
    }
    if (referral.reason.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Write why the patient is referred onward."));
    }
    return {};
}

Status OnwardReferrals::validateChoice(const OnwardChoice& choice, const QDate& today)
{
    if (choice.referral) {
        return validate(*choice.referral, today);
    }
    if (choice.noReferralReason.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    tr("Choose where the patient is referred onward, or write why there is no onward referral."));
    }
    return {};
}

Result<std::int64_t> OnwardReferrals::insert(PatientWrite& write, const NewOnwardReferral& referral)
{
    Clinic& clinic = write.clinic();
    if (auto status = validate(referral, clinic.clock().today()); !status) {
        return std::unexpected(status.error());
    }
    const QString now = isoTime(clinic.clock().now());
    auto rowId =
        pathwaysql::insert(clinic.db(),
                           "INSERT INTO onward_referral (patient_id, recipient, recipient_detail, reason, "
                           "referred_on, status, status_changed_at, created_at, created_by) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)",
                           write.patientId(), id(referral.recipient), referral.recipientDetail.trimmed(),
                           ClinicalCipher::seal(clinic, referral.reason.trimmed()), isoDate(referral.referredOn),
                           id(referral.status), now, userRef(clinic.session().userId));
    if (!rowId) {
        return rowId;
    }
    if (auto status = write.audit(QStringLiteral("onward_referral.create"), QStringLiteral("onward_referral"), *rowId);
        !status) {
        return std::unexpected(status.error());
    }
    return rowId;
}

Result<std::int64_t> OnwardReferrals::create(Clinic& clinic, std::int64_t patientId, const NewOnwardReferral& referral)
{
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (write->state() == PatientState::Enquiry) {
        return fail(ErrorCode::Conflict, tr("Register the referral before referring the patient onward."));
    }
    auto rowId = insert(*write, referral);
    if (!rowId) {
        return rowId;
    }
    if (auto status = write->commit(); !status) {
        return std::unexpected(status.error());
    }
    return rowId;
}

Status OnwardReferrals::setStatus(Clinic& clinic, std::int64_t onwardReferralId, OnwardStatus status)
{
    auto patientId = optionalInt(clinic.db(), "SELECT patient_id FROM onward_referral WHERE id = ?1", onwardReferralId);
    if (!patientId) {
        return std::unexpected(patientId.error());
    }
    if (!*patientId) {
        return fail(ErrorCode::NotFound, tr("The onward referral was not found."));
    }
    auto write = PatientWrite::begin(clinic, **patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto result = run(clinic.db(), "UPDATE onward_referral SET status = ?2, status_changed_at = ?3 WHERE id = ?1",
                          onwardReferralId, id(status), isoTime(clinic.clock().now()));
        !result) {
        return result;
    }
    if (auto result =
            write->audit(QStringLiteral("onward_referral.status"), QStringLiteral("onward_referral"), onwardReferralId);
        !result) {
        return result;
    }
    return write->commit();
}

Result<QList<OnwardReferral>> OnwardReferrals::list(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto stmt = query(clinic.db(),
                      "SELECT id, recipient, recipient_detail, reason, referred_on, status, status_changed_at "
                      "FROM onward_referral WHERE patient_id = ?1 ORDER BY referred_on, id",
                      patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<OnwardReferral> result;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        OnwardReferral referral;
        referral.id = stmt->int64(0);
        referral.patientId = patientId;
        referral.recipient = recipientFromId(stmt->text(1)).value_or(OnwardRecipient::Other);
        referral.recipientDetail = stmt->text(2);
        auto reason = ClinicalCipher::open(clinic, stmt->blob(3));
        if (!reason) {
            return std::unexpected(reason.error());
        }
        referral.reason = *reason;
        referral.referredOn = parseDate(stmt->text(4));
        referral.status = statusFromId(stmt->text(5)).value_or(OnwardStatus::Planned);
        referral.statusChangedAt = parseTime(stmt->text(6));
        result << referral;
    }
    if (auto status =
            PatientAccess::auditRead(clinic, patientId, QStringLiteral("onward_referral"), std::nullopt, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return result;
}

} // namespace forlop
