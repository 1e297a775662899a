#include "pathway/InstrumentCatalogue.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QRegularExpression>
#include <QSet>

namespace forlop {

using namespace pathwaysql;

const Instrument* InstrumentCatalogueVersion::find(std::int64_t instrumentId) const
{
    for (const Instrument& instrument : instruments) {
        if (instrument.id == instrumentId) {
            return &instrument;
        }
    }
    return nullptr;
}

const QList<Timepoint>& InstrumentCatalogue::timepoints()
{
    static const QList<Timepoint> all{Timepoint::Intake, Timepoint::End, Timepoint::FollowUp};
    return all;
}

QString InstrumentCatalogue::id(Timepoint timepoint)
{
    switch (timepoint) {
    case Timepoint::Intake:
        return QStringLiteral("intake");
    case Timepoint::End:
        return QStringLiteral("end");
    case Timepoint::FollowUp:
        return QStringLiteral("follow_up");
    }
    return {};
}

std::optional<Timepoint> InstrumentCatalogue::timepointFromId(const QString& id)
{
    for (Timepoint timepoint : timepoints()) {
        if (InstrumentCatalogue::id(timepoint) == id) {
            return timepoint;
        }
    }
    return std::nullopt;
}

QString InstrumentCatalogue::displayName(Timepoint timepoint)
{
    switch (timepoint) {
    case Timepoint::Intake:
        return tr("Intake");
    case Timepoint::End:
        return tr("End of treatment");
    case Timepoint::FollowUp:
        return tr("Follow-up");
    }
    return {};
}

Result<InstrumentCatalogueVersion> InstrumentCatalogue::version(Database& db, std::int64_t versionId)
{
    auto head =
        query(db, "SELECT id, version, label, example, created_at FROM instrument_catalogue_version WHERE id = ?1",
              versionId);
    if (!head) {
        return std::unexpected(head.error());
    }
    auto row = head->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("The instrument catalogue version was not found."));
    }
    InstrumentCatalogueVersion catalogue{head->int64(0),      head->integer(1),         head->text(2),
                                         head->int64(3) != 0, parseTime(head->text(4)), {}};
    auto stmt = query(db,
                      "SELECT i.id, i.code, i.name, i.timepoints, s.id, s.code, s.label, s.min_value, s.max_value "
                      "FROM instrument i LEFT JOIN instrument_score s ON s.instrument_id = i.id "
                      "WHERE i.version_id = ?1 ORDER BY i.position, i.id, s.position, s.id",
                      versionId);
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
        if (catalogue.instruments.isEmpty() || catalogue.instruments.last().id != stmt->int64(0)) {
            Instrument instrument{stmt->int64(0), stmt->text(1), stmt->text(2), {}, {}};
            for (const QString& part : stmt->text(3).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (auto timepoint = timepointFromId(part.trimmed())) {
                    instrument.timepoints << *timepoint;
                }
            }
            catalogue.instruments << instrument;
        }
        if (!stmt->isNull(4)) {
            catalogue.instruments.last().scores
                << ScoreField{stmt->int64(4), stmt->text(5), stmt->text(6), stmt->integer(7), stmt->integer(8)};
        }
    }
    return catalogue;
}

Result<InstrumentCatalogueVersion> InstrumentCatalogue::current(Database& db)
{
    auto latest = optionalInt(db, "SELECT id FROM instrument_catalogue_version ORDER BY version DESC LIMIT 1");
    if (!latest) {
        return std::unexpected(latest.error());
    }
    if (!*latest) {
        return fail(ErrorCode::NotFound, tr("The instrument catalogue version was not found."));
    }
    return version(db, **latest);
}

Result<std::int64_t> InstrumentCatalogue::addVersion(Clinic& clinic, const QString& label,
                                                     const QList<Instrument>& instruments)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageCatalogues); !status) {
        return std::unexpected(status.error());
    }
    if (label.trimmed().isEmpty() || instruments.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("A catalogue needs a name and at least one instrument."));
    }
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{0,40}$"));
    QSet<QString> codes;
    for (const Instrument& instrument : instruments) {
        if (!codePattern.match(instrument.code).hasMatch() || codes.contains(instrument.code)) {
            return fail(ErrorCode::InvalidInput, tr("Every instrument needs its own code of lower-case letters, "
                                                    "digits or underscores."));
        }
        codes.insert(instrument.code);
        if (instrument.name.trimmed().isEmpty() || instrument.timepoints.isEmpty()) {
            return fail(ErrorCode::InvalidInput, tr("Every instrument needs a name and at least one timepoint."));
        }
        QSet<QString> scoreCodes;
        for (const ScoreField& score : instrument.scores) {
            if (!codePattern.match(score.code).hasMatch() || scoreCodes.contains(score.code) ||
                score.label.trimmed().isEmpty() || score.minimum > score.maximum) {
                return fail(ErrorCode::InvalidInput, tr("Every score field needs its own code, a label and a "
                                                        "range whose minimum is not above its maximum."));
            }
            scoreCodes.insert(score.code);
        }
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto next = count(clinic.db(), "SELECT coalesce(max(version), 0) + 1 FROM instrument_catalogue_version");
    if (!next) {
        return std::unexpected(next.error());
    }
    auto versionId =
        insert(clinic.db(),
               "INSERT INTO instrument_catalogue_version (version, label, example, created_at, created_by) "
               "VALUES (?1, ?2, 0, ?3, ?4)",
               *next, label.trimmed(), isoTime(clinic.clock().now()), userRef(clinic.session().userId));
    if (!versionId) {
        return versionId;
    }
    int position = 0;
    for (const Instrument& instrument : instruments) {
        QStringList points;
        for (Timepoint timepoint : instrument.timepoints) {
            points << id(timepoint);
        }
        auto instrumentId =
            insert(clinic.db(),
                   "INSERT INTO instrument (version_id, position, code, name, timepoints) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)",
                   *versionId, ++position, instrument.code, instrument.name.trimmed(), points.join(QLatin1Char(',')));
        if (!instrumentId) {
            return instrumentId;
        }
        int scorePosition = 0;
        for (const ScoreField& score : instrument.scores) {
            if (auto status = run(clinic.db(),
                                  "INSERT INTO instrument_score (instrument_id, position, code, label, min_value, "
                                  "max_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                  *instrumentId, ++scorePosition, score.code, score.label.trimmed(), score.minimum,
                                  score.maximum);
                !status) {
                return std::unexpected(status.error());
            }
        }
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("instrument_catalogue.version"),
                                              std::nullopt,
                                              QStringLiteral("instrument_catalogue_version"),
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

} // namespace forlop
