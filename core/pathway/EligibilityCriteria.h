#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;
class Database;

enum class CriterionKind { Inclusion, Exclusion };
enum class CriterionAnswer { Yes, No, Unclear };
enum class EligibilityDecision { Include, Exclude };

struct EligibilityCriterion
{
    std::int64_t id = 0;
    QString code;
    CriterionKind kind = CriterionKind::Inclusion;
    QString text; // as stored: the English source text for national criteria, the clinic's own text otherwise
    bool national = false;
};

struct CriteriaVersion
{
    std::int64_t id = 0;
    int version = 0;
    QString label;
    QDateTime createdAt;
    QList<EligibilityCriterion> criteria;
};

struct NewCriterion
{
    QString code; // a short stable identifier, a–z, digits and underscores
    CriterionKind kind = CriterionKind::Inclusion;
    QString text;
};

// The inclusion and exclusion criteria, stored as versioned data and seeded with the national core of the
// national professional advice. A clinic may add criteria in a new version; the national ones stay in every
// version, and an assessment keeps the version it was made with.
class EligibilityCriteria
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityCriteria)

public:
    [[nodiscard]] static Result<CriteriaVersion> current(Database& db);
    [[nodiscard]] static Result<CriteriaVersion> version(Database& db, std::int64_t versionId);
    [[nodiscard]] static Result<QList<CriteriaVersion>> versions(Database& db);

    // A new version: every criterion of the current version plus the additions (unit leaders).
    [[nodiscard]] static Result<std::int64_t> addVersion(Clinic& clinic, const QString& label,
                                                         const QList<NewCriterion>& additions);

    // The text to show: national criteria translated by their code, the clinic's own as written.
    [[nodiscard]] static QString displayText(const EligibilityCriterion& criterion);

    // The rule of the standard: include when every inclusion criterion is answered yes and no exclusion
    // criterion is; nullopt while any criterion is unanswered.
    [[nodiscard]] static std::optional<EligibilityDecision> derive(const QList<EligibilityCriterion>& criteria,
                                                                   const QHash<std::int64_t, CriterionAnswer>& answers);

    // yes, no, unclear; include, exclude; inclusion, exclusion
    [[nodiscard]] static QString id(CriterionAnswer answer);
    [[nodiscard]] static std::optional<CriterionAnswer> answerFromId(const QString& id);
    [[nodiscard]] static QString displayName(CriterionAnswer answer);
    [[nodiscard]] static QString id(EligibilityDecision decision);
    [[nodiscard]] static std::optional<EligibilityDecision> decisionFromId(const QString& id);
    [[nodiscard]] static QString displayName(EligibilityDecision decision);
    [[nodiscard]] static QString id(CriterionKind kind);
};

} // namespace forlop
