#include "pathway/UnmetNeed.h"

#include "access/PatientAccess.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientWrite.h"
#include "security/ClinicalCipher.h"
#include "util/Clock.h"

namespace forlop {

using namespace pathwaysql;

namespace {

struct NeedHead
{
    std::int64_t patientId = 0;
    bool open = true;
};

Result<NeedHead> head(Database& db, std::int64_t needId)
{
    auto stmt = query(db, "SELECT patient_id, resolution = 'open' FROM unmet_need WHERE id = ?1", needId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, UnmetNeeds::tr("The unmet need was not found."));
    }
    return NeedHead{stmt->int64(0), stmt->int64(1) != 0};
}

NeedResolution resolutionFromId(const QString& id)
{
    if (id == QLatin1String("referred")) {
        return NeedResolution::Referred;
    }
    if (id == QLatin1String("reason_recorded")) {
        return NeedResolution::ReasonRecorded;
    }
    return NeedResolution::Open;
}

} // namespace

Result<std::int64_t> UnmetNeeds::record(Clinic& clinic, std::int64_t patientId, const QDate& foundOn,
                                        const QString& description)
{
    if (!foundOn.isValid() || foundOn > clinic.clock().today()) {
        return fail(ErrorCode::InvalidInput, tr("The need needs the date it was found, not in the future."));
    }
    if (description.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Describe the need."));
    }
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = write->requireState(
            {PatientState::Eligibility, PatientState::Included, PatientState::Assessment, PatientState::Treatment});
        !status) {
        return std::unexpected(status.error());
    }
    auto needId = insert(clinic.db(),
                         "INSERT INTO unmet_need (patient_id, found_on, found_by, description, created_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5)",
                         patientId, isoDate(foundOn), clinic.session().userId,
                         ClinicalCipher::seal(clinic, description.trimmed()), isoTime(clinic.clock().now()));
    if (!needId) {
        return needId;
    }
    if (auto status = write->audit(QStringLiteral("unmet_need.record"), QStringLiteral("unmet_need"), *needId);
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = write->commit(); !status) {
        return std::unexpected(status.error());
    }
    return needId;
}

Status UnmetNeeds::resolveWithReferral(Clinic& clinic, std::int64_t needId, std::int64_t onwardReferralId)
{
    auto need = head(clinic.db(), needId);
    if (!need) {
        return std::unexpected(need.error());
    }
    auto write =
        PatientWrite::begin(clinic, need->patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (!need->open) {
        return fail(ErrorCode::Conflict, tr("The need has already been followed up."));
    }
    auto sameOwner = optionalInt(clinic.db(), "SELECT 1 FROM onward_referral WHERE id = ?1 AND patient_id = ?2",
                                 onwardReferralId, need->patientId);
    if (!sameOwner) {
        return std::unexpected(sameOwner.error());
    }
    if (!*sameOwner) {
        return fail(ErrorCode::InvalidInput, tr("That onward referral belongs to another patient."));
    }
    if (auto status = run(clinic.db(),
                          "UPDATE unmet_need SET resolution = 'referred', onward_referral_id = ?2, resolved_at = ?3 "
                          "WHERE id = ?1",
                          needId, onwardReferralId, isoTime(clinic.clock().now()));
        !status) {
        return status;
    }
    if (auto status = write->audit(QStringLiteral("unmet_need.referred"), QStringLiteral("unmet_need"), needId);
        !status) {
        return status;
    }
    return write->commit();
}

Status UnmetNeeds::resolveWithReason(Clinic& clinic, std::int64_t needId, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Write why there is no onward referral."));
    }
    auto need = head(clinic.db(), needId);
    if (!need) {
        return std::unexpected(need.error());
    }
    auto write =
        PatientWrite::begin(clinic, need->patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (!need->open) {
        return fail(ErrorCode::Conflict, tr("The need has already been followed up."));
    }
    if (auto status = run(clinic.db(),
                          "UPDATE unmet_need SET resolution = 'reason_recorded', no_referral_reason = ?2, "
                          "resolved_at = ?3 WHERE id = ?1",
                          needId, ClinicalCipher::seal(clinic, reason.trimmed()), isoTime(clinic.clock().now()));
        !status) {
        return status;
    }
    if (auto status = write->audit(QStringLiteral("unmet_need.reason"), QStringLiteral("unmet_need"), needId);
        !status) {
        return status;
    }
    return write->commit();
}

Result<QList<UnmetNeed>> UnmetNeeds::forPatient(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto stmt = query(clinic.db(),
                      "SELECT id, found_on, found_by, description, resolution, onward_referral_id, no_referral_reason "
                      "FROM unmet_need WHERE patient_id = ?1 ORDER BY found_on, id",
                      patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<UnmetNeed> needs;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        auto description = ClinicalCipher::open(clinic, stmt->blob(3));
        auto reason = ClinicalCipher::open(clinic, stmt->blob(6));
        if (!description || !reason) {
            return std::unexpected(description ? reason.error() : description.error());
        }
        needs << UnmetNeed{stmt->int64(0),         patientId,    parseDate(stmt->text(1)),
                           stmt->int64(2),         *description, resolutionFromId(stmt->text(4)),
                           stmt->optionalInt64(5), *reason};
    }
    if (auto status = PatientAccess::auditRead(clinic, patientId, QStringLiteral("unmet_need"), std::nullopt, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return needs;
}

} // namespace forlop
