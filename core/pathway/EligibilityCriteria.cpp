#include "pathway/EligibilityCriteria.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QRegularExpression>

namespace forlop {

using namespace pathwaysql;

namespace {

Result<QList<EligibilityCriterion>> loadCriteria(Database& db, std::int64_t versionId)
{
    auto stmt = query(db,
                      "SELECT id, code, kind, text, national FROM eligibility_criterion WHERE version_id = ?1 "
                      "ORDER BY position, id",
                      versionId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<EligibilityCriterion> criteria;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        criteria << EligibilityCriterion{stmt->int64(0), stmt->text(1),
                                         stmt->text(2) == QLatin1String("exclusion") ? CriterionKind::Exclusion
                                                                                     : CriterionKind::Inclusion,
                                         stmt->text(3), stmt->int64(4) != 0};
    }
    return criteria;
}

Result<CriteriaVersion> loadVersion(Database& db, std::int64_t versionId)
{
    auto stmt =
        query(db, "SELECT id, version, label, created_at FROM eligibility_criteria_version WHERE id = ?1", versionId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, EligibilityCriteria::tr("The criteria version was not found."));
    }
    CriteriaVersion version{stmt->int64(0), stmt->integer(1), stmt->text(2), parseTime(stmt->text(3)), {}};
    auto criteria = loadCriteria(db, version.id);
    if (!criteria) {
        return std::unexpected(criteria.error());
    }
    version.criteria = *criteria;
    return version;
}

} // namespace

Result<CriteriaVersion> EligibilityCriteria::current(Database& db)
{
    auto latest = optionalInt(db, "SELECT id FROM eligibility_criteria_version ORDER BY version DESC LIMIT 1");
    if (!latest) {
        return std::unexpected(latest.error());
    }
    if (!*latest) {
        return fail(ErrorCode::NotFound, tr("The criteria version was not found."));
    }
    return version(db, **latest);
}

Result<CriteriaVersion> EligibilityCriteria::version(Database& db, std::int64_t versionId)
{
    return loadVersion(db, versionId);
}

Result<QList<CriteriaVersion>> EligibilityCriteria::versions(Database& db)
{
    auto stmt = query(db, "SELECT id FROM eligibility_criteria_version ORDER BY version");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<std::int64_t> ids;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        ids << stmt->int64(0);
    }
    QList<CriteriaVersion> result;
    for (std::int64_t id : std::as_const(ids)) {
        auto one = version(db, id);
        if (!one) {
            return std::unexpected(one.error());
        }
        result << *one;
    }
    return result;
}

