#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "pathway/DemoClinicGenerator.h"

#include <QFileInfo>

namespace forlop::admin {

namespace {

// forlop-admin demo DB [--patients N] [--seed S] [--today YYYY-MM-DD]
class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static constexpr int DefaultPatients = 60;

    [[nodiscard]] QString name() const override { return QStringLiteral("demo"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Creates a demo clinic full of synthetic patients, with users admin, leder, sekretar, psykolog1, "
                  "psykolog2, … all with the password \"demo\".");
    }
    [[nodiscard]] QList<Argument> arguments() const override
    {
        return {{QStringLiteral("DB"), tr("Where to create the demo clinic; nothing may exist there yet."), true}};
    }
    [[nodiscard]] QList<Option> options() const override
    {
        return {
            {QCommandLineOption(QStringLiteral("patients"),
                                tr("How many synthetic patients (default %1).").arg(DefaultPatients),
                                QStringLiteral("N")),
             false},
            {QCommandLineOption(QStringLiteral("seed"),
                                tr("The seed: the same seed (and day) gives the same clinic (default 1)."),
                                QStringLiteral("S")),
             false},
            {QCommandLineOption(QStringLiteral("today"),
                                tr("The demo's today, YYYY-MM-DD: every event lies before it (default: today)."),
                                QStringLiteral("DATE")),
             false},
        };
    }

    [[nodiscard]] int run(CommandContext& context) override
    {
        DemoOptions options;
        options.databasePath = context.argument(QStringLiteral("DB"));
        bool ok = true;
        if (context.isSet(QStringLiteral("patients"))) {
            options.patients = context.value(QStringLiteral("patients")).toInt(&ok);
            if (!ok || options.patients < 0 || options.patients > DemoClinicGenerator::MaxPatients) {
                return context.usageError(
                    tr("--patients needs a whole number from 0 to %1.").arg(DemoClinicGenerator::MaxPatients));
            }
        } else {
            options.patients = DefaultPatients;
        }
        if (context.isSet(QStringLiteral("seed"))) {
            options.seed = context.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok) {
                return context.usageError(tr("--seed needs a whole number of 0 or more."));
            }
        }
        if (context.isSet(QStringLiteral("today"))) {
            options.today = QDate::fromString(context.value(QStringLiteral("today")), Qt::ISODate);
            if (!options.today.isValid()) {
                return context.usageError(tr("--today needs a date of the form YYYY-MM-DD."));
            }
        }
        auto summary = DemoClinicGenerator::generate(options);
        if (!summary) {
            return context.fail(summary.error());
        }
        QTextStream& out = context.out();
        out << tr("Created the demo clinic in %1 with %n synthetic patient(s).", nullptr, summary->patients)
                   .arg(QFileInfo(options.databasePath).absoluteFilePath())
            << '\n';
        out << tr("Users (password \"%1\"): %2")
                   .arg(QLatin1String(DemoClinicGenerator::Password), summary->users.join(QStringLiteral(", ")))
            << '\n';
        out << tr("Recovery key of this demo clinic: %1").arg(summary->recoveryKey) << Qt::endl;
        return ExitCode::Success;
    }
};

const CommandRegistration<DemoCommand> registration;

} // namespace

} // namespace forlop::admin
