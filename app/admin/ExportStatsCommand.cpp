#include "ClinicCommand.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "reports/NationalStatistics.h"
#include "reports/ReportPeriod.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace forlop::admin {

namespace {

// forlop-admin export-stats DB --user USER --password-stdin --from YYYY-MM-DD --to YYYY-MM-DD DEST-FILE
class ExportStatsCommand final : public ClinicCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportStatsCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("export-stats"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Writes the clinic's national statistics for a period as one JSON file: aggregated figures only, "
                  "small numbers suppressed (unit leaders with access to clinical records).");
    }

protected:
    [[nodiscard]] QList<Argument> moreArguments() const override
    {
        return {{QStringLiteral("DEST-FILE"),
                 tr("The JSON file to write; an existing file is replaced only once the new one is complete. The "
                    "format is described in docs/national-statistics/."),
                 true}};
    }
    [[nodiscard]] QList<Option> moreOptions() const override
    {
        return {
            {QCommandLineOption(QStringLiteral("from"), tr("The first day of the period, as YYYY-MM-DD."),
                                QStringLiteral("YYYY-MM-DD")),
             true},
            {QCommandLineOption(QStringLiteral("to"), tr("The last day of the period (included), as YYYY-MM-DD."),
                                QStringLiteral("YYYY-MM-DD")),
             true},
        };
    }

    // Checked before signing in: a mistyped date costs no password and leaves no audit row.
    [[nodiscard]] int prepare(CommandContext& context) override
    {
        const auto from = day(context.value(QStringLiteral("from")));
        if (!from) {
            return context.usageError(
                tr("--from needs a date as YYYY-MM-DD, such as 2026-01-01; \"%1\" is not one.")
                    .arg(context.value(QStringLiteral("from"))));
        }
        const auto to = day(context.value(QStringLiteral("to")));
        if (!to) {
            return context.usageError(tr("--to needs a date as YYYY-MM-DD, such as 2026-12-31; \"%1\" is not one.")
                                          .arg(context.value(QStringLiteral("to"))));
        }
        if (*from > *to) {
            return context.usageError(tr("--from (%1) is after --to (%2): the period would be empty.")
                                          .arg(context.value(QStringLiteral("from")), context.value(QStringLiteral("to"))));
        }
        auto period = ReportPeriod::days(*from, *to);
        if (!period) {
            return context.usageError(period.error().message);
        }
        m_period = *period;
        return ExitCode::Success;
    }

    [[nodiscard]] int runOn(Clinic& clinic, CommandContext& context) override
    {
        const QString destination = context.argument(QStringLiteral("DEST-FILE"));
        auto data = NationalStatistics::write(clinic, m_period, destination);
        if (!data) {
            return context.fail(data.error());
        }
        context.out() << tr("Wrote the national statistics for %1 to %2.")
                             .arg(m_period.displayText(),
                                  QDir::toNativeSeparators(QFileInfo(destination).absoluteFilePath()))
                      << Qt::endl;
        return ExitCode::Success;
    }

private:
    static std::optional<QDate> day(const QString& text)
    {
        static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!shape.match(text).hasMatch() || !date.isValid()) {
            return std::nullopt;
        }
        return date;
    }

    ReportPeriod m_period;
};

const CommandRegistration<ExportStatsCommand> registration;

} // namespace

} // namespace forlop::admin
