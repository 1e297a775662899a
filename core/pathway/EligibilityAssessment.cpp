#include "pathway/EligibilityAssessment.h"

#include "access/PatientAccess.h"
#include "clinic/Clinic.h"
#include "pathway/Deviation.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientWrite.h"
#include "security/ClinicalCipher.h"
#include "util/Clock.h"

namespace forlop {

using namespace pathwaysql;

namespace {

struct OpenAssessment
{
    std::int64_t id = 0;
    std::int64_t versionId = 0;
};

Result<OpenAssessment> openAssessment(Database& db, std::int64_t patientId)
{
    auto stmt =
        query(db,
              "SELECT id, version_id FROM eligibility_assessment WHERE patient_id = ?1 AND completed_at IS NULL "
              "ORDER BY id DESC LIMIT 1",
              patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::Conflict, EligibilityAssessments::tr("No eligibility assessment is open for this "
                                                                    "patient."));
    }
    return OpenAssessment{stmt->int64(0), stmt->int64(1)};
}

Result<QHash<std::int64_t, CriterionAnswer>> answersOf(Database& db, std::int64_t assessmentId)
{
    auto stmt = query(db, "SELECT criterion_id, answer FROM eligibility_answer WHERE assessment_id = ?1", assessmentId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QHash<std::int64_t, CriterionAnswer> answers;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        if (auto answer = EligibilityCriteria::answerFromId(stmt->text(1))) {
            answers.insert(stmt->int64(0), *answer);
        }
    }
    return answers;
}

std::optional<QByteArray> sealedOrNull(const Clinic& clinic, const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional<QByteArray>(ClinicalCipher::seal(clinic, trimmed));
}

} // namespace

Result<std::int64_t> EligibilityAssessments::start(Clinic& clinic, std::int64_t patientId)
{
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = write->requireTransition(PatientState::Eligibility); !status) {
        return std::unexpected(status.error());
    }
    auto criteria = EligibilityCriteria::current(clinic.db());
    if (!criteria) {
        return std::unexpected(criteria.error());
    }
    auto id = insert(clinic.db(),
                     "INSERT INTO eligibility_assessment (patient_id, version_id, assessor_id, started_at) "
                     "VALUES (?1, ?2, ?3, ?4)",
                     patientId, criteria->id, clinic.session().userId, isoTime(clinic.clock().now()));
    if (!id) {
        return id;
    }
    if (auto status = write->audit(QStringLiteral("eligibility.start"), QStringLiteral("eligibility_assessment"), *id);
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = write->transition(PatientState::Eligibility); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = write->commit(); !status) {
        return std::unexpected(status.error());
    }
    return id;
}

Status EligibilityAssessments::answer(Clinic& clinic, std::int64_t patientId, const CriterionResponse& response)
{
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = write->requireState({PatientState::Eligibility}); !status) {
        return status;
    }
    auto assessment = openAssessment(clinic.db(), patientId);
    if (!assessment) {
        return std::unexpected(assessment.error());
    }
    auto belongs = optionalInt(clinic.db(), "SELECT 1 FROM eligibility_criterion WHERE id = ?1 AND version_id = ?2",
                               response.criterionId, assessment->versionId);
    if (!belongs) {
        return std::unexpected(belongs.error());
    }
    if (!*belongs) {
        return fail(ErrorCode::InvalidInput, tr("That criterion is not part of this assessment's criteria version."));
    }
    if (auto status = run(clinic.db(),
                          "INSERT INTO eligibility_answer (assessment_id, criterion_id, answer, comment, answered_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET "
                          "answer = excluded.answer, comment = excluded.comment, answered_at = excluded.answered_at",
                          assessment->id, response.criterionId, EligibilityCriteria::id(response.answer),
                          sealedOrNull(clinic, response.comment), isoTime(clinic.clock().now()));
        !status) {
        return status;
    }
    if (auto status = write->audit(QStringLiteral("eligibility.answer"), QStringLiteral("eligibility_assessment"),
                                   assessment->id);
        !status) {
        return status;
    }
    return write->commit();
}

