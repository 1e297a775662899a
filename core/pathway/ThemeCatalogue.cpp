#include "pathway/ThemeCatalogue.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QRegularExpression>
#include <QSet>

namespace forlop {

using namespace pathwaysql;

bool ThemeCatalogueVersion::contains(std::int64_t themeId) const
{
    return std::any_of(themes.cbegin(), themes.cend(), [&](const TreatmentTheme& t) { return t.id == themeId; });
}

Result<ThemeCatalogueVersion> ThemeCatalogue::version(Database& db, std::int64_t versionId)
{
    auto head = query(db, "SELECT id, version, label, example, created_at FROM theme_catalogue_version WHERE id = ?1",
                      versionId);
    if (!head) {
        return std::unexpected(head.error());
    }
    auto row = head->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("The theme catalogue version was not found."));
    }
    ThemeCatalogueVersion catalogue{head->int64(0),      head->integer(1),         head->text(2),
                                    head->int64(3) != 0, parseTime(head->text(4)), {}};
    auto stmt =
        query(db, "SELECT id, code, title FROM treatment_theme WHERE version_id = ?1 ORDER BY position, id", versionId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    while (true) {
        auto next = stmt->step();
        if (!next) {
            return std::unexpected(next.error());
        }
        if (!*next) {
            break;
        }
        catalogue.themes << TreatmentTheme{stmt->int64(0), stmt->text(1), stmt->text(2)};
    }
    return catalogue;
}

Result<ThemeCatalogueVersion> ThemeCatalogue::current(Database& db)
{
    auto latest = optionalInt(db, "SELECT id FROM theme_catalogue_version ORDER BY version DESC LIMIT 1");
    if (!latest) {
        return std::unexpected(latest.error());
    }
    if (!*latest) {
        return fail(ErrorCode::NotFound, tr("The theme catalogue version was not found."));
    }
    return version(db, **latest);
}

Result<std::int64_t> ThemeCatalogue::addVersion(Clinic& clinic, const QString& label,
                                                const QList<TreatmentTheme>& themes)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageCatalogues); !status) {
        return std::unexpected(status.error());
    }
    if (label.trimmed().isEmpty() || themes.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("A theme catalogue needs a name and at least one theme."));
    }
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{0,40}$"));
    QSet<QString> codes;
    for (const TreatmentTheme& theme : themes) {
        if (!codePattern.match(theme.code).hasMatch() || codes.contains(theme.code) ||
            theme.title.trimmed().isEmpty()) {
            return fail(ErrorCode::InvalidInput, tr("Every theme needs its own code of lower-case letters, digits or "
                                                    "underscores, and a title."));
        }
        codes.insert(theme.code);
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto next = count(clinic.db(), "SELECT coalesce(max(version), 0) + 1 FROM theme_catalogue_version");
    if (!next) {
        return std::unexpected(next.error());
    }
    auto versionId = insert(clinic.db(),
                            "INSERT INTO theme_catalogue_version (version, label, example, created_at, created_by) "
                            "VALUES (?1, ?2, 0, ?3, ?4)",
                            *next, label.trimmed(), isoTime(clinic.clock().now()), userRef(clinic.session().userId));
    if (!versionId) {
        return versionId;
    }
    int position = 0;
    for (const TreatmentTheme& theme : themes) {
        if (auto status = run(clinic.db(),
                              "INSERT INTO treatment_theme (version_id, position, code, title) VALUES (?1, ?2, ?3, ?4)",
                              *versionId, ++position, theme.code, theme.title.trimmed());
            !status) {
            return std::unexpected(status.error());
        }
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("theme_catalogue.version"),
                                              std::nullopt,
                                              QStringLiteral("theme_catalogue_version"),
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

QString ThemeCatalogue::displayTitle(const TreatmentTheme& theme, bool example)
{
    if (!example) {
        return theme.title;
    }
    static const QHash<QString, const char*> titles{
        {QStringLiteral("goals"), QT_TR_NOOP("Motivation and goals")},
        {QStringLiteral("sexuality"), QT_TR_NOOP("Sexuality and sexual interest")},
        {QStringLiteral("emotions"), QT_TR_NOOP("Emotions and self-regulation")},
        {QStringLiteral("relationships"), QT_TR_NOOP("Relationships, intimacy and loneliness")},
        {QStringLiteral("thinking"), QT_TR_NOOP("Thoughts that permit abuse")},
        {QStringLiteral("risk"), QT_TR_NOOP("Risk situations and coping")},
        {QStringLiteral("life"), QT_TR_NOOP("A good life: plans and values")},
        {QStringLiteral("prevention"), QT_TR_NOOP("Personal prevention plan")},
        {QStringLiteral("ending"), QT_TR_NOOP("Ending and follow-up")},
    };
    const char* source = titles.value(theme.code, nullptr);
    return source ? tr(source) : theme.title;
}

} // namespace forlop
