#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <cstdint>

namespace forlop {

class Clinic;
class Database;

struct TreatmentTheme
{
    std::int64_t id = 0;
    QString code;
    QString title;
};

struct ThemeCatalogueVersion
{
    std::int64_t id = 0;
    int version = 0;
    QString label;
    bool example = false;
    QDateTime createdAt;
    QList<TreatmentTheme> themes;

    [[nodiscard]] bool contains(std::int64_t themeId) const;
};

// The themes a plan assigns to its sessions, as versioned data (seeded with a labelled example).
class ThemeCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ThemeCatalogue)

public:
    [[nodiscard]] static Result<ThemeCatalogueVersion> current(Database& db);
    [[nodiscard]] static Result<ThemeCatalogueVersion> version(Database& db, std::int64_t versionId);
    // A complete new list of themes (unit leaders).
    [[nodiscard]] static Result<std::int64_t> addVersion(Clinic& clinic, const QString& label,
                                                         const QList<TreatmentTheme>& themes);
    // The seeded example themes are shown translated by their code; a clinic's own as written.
    [[nodiscard]] static QString displayTitle(const TreatmentTheme& theme, bool example);
};

} // namespace forlop
