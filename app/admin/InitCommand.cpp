#include "ClinicCommand.h"
#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "clinic/ClinicFactory.h"

#include <QFileInfo>

namespace forlop::admin {

namespace {

// forlop-admin init DB --clinic NAME [--site SITE] --admin USER --password-stdin [--leader NAME]
class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("init"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Creates a new clinic with its first administrator and, optionally, its first unit leader.");
    }
    [[nodiscard]] QList<Argument> arguments() const override
    {
        return {{QStringLiteral("DB"), tr("Where to create the clinic's database file; its key file is written "
                                          "beside it. Nothing may exist there yet."),
                 true}};
    }
    [[nodiscard]] QList<Option> options() const override
    {
        return {
            {QCommandLineOption(QStringLiteral("clinic"), tr("The clinic's name."), QStringLiteral("NAME")), true},
            {QCommandLineOption(QStringLiteral("site"), tr("Where the clinic is (town or hospital)."),
                                QStringLiteral("SITE")),
             false},
            {QCommandLineOption(QStringLiteral("admin"), tr("User name of the first administrator."),
                                QStringLiteral("USER")),
             true},
            {ClinicCommand::passwordStdin(tr("Read the passwords from standard input, one per line.")), true},
            {QCommandLineOption(QStringLiteral("leader"),
                                tr("User name of the first unit leader, who holds the key to clinical records from "
                                   "the start. Without one, only the recovery key holds it."),
                                QStringLiteral("NAME")),
             false},
        };
    }
    [[nodiscard]] QStringList inputLines() const override
    {
        return {tr("the administrator's password"), tr("the unit leader's password (only with --leader)")};
    }

    [[nodiscard]] int run(CommandContext& context) override
    {
        NewClinic request;
        request.databasePath = context.argument(QStringLiteral("DB"));
        request.name = context.value(QStringLiteral("clinic"));
        request.site = context.value(QStringLiteral("site"));
        request.adminName = context.value(QStringLiteral("admin"));
        // KdfParams::forClinics() is NewClinic's default: a real clinic never gets the test limits.
        const bool withLeader = context.isSet(QStringLiteral("leader"));

        auto adminPassword = context.readSecret(tr("the administrator's password"));
        if (!adminPassword) {
            return adminPassword.error();
        }
        Secret leaderPassword;
        if (withLeader) {
            auto line = context.readSecret(tr("the unit leader's password"));
            if (!line) {
                return line.error();
            }
            leaderPassword = std::move(*line);
            request.leaderName = context.value(QStringLiteral("leader"));
            request.leaderPassword = leaderPassword.bytes();
        }
        request.adminPassword = adminPassword->bytes();

        auto created = ClinicFactory::create(request, context.clock());
        // The request shares the Secrets' buffers; wiping it detaches and wipes its copies first.
        wipe(request.adminPassword);
        wipe(request.leaderPassword);
        if (!created) {
            return context.fail(created.error());
        }
        report(context, request, created->recoveryKey);
        return ExitCode::Success;
    }

private:
    static void report(CommandContext& context, const NewClinic& request, const QString& recoveryKey)
    {
        QTextStream& out = context.out();
        out << tr("Created the clinic \"%1\" in %2.")
                   .arg(request.name.trimmed(), QFileInfo(request.databasePath).absoluteFilePath())
            << '\n';
        out << tr("Administrator: %1").arg(request.adminName.trimmed()) << '\n';
        if (request.leaderName) {
            out << tr("Unit leader (holds the key to clinical records): %1").arg(request.leaderName->trimmed())
                << '\n';
        } else {
            out << tr("No unit leader yet: the key to clinical records is held only by the recovery key, until a "
                      "unit leader is granted it with the recovery key.")
                << '\n';
        }
        out << '\n' << tr("RECOVERY KEY (shown only this once):") << "\n\n    " << recoveryKey << "\n\n";
        out << tr("Print this key or write it down now, and keep it locked away, apart from this computer. It "
                  "restores access when every administrator and unit leader has forgotten their password, and "
                  "anyone who holds it can open the clinic's records. It cannot be shown again.")
            << Qt::endl;
    }
};

const CommandRegistration<InitCommand> registration;

} // namespace

} // namespace forlop::admin
