#include "pathway/TreatmentPlan.h"

#include "access/PatientAccess.h"
#include "clinic/Clinic.h"
#include "pathway/AssessmentPackage.h"
#include "pathway/Deviation.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientStore.h"
#include "pathway/PatientWrite.h"
#include "pathway/ThemeCatalogue.h"
#include "util/Clock.h"

namespace forlop {

using namespace pathwaysql;

Result<std::int64_t> TreatmentPlans::set(Clinic& clinic, std::int64_t patientId, const PlanInput& input)
{
    if (input.plannedSessions < 1 || input.plannedSessions > MaximumSessions) {
        return fail(ErrorCode::InvalidInput, tr("A plan has between 1 and %n sessions.", nullptr, MaximumSessions));
    }
    const bool outside = !withinAdvice(input.plannedSessions);
    if (outside && input.outsideRangeReason.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("The national advice is 16 to 20 sessions. Write why this plan has "
                                                "%n; it is recorded as a departure from the standard.",
                                                nullptr, input.plannedSessions));
    }
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = write->requireState({PatientState::Assessment, PatientState::Treatment}); !status) {
        return std::unexpected(status.error());
    }
    auto existing = query(
        clinic.db(),
        "SELECT id, planned_sessions, theme_catalogue_version_id FROM treatment_plan WHERE patient_id = ?1", patientId);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    auto row = existing->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    std::optional<std::int64_t> planId;
    std::optional<int> previous;
    std::int64_t catalogueId = 0;
    if (*row) {
        planId = existing->int64(0);
        previous = existing->integer(1);
        catalogueId = existing->int64(2);
    } else {
        auto catalogue = ThemeCatalogue::current(clinic.db());
        if (!catalogue) {
            return std::unexpected(catalogue.error());
        }
        catalogueId = catalogue->id;
    }
    auto catalogue = ThemeCatalogue::version(clinic.db(), catalogueId);
    if (!catalogue) {
        return std::unexpected(catalogue.error());
    }
    for (auto it = input.themesBySession.cbegin(); it != input.themesBySession.cend(); ++it) {
        if (it.key() < 1 || it.key() > input.plannedSessions) {
            return fail(ErrorCode::InvalidInput,
                        tr("Themes can only be planned for sessions 1 to %n.", nullptr, input.plannedSessions));
        }
        for (std::int64_t themeId : it.value()) {
            if (!catalogue->contains(themeId)) {
                return fail(ErrorCode::InvalidInput, tr("A theme is not part of this plan's theme catalogue."));
            }
        }
    }
    const QString now = isoTime(clinic.clock().now());
    const auto user = userRef(clinic.session().userId);
    if (planId) {
        if (auto status = run(clinic.db(),
                              "UPDATE treatment_plan SET planned_sessions = ?2, updated_at = ?3, updated_by = ?4 "
                              "WHERE id = ?1",
                              *planId, input.plannedSessions, now, user);
            !status) {
            return std::unexpected(status.error());
        }
        if (auto status = run(clinic.db(), "DELETE FROM plan_session_theme WHERE plan_id = ?1", *planId); !status) {
            return std::unexpected(status.error());
        }
    } else {
        auto id = insert(clinic.db(),
                         "INSERT INTO treatment_plan (patient_id, planned_sessions, theme_catalogue_version_id, "
                         "created_at, created_by, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?5)",
                         patientId, input.plannedSessions, catalogueId, now, user);
        if (!id) {
            return id;
        }
        planId = *id;
    }
    for (auto it = input.themesBySession.cbegin(); it != input.themesBySession.cend(); ++it) {
        for (std::int64_t themeId : it.value()) {
            if (auto status = run(clinic.db(),
                                  "INSERT OR IGNORE INTO plan_session_theme (plan_id, session_number, theme_id) "
                                  "VALUES (?1, ?2, ?3)",
                                  *planId, it.key(), themeId);
                !status) {
                return std::unexpected(status.error());
            }
        }
    }
    if (outside && previous != input.plannedSessions) {
        if (auto id = Deviations::record(*write, DeviationKind::PlanOutsideRange, QStringLiteral("treatment_plan"),
                                         *planId, input.outsideRangeReason);
            !id) {
            return std::unexpected(id.error());
        }
    }
    if (auto status = write->audit(previous ? QStringLiteral("plan.update") : QStringLiteral("plan.create"),
                                   QStringLiteral("treatment_plan"), *planId);
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = write->commit(); !status) {
        return std::unexpected(status.error());
    }
    return *planId;
}

Result<TreatmentPlan> TreatmentPlans::get(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto stmt = query(clinic.db(),
                      "SELECT id, planned_sessions, theme_catalogue_version_id, created_at, updated_at "
                      "FROM treatment_plan WHERE patient_id = ?1",
                      patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("This patient has no treatment plan yet."));
    }
    TreatmentPlan plan{stmt->int64(0),          patientId, stmt->integer(1),
                       stmt->int64(2),          {},        parseTime(stmt->text(3)),
                       parseTime(stmt->text(4))};
    auto themes = query(clinic.db(),
                        "SELECT p.session_number, p.theme_id FROM plan_session_theme p JOIN treatment_theme t "
                        "ON t.id = p.theme_id WHERE p.plan_id = ?1 ORDER BY p.session_number, t.position",
                        plan.id);
    if (!themes) {
        return std::unexpected(themes.error());
    }
    while (true) {
        auto next = themes->step();
        if (!next) {
            return std::unexpected(next.error());
        }
        if (!*next) {
            break;
        }
        plan.themesBySession[themes->integer(0)] << themes->int64(1);
    }
    if (auto status = PatientAccess::auditRead(clinic, patientId, QStringLiteral("treatment_plan"), plan.id, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return plan;
}

Status TreatmentPlans::startTreatment(Clinic& clinic, std::int64_t patientId, const QString& incompletePackageReason)
{
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = write->requireTransition(PatientState::Treatment); !status) {
        return status;
    }
    auto patient = PatientStore::find(clinic.db(), patientId);
    if (!patient) {
        return std::unexpected(patient.error());
    }
    if (!*patient || !(*patient)->identity.isComplete()) {
        return fail(ErrorCode::Conflict, tr("Treatment cannot start before the patient is identified: record the "
                                            "name and national ID number first."));
    }
    auto plan = optionalInt(clinic.db(), "SELECT id FROM treatment_plan WHERE patient_id = ?1", patientId);
    if (!plan) {
        return std::unexpected(plan.error());
    }
    if (!*plan) {
        return fail(ErrorCode::Conflict, tr("Make the treatment plan before treatment starts."));
    }
    auto completion = AssessmentPackages::completionOf(clinic.db(), patientId);
    if (!completion) {
        return std::unexpected(completion.error());
    }
    const PackageCompletion intake = completion->value(Timepoint::Intake);
    if (!intake.allAccountedFor()) {
        if (incompletePackageReason.trimmed().isEmpty()) {
            return fail(ErrorCode::InvalidInput,
                        tr("%n intake instrument(s) are neither completed nor declined. Complete the assessment "
                           "package, or write why treatment starts without it; that is recorded as a departure from "
                           "the standard.",
                           nullptr, intake.due - intake.completed - intake.declined));
        }
        if (auto id = Deviations::record(*write, DeviationKind::PackageIncomplete, QStringLiteral("assessment_package"),
                                         patientId, incompletePackageReason);
            !id) {
            return std::unexpected(id.error());
        }
    }
    if (auto status = write->transition(PatientState::Treatment); !status) {
        return status;
    }
    return write->commit();
}

} // namespace forlop
