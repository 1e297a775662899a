#include "pathway/Deviation.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientWrite.h"
#include "pathway/TreatmentPlan.h"
#include "security/ClinicalCipher.h"
#include "util/Clock.h"

namespace forlop {

using namespace pathwaysql;

namespace {

// The derived deviations, as queries over plain columns only (statistics run without the clinical key).
constexpr auto OpenUnmetNeeds = "SELECT id, patient_id, created_at FROM unmet_need WHERE resolution = 'open'";
constexpr auto ShortTreatments = "SELECT e.id, e.patient_id, e.recorded_at, p.clinician_id FROM treatment_end e JOIN "
                                 "patient p ON p.id = e.patient_id "
                                 "WHERE e.reason <> 'completed' AND e.sessions_attended < ?1";

} // namespace

const QList<DeviationKind>& Deviations::all()
{
    using K = DeviationKind;
    static const QList<DeviationKind> kinds{K::EligibilityOverride, K::PlanOutsideRange, K::PackageIncomplete,
                                            K::UnmetNeedWithoutReferral, K::ShortTreatment};
    return kinds;
}

QString Deviations::id(DeviationKind kind)
{
    switch (kind) {
    case DeviationKind::EligibilityOverride:
        return QStringLiteral("eligibility_override");
    case DeviationKind::PlanOutsideRange:
        return QStringLiteral("plan_outside_range");
    case DeviationKind::PackageIncomplete:
        return QStringLiteral("package_incomplete");
    case DeviationKind::UnmetNeedWithoutReferral:
        return QStringLiteral("unmet_need_without_referral");
    case DeviationKind::ShortTreatment:
        return QStringLiteral("short_treatment");
    }
    return {};
}

std::optional<DeviationKind> Deviations::fromId(const QString& id)
{
    for (DeviationKind kind : all()) {
        if (Deviations::id(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

QString Deviations::displayName(DeviationKind kind)
{
    switch (kind) {
    case DeviationKind::EligibilityOverride:
        return tr("Eligibility decision differs from the criteria");
    case DeviationKind::PlanOutsideRange:
        return tr("Treatment plan outside 16–20 sessions");
    case DeviationKind::PackageIncomplete:
        return tr("Treatment started with the intake assessment incomplete");
    case DeviationKind::UnmetNeedWithoutReferral:
        return tr("Unmet need without onward referral or reason");
    case DeviationKind::ShortTreatment:
        return tr("Treatment ended with fewer than 16 sessions");
    }
    return {};
}

Result<std::int64_t> Deviations::record(PatientWrite& write, DeviationKind kind, const QString& objectType,
                                        std::optional<std::int64_t> objectId, const QString& reason)
{
    if (kind == DeviationKind::UnmetNeedWithoutReferral || kind == DeviationKind::ShortTreatment) {
        return fail(ErrorCode::Failed, tr("Internal error: this kind of deviation is derived, not recorded."));
    }
    if (reason.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("A departure from the national standard needs a reason."));
    }
    Clinic& clinic = write.clinic();
    auto clinician = optionalInt(clinic.db(), "SELECT clinician_id FROM patient WHERE id = ?1", write.patientId());
    if (!clinician) {
        return std::unexpected(clinician.error());
    }
    auto rowId =
        insert(clinic.db(),
               "INSERT INTO deviation (patient_id, kind, object_type, object_id, reason, clinician_id, "
               "recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
               write.patientId(), id(kind), objectType, objectId, ClinicalCipher::seal(clinic, reason.trimmed()),
               *clinician, isoTime(clinic.clock().now()), userRef(clinic.session().userId));
    if (!rowId) {
        return rowId;
    }
    if (auto status = write.audit(QStringLiteral("deviation.record"), QStringLiteral("deviation"), *rowId); !status) {
        return std::unexpected(status.error());
    }
    return rowId;
}

Result<QList<Deviation>> Deviations::forPatient(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    QList<Deviation> result;
    auto stmt = query(clinic.db(),
                      "SELECT id, kind, object_type, object_id, reason, clinician_id, recorded_at FROM deviation "
                      "WHERE patient_id = ?1 ORDER BY id",
                      patientId);
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
        Deviation deviation;
        deviation.id = stmt->int64(0);
        deviation.patientId = patientId;
        deviation.kind = fromId(stmt->text(1)).value_or(DeviationKind::EligibilityOverride);
        deviation.objectType = stmt->text(2);
        deviation.objectId = stmt->optionalInt64(3);
        auto reason = ClinicalCipher::open(clinic, stmt->blob(4));
        if (!reason) {
            return std::unexpected(reason.error());
        }
        deviation.reason = *reason;
        deviation.clinicianId = stmt->optionalInt64(5);
        deviation.at = parseTime(stmt->text(6));
        result << deviation;
    }
    auto needs = query(clinic.db(), (QByteArray(OpenUnmetNeeds) + " AND patient_id = ?1").constData(), patientId);
    if (!needs) {
        return std::unexpected(needs.error());
    }
    auto clinician = optionalInt(clinic.db(), "SELECT clinician_id FROM patient WHERE id = ?1", patientId);
    if (!clinician) {
        return std::unexpected(clinician.error());
    }
    while (true) {
        auto row = needs->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        result << Deviation{0,
                            patientId,
                            DeviationKind::UnmetNeedWithoutReferral,
                            QStringLiteral("unmet_need"),
                            needs->int64(0),
                            {},
                            *clinician,
                            parseTime(needs->text(2))};
    }
    auto ended = query(clinic.db(), (QByteArray(ShortTreatments) + " AND e.patient_id = ?2").constData(),
                       TreatmentPlans::RecommendedMinimum, patientId);
    if (!ended) {
        return std::unexpected(ended.error());
    }
    while (true) {
        auto row = ended->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        result << Deviation{0,
                            patientId,
                            DeviationKind::ShortTreatment,
                            QStringLiteral("treatment_end"),
                            ended->int64(0),
                            {},
                            ended->optionalInt64(3),
                            parseTime(ended->text(2))};
    }
    std::stable_sort(result.begin(), result.end(), [](const Deviation& a, const Deviation& b) { return a.at < b.at; });
    if (auto status = PatientAccess::auditRead(clinic, patientId, QStringLiteral("deviation"), std::nullopt, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return result;
}

Result<QList<std::pair<DeviationKind, std::int64_t>>> Deviations::countByKind(Clinic& clinic)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewStatistics); !status) {
        return std::unexpected(status.error());
    }
    QList<std::pair<DeviationKind, std::int64_t>> result;
    for (DeviationKind kind : all()) {
        Result<std::int64_t> n = 0;
        switch (kind) {
        case DeviationKind::UnmetNeedWithoutReferral:
            n = count(clinic.db(), "SELECT count(*) FROM unmet_need WHERE resolution = 'open'");
            break;
        case DeviationKind::ShortTreatment:
            n = count(clinic.db(),
                      "SELECT count(*) FROM treatment_end WHERE reason <> 'completed' AND sessions_attended < ?1",
                      TreatmentPlans::RecommendedMinimum);
            break;
        default:
            n = count(clinic.db(), "SELECT count(*) FROM deviation WHERE kind = ?1", id(kind));
            break;
        }
        if (!n) {
            return std::unexpected(n.error());
        }
        result << std::make_pair(kind, *n);
    }
    return result;
}

} // namespace forlop