Result<std::int64_t> EligibilityCriteria::addVersion(Clinic& clinic, const QString& label,
                                                     const QList<NewCriterion>& additions)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageCatalogues); !status) {
        return std::unexpected(status.error());
    }
    if (label.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Give the new criteria version a name."));
    }
    if (additions.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("A new criteria version needs at least one new criterion."));
    }
    auto base = current(clinic.db());
    if (!base) {
        return std::unexpected(base.error());
    }
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{1,40}$"));
    QStringList codes;
    for (const EligibilityCriterion& criterion : std::as_const(base->criteria)) {
        codes << criterion.code;
    }
    for (const NewCriterion& criterion : additions) {
        if (!codePattern.match(criterion.code).hasMatch()) {
            return fail(ErrorCode::InvalidInput, tr("A criterion code has 2 to 41 lower-case letters, digits or "
                                                    "underscores and starts with a letter."));
        }
        if (codes.contains(criterion.code)) {
            return fail(ErrorCode::InvalidInput, tr("The criterion code %1 is used twice.").arg(criterion.code));
        }
        if (criterion.text.trimmed().isEmpty()) {
            return fail(ErrorCode::InvalidInput, tr("Every criterion needs a text."));
        }
        codes << criterion.code;
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const QString now = isoTime(clinic.clock().now());
    auto versionId = insert(clinic.db(),
                            "INSERT INTO eligibility_criteria_version (version, label, created_at, created_by) "
                            "VALUES (?1, ?2, ?3, ?4)",
                            base->version + 1, label.trimmed(), now, userRef(clinic.session().userId));
    if (!versionId) {
        return versionId;
    }
    int position = 0;
    auto add = [&](const QString& code, CriterionKind kind, const QString& text, bool national) {
        return run(clinic.db(),
                   "INSERT INTO eligibility_criterion (version_id, position, code, kind, text, national) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                   *versionId, ++position, code, id(kind), text, national);
    };
    for (const EligibilityCriterion& criterion : std::as_const(base->criteria)) {
        if (auto status = add(criterion.code, criterion.kind, criterion.text, criterion.national); !status) {
            return std::unexpected(status.error());
        }
    }
    for (const NewCriterion& criterion : additions) {
        if (auto status = add(criterion.code, criterion.kind, criterion.text.trimmed(), false); !status) {
            return std::unexpected(status.error());
        }
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("criteria.version"),
                                              std::nullopt,
                                              QStringLiteral("eligibility_criteria_version"),
                                              *versionId,
                                              QLatin1String(AuditBasis::Administrative),
                                              {},
                                              QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(status.error());
    }
    return versionId;
}

QString EligibilityCriteria::displayText(const EligibilityCriterion& criterion)
{
    if (!criterion.national) {
        return criterion.text;
    }
    if (criterion.code == QLatin1String("adult")) {
        return tr("Aged 18 or over.");
    }
    if (criterion.code == QLatin1String("interest_or_risk")) {
        return tr("Sexual interest in children and/or at risk of committing sexual abuse against children "
                  "(including online offending such as abuse material).");
    }
    if (criterion.code == QLatin1String("seeks_help")) {
        return tr("Seeks help.");
    }
    if (criterion.code == QLatin1String("under_investigation")) {
        return tr("Currently under investigation for a sexual offence (earlier convictions do not exclude).");
    }
    if (criterion.code == QLatin1String("needs_elsewhere")) {
        return tr("Has needs that must be met elsewhere first.");
    }
    return criterion.text;
}

std::optional<EligibilityDecision> EligibilityCriteria::derive(const QList<EligibilityCriterion>& criteria,
                                                               const QHash<std::int64_t, CriterionAnswer>& answers)
{
    bool include = true;
    for (const EligibilityCriterion& criterion : criteria) {
        const auto answer = answers.constFind(criterion.id);
        if (answer == answers.cend()) {
            return std::nullopt;
        }
        if (criterion.kind == CriterionKind::Inclusion && *answer != CriterionAnswer::Yes) {
            include = false;
        }
        if (criterion.kind == CriterionKind::Exclusion && *answer == CriterionAnswer::Yes) {
            include = false;
        }
    }
    return include ? EligibilityDecision::Include : EligibilityDecision::Exclude;
}

QString EligibilityCriteria::id(CriterionAnswer answer)
{
    switch (answer) {
    case CriterionAnswer::Yes:
        return QStringLiteral("yes");
    case CriterionAnswer::No:
        return QStringLiteral("no");
    case CriterionAnswer::Unclear:
        return QStringLiteral("unclear");
    }
    return {};
}

std::optional<CriterionAnswer> EligibilityCriteria::answerFromId(const QString& id)
{
    for (CriterionAnswer answer : {CriterionAnswer::Yes, CriterionAnswer::No, CriterionAnswer::Unclear}) {
        if (EligibilityCriteria::id(answer) == id) {
            return answer;
        }
    }
    return std::nullopt;
}

QString EligibilityCriteria::displayName(CriterionAnswer answer)
{
    switch (answer) {
    case CriterionAnswer::Yes:
        return tr("Yes");
    case CriterionAnswer::No:
        return tr("No");
    case CriterionAnswer::Unclear:
        return tr("Unclear");
    }
    return {};
}

QString EligibilityCriteria::id(EligibilityDecision decision)
{
    return decision == EligibilityDecision::Include ? QStringLiteral("include") : QStringLiteral("exclude");
}

std::optional<EligibilityDecision> EligibilityCriteria::decisionFromId(const QString& id)
{
    if (id == QLatin1String("include")) {
        return EligibilityDecision::Include;
    }
    if (id == QLatin1String("exclude")) {
        return EligibilityDecision::Exclude;
    }
    return std::nullopt;
}

QString EligibilityCriteria::displayName(EligibilityDecision decision)
{
    return decision == EligibilityDecision::Include ? tr("Include") : tr("Exclude");
}

QString EligibilityCriteria::id(CriterionKind kind)
{
    return kind == CriterionKind::Exclusion ? QStringLiteral("exclusion") : QStringLiteral("inclusion");
}

} // namespace forlop
