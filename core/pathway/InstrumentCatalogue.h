#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;
class Database;

// When an instrument of the assessment package is given.
enum class Timepoint { Intake, End, FollowUp };

struct ScoreField
{
    std::int64_t id = 0;
    QString code;
    QString label;
    int minimum = 0;
    int maximum = 0;
};

struct Instrument
{
    std::int64_t id = 0;
    QString code;
    QString name;
    QList<Timepoint> timepoints;
    QList<ScoreField> scores; // empty: status only

    [[nodiscard]] bool givenAt(Timepoint timepoint) const { return timepoints.contains(timepoint); }
};

struct InstrumentCatalogueVersion
{
    std::int64_t id = 0;
    int version = 0;
    QString label;
    bool example = false; // the seeded example, to be replaced by the national package
    QDateTime createdAt;
    QList<Instrument> instruments;

    [[nodiscard]] const Instrument* find(std::int64_t instrumentId) const;
};

// The instruments of the assessment package, as versioned data: names, timepoints and scoring fields with their
// ranges (never item texts). A patient's package keeps the version it started with.
class InstrumentCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(InstrumentCatalogue)

public:
    [[nodiscard]] static Result<InstrumentCatalogueVersion> current(Database& db);
    [[nodiscard]] static Result<InstrumentCatalogueVersion> version(Database& db, std::int64_t versionId);
    // A complete new catalogue (unit leaders); it becomes the current one for packages started from now on.
    [[nodiscard]] static Result<std::int64_t> addVersion(Clinic& clinic, const QString& label,
                                                         const QList<Instrument>& instruments);

    [[nodiscard]] static const QList<Timepoint>& timepoints();
    // intake, end, follow_up
    [[nodiscard]] static QString id(Timepoint timepoint);
    [[nodiscard]] static std::optional<Timepoint> timepointFromId(const QString& id);
    [[nodiscard]] static QString displayName(Timepoint timepoint);
};

} // namespace forlop
