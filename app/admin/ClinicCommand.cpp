#include "ClinicCommand.h"

#include "ExitCode.h"
#include "clinic/Clinic.h"

#include <QFileInfo>

namespace forlop::admin {

QList<Argument> ClinicCommand::arguments() const
{
    QList<Argument> list{
        {QLatin1String(DatabaseArgument), tr("The clinic's database file (its key file lies beside it)."), true}};
    list += moreArguments();
    return list;
}

QList<Option> ClinicCommand::options() const
{
    QList<Option> list{
        {QCommandLineOption(QLatin1String(UserOption), tr("Your user name."), QStringLiteral("USER")), true},
        {passwordStdin(tr("Read your password from the first line of standard input.")), true},
    };
    list += moreOptions();
    return list;
}

QStringList ClinicCommand::inputLines() const
{
    QStringList lines{tr("your password")};
    lines += moreInputLines();
    return lines;
}

QCommandLineOption ClinicCommand::passwordStdin(const QString& description)
{
    return QCommandLineOption(QLatin1String(PasswordStdinOption), description);
}

int ClinicCommand::prepare(CommandContext&)
{
    return ExitCode::Success;
}

int ClinicCommand::run(CommandContext& context)
{
    if (const int code = prepare(context); code != ExitCode::Success) {
        return code;
    }
    auto clinic = signIn(context);
    if (!clinic) {
        return clinic.error();
    }
    return runOn(**clinic, context);
}

OrExit<std::unique_ptr<Clinic>> ClinicCommand::signIn(CommandContext& context)
{
    const QString path = context.argument(QLatin1String(DatabaseArgument));
    // Told apart from a missing key file, which means damage: here the path is simply wrong.
    if (!QFileInfo(path).isFile()) {
        return std::unexpected(context.fail(
            {ErrorCode::NotFound, tr("There is no database file at %1.").arg(QFileInfo(path).absoluteFilePath())}));
    }
    auto password = context.readSecret(tr("your password"));
    if (!password) {
        return std::unexpected(password.error());
    }
    auto clinic = Clinic::open(path, context.value(QLatin1String(UserOption)), password->bytes(), context.clock());
    if (!clinic) {
        return std::unexpected(context.fail(clinic.error()));
    }
    // Saved changes are missing (a damaged file or an older copy): never silent, whatever the command.
    if (!(*clinic)->damageWarning().isEmpty()) {
        context.err() << (*clinic)->damageWarning() << Qt::endl;
    }
    return std::move(*clinic);
}

} // namespace forlop::admin
