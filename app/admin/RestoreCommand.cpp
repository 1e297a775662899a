#include "ClinicCommand.h"
#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "HealthCheck.h"
#include "backup/BackupRestore.h"
#include "clinic/Clinic.h"

#include <QDir>
#include <QFileInfo>

namespace forlop::admin {

namespace {

constexpr auto BackupArgument = "BACKUP";
constexpr auto TargetArgument = "NEW-DB";
constexpr auto RecoveryKeyStdin = "recovery-key-stdin";
constexpr auto Replace = "replace";

// forlop-admin restore BACKUP NEW-DB --user USER --password-stdin [--replace]
// forlop-admin restore BACKUP NEW-DB --recovery-key-stdin [--replace]
// Not a ClinicCommand: there is no clinic to sign in to until the backup is restored, and the recovery key
// replaces --user and the password.
class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("restore"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Restores a backup to a new database file, then checks it as the check command does.");
    }
    [[nodiscard]] QList<Argument> arguments() const override
    {
        return {{QLatin1String(BackupArgument), tr("The backup's folder (or the database file inside it)."), true},
                {QLatin1String(TargetArgument),
                 tr("Where to put the restored database; its key file is written beside it. An existing database "
                    "is only replaced with --replace."),
                 true}};
    }
    [[nodiscard]] QList<Option> options() const override
    {
        return {
            {QCommandLineOption(QLatin1String(ClinicCommand::UserOption), tr("Your user name (with --password-stdin)."),
                                QStringLiteral("USER")),
             false},
            {ClinicCommand::passwordStdin(tr("Read your password from the first line of standard input.")), false},
            {QCommandLineOption(QLatin1String(RecoveryKeyStdin),
                                tr("Read the clinic's recovery key from the first line of standard input, instead of "
                                   "a user name and password.")),
             false},
            {QCommandLineOption(QLatin1String(Replace),
                                tr("Replace a database that already exists at NEW-DB. It is kept beside the restored "
                                   "one as NEW-DB.replaced-TIME, and it must not be open in Forløp.")),
             false},
        };
    }
    [[nodiscard]] QStringList inputLines() const override
    {
        return {tr("your password, or the recovery key with --recovery-key-stdin")};
    }

    [[nodiscard]] int run(CommandContext& context) override
    {
        const bool recovery = context.isSet(QLatin1String(RecoveryKeyStdin));
        const bool password = context.isSet(QLatin1String(ClinicCommand::PasswordStdinOption));
        const bool user = context.isSet(QLatin1String(ClinicCommand::UserOption));
        if (recovery == password) {
            return context.usageError(tr("Give either --user USER --password-stdin or --recovery-key-stdin."));
        }
        if (password && (!user || context.value(QLatin1String(ClinicCommand::UserOption)).trimmed().isEmpty())) {
            return context.usageError(tr("Missing option: --user USER"));
        }
        if (recovery && user) {
            return context.usageError(tr("--user is not used with --recovery-key-stdin."));
        }
        auto secret = context.readSecret(recovery ? tr("the recovery key") : tr("your password"));
        if (!secret) {
            return secret.error();
        }

        RestoreRequest request;
        request.backup = context.argument(QLatin1String(BackupArgument));
        request.target = context.argument(QLatin1String(TargetArgument));
        request.userName = context.value(QLatin1String(ClinicCommand::UserOption));
        request.secret = secret->bytes();
        request.withRecoveryKey = recovery;
        request.replaceExisting = context.isSet(QLatin1String(Replace));
        auto clinic = BackupRestore::restore(request, context.clock());
        // The request shares the Secret's buffer; wiping it detaches and wipes its copy first.
        wipe(request.secret);
        if (!clinic) {
            return context.fail(clinic.error());
        }
        context.out() << tr("Restored %1 to %2.")
                             .arg(QDir::toNativeSeparators(QFileInfo(request.backup).absoluteFilePath()),
                                  QDir::toNativeSeparators((*clinic)->databasePath()))
                      << '\n';
        return report(**clinic, context);
    }

private:
    // The same report as the check command, on the restored clinic.
    static int report(Clinic& clinic, CommandContext& context)
    {
        auto report = HealthCheck::run(clinic, std::nullopt);
        if (!report) {
            return context.fail(report.error());
        }
        QTextStream& out = context.out();
        qsizetype width = 0;
        for (const HealthCheck::Part& part : report->parts) {
            width = std::max(width, part.title.size() + 1);
        }
        for (const HealthCheck::Part& part : report->parts) {
            out << (part.title + QLatin1Char(':')).leftJustified(width + 1);
            if (part.problems.isEmpty()) {
                out << part.summary << '\n';
                continue;
            }
            out << tr("%n problem(s)", nullptr, static_cast<int>(part.problems.size())) << '\n';
            for (const QString& problem : part.problems) {
                out << "  - " << problem << '\n';
            }
        }
        out.flush();
        if (!report->healthy()) {
            context.err() << tr("The restored clinic did not pass the check. Try an older backup.") << Qt::endl;
            return ExitCode::Damaged;
        }
        out << tr("The restored clinic is healthy.") << Qt::endl;
        return ExitCode::Success;
    }
};

const CommandRegistration<RestoreCommand> registration;

} // namespace

} // namespace forlop::admin