Status EligibilityAssessments::complete(Clinic& clinic, std::int64_t patientId, const EligibilityConclusion& conclusion)
{
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    const PatientState target =
        conclusion.decision == EligibilityDecision::Include ? PatientState::Included : PatientState::Excluded;
    if (auto status = write->requireTransition(target); !status) {
        return status;
    }
    auto assessment = openAssessment(clinic.db(), patientId);
    if (!assessment) {
        return std::unexpected(assessment.error());
    }
    auto criteria = EligibilityCriteria::version(clinic.db(), assessment->versionId);
    if (!criteria) {
        return std::unexpected(criteria.error());
    }
    auto answers = answersOf(clinic.db(), assessment->id);
    if (!answers) {
        return std::unexpected(answers.error());
    }
    const auto derived = EligibilityCriteria::derive(criteria->criteria, *answers);
    if (!derived) {
        const int missing = int(criteria->criteria.size() - answers->size());
        return fail(ErrorCode::InvalidInput,
                    tr("Answer every criterion before deciding: %n criterion(s) still unanswered.", nullptr, missing));
    }
    if (conclusion.rationale.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Write the rationale for the decision."));
    }
    const bool overridden = conclusion.decision != *derived;
    if (overridden && conclusion.overrideReason.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("The decision differs from what the criteria give. Write why; it is "
                                                "recorded as a departure from the national standard."));
    }
    std::optional<QString> exclusionOnward;
    std::optional<std::int64_t> onwardReferralId;
    std::optional<QByteArray> noOnwardReason;
    if (conclusion.decision == EligibilityDecision::Exclude) {
        if (auto status = OnwardReferrals::validateChoice(conclusion.onward, clinic.clock().today()); !status) {
            return status;
        }
        if (conclusion.onward.referral) {
            auto id = OnwardReferrals::insert(*write, *conclusion.onward.referral);
            if (!id) {
                return std::unexpected(id.error());
            }
            onwardReferralId = *id;
            exclusionOnward = QStringLiteral("referred");
        } else {
            noOnwardReason = ClinicalCipher::seal(clinic, conclusion.onward.noReferralReason.trimmed());
            exclusionOnward = QStringLiteral("reason_recorded");
        }
    }
    if (auto status = run(clinic.db(),
                          "UPDATE eligibility_assessment SET completed_at = ?2, derived_decision = ?3, "
                          "final_decision = ?4, rationale = ?5, override_reason = ?6, exclusion_onward = ?7, "
                          "onward_referral_id = ?8, no_onward_referral_reason = ?9 WHERE id = ?1",
                          assessment->id, isoTime(clinic.clock().now()), EligibilityCriteria::id(*derived),
                          EligibilityCriteria::id(conclusion.decision),
                          ClinicalCipher::seal(clinic, conclusion.rationale.trimmed()),
                          overridden ? sealedOrNull(clinic, conclusion.overrideReason) : std::nullopt, exclusionOnward,
                          onwardReferralId, noOnwardReason);
        !status) {
        return status;
    }
    if (overridden) {
        if (auto id =
                Deviations::record(*write, DeviationKind::EligibilityOverride, QStringLiteral("eligibility_assessment"),
                                   assessment->id, conclusion.overrideReason);
            !id) {
            return std::unexpected(id.error());
        }
    }
    if (auto status = write->audit(QStringLiteral("eligibility.complete"), QStringLiteral("eligibility_assessment"),
                                   assessment->id);
        !status) {
        return status;
    }
    if (auto status = write->transition(target); !status) {
        return status;
    }
    return write->commit();
}

Result<EligibilityRecord> EligibilityAssessments::get(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto stmt = query(clinic.db(),
                      "SELECT id, version_id, assessor_id, started_at, completed_at, final_decision, rationale, "
                      "override_reason, onward_referral_id, no_onward_referral_reason "
                      "FROM eligibility_assessment WHERE patient_id = ?1 ORDER BY id DESC LIMIT 1",
                      patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("No eligibility assessment has been started for this patient."));
    }
    EligibilityRecord record;
    record.id = stmt->int64(0);
    record.patientId = patientId;
    const std::int64_t versionId = stmt->int64(1);
    record.assessorId = stmt->int64(2);
    record.startedAt = parseTime(stmt->text(3));
    if (auto completed = stmt->optionalText(4)) {
        record.completedAt = parseTime(*completed);
    }
    if (auto decision = stmt->optionalText(5)) {
        record.finalDecision = EligibilityCriteria::decisionFromId(*decision);
    }
    for (auto [column, target] : {std::pair{6, &record.rationale}, std::pair{7, &record.overrideReason},
                                  std::pair{9, &record.noOnwardReferralReason}}) {
        auto text = ClinicalCipher::open(clinic, stmt->blob(column));
        if (!text) {
            return std::unexpected(text.error());
        }
        *target = *text;
    }
    record.onwardReferralId = stmt->optionalInt64(8);

    auto criteria = EligibilityCriteria::version(clinic.db(), versionId);
    if (!criteria) {
        return std::unexpected(criteria.error());
    }
    record.criteria = *criteria;
    auto answers = query(clinic.db(),
                         "SELECT a.criterion_id, a.answer, a.comment FROM eligibility_answer a "
                         "JOIN eligibility_criterion c ON c.id = a.criterion_id WHERE a.assessment_id = ?1 "
                         "ORDER BY c.position",
                         record.id);
    if (!answers) {
        return std::unexpected(answers.error());
    }
    QHash<std::int64_t, CriterionAnswer> byCriterion;
    while (true) {
        auto next = answers->step();
        if (!next) {
            return std::unexpected(next.error());
        }
        if (!*next) {
            break;
        }
        auto comment = ClinicalCipher::open(clinic, answers->blob(2));
        if (!comment) {
            return std::unexpected(comment.error());
        }
        const auto answer = EligibilityCriteria::answerFromId(answers->text(1)).value_or(CriterionAnswer::Unclear);
        record.responses << CriterionResponse{answers->int64(0), answer, *comment};
        byCriterion.insert(answers->int64(0), answer);
    }
    record.derivedDecision = EligibilityCriteria::derive(record.criteria.criteria, byCriterion);
    if (auto status =
            PatientAccess::auditRead(clinic, patientId, QStringLiteral("eligibility_assessment"), record.id, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return record;
}

} // namespace forlop
