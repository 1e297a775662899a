#include "CommandLine.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "HelpText.h"
#include "ProgramName.h"
#include "StandardInput.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace forlop::admin {

namespace {

QString dashed(const QString& name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// QCommandLineParser's own messages come from Qt's catalogue, which Forløp does not ship; these are ours.
QString parseProblem(const QCommandLineParser& parser, const QList<Option>& options, const QStringList& given)
{
    if (!parser.unknownOptionNames().isEmpty()) {
        return CommandLine::tr("Unknown option: %1").arg(dashed(parser.unknownOptionNames().constFirst()));
    }
    // The other common failure: an option that takes a value is the last word on the line.
    if (!given.isEmpty()) {
        const QString last = given.constLast();
        for (const Option& option : options) {
            if (option.option.valueName().isEmpty()) {
                continue;
            }
            for (const QString& name : option.option.names()) {
                if (last == dashed(name)) {
                    return CommandLine::tr("The option %1 needs a value.").arg(last);
                }
            }
        }
    }
    return CommandLine::tr("The command line could not be read: %1").arg(parser.errorText());
}

// The checks QCommandLineParser leaves to us: argument count, required options, repeated options.
QString declarationProblem(const Command& command, const QCommandLineParser& parser)
{
    const QList<Argument> arguments = command.arguments();
    const QStringList positional = parser.positionalArguments();
    qsizetype required = 0;
    for (const Argument& argument : arguments) {
        required += argument.required ? 1 : 0;
    }
    if (positional.size() < required) {
        return CommandLine::tr("Missing argument: %1").arg(arguments[positional.size()].name);
    }
    if (positional.size() > arguments.size()) {
        return CommandLine::tr("Unexpected argument: %1").arg(positional[arguments.size()]);
    }
    for (const Option& option : command.options()) {
        const QString name = option.option.names().constLast();
        const bool takesValue = !option.option.valueName().isEmpty();
        if (option.required && (!parser.isSet(name) || (takesValue && parser.value(name).trimmed().isEmpty()))) {
            return CommandLine::tr("Missing option: %1").arg(HelpText::optionSyntax(option.option));
        }
        if (takesValue && parser.values(name).size() > 1) {
            return CommandLine::tr("The option %1 was given more than once.").arg(dashed(name));
        }
    }
    return {};
}

int runCommand(Command& command, const QStringList& words, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QList<Option> options = command.options();
    for (const Option& option : options) {
        parser.addOption(option.option);
    }
    const QCommandLineOption help = HelpText::helpOption();
    parser.addOption(help);

    // QCommandLineParser skips the first word as the program name.
    QStringList toParse{programName() + QLatin1Char(' ') + command.name()};
    toParse += words;
    StandardInput input;
    CommandContext context(command, parser, input, out, err, SystemClock::instance());
    if (!parser.parse(toParse)) {
        return context.usageError(parseProblem(parser, options, words));
    }
    if (parser.isSet(help)) {
        out << HelpText::forCommand(command);
        return ExitCode::Success;
    }
    if (const QString problem = declarationProblem(command, parser); !problem.isEmpty()) {
        return context.usageError(problem);
    }
    return command.run(context);
}

} // namespace

int CommandLine::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        err << HelpText::shortUsage() << Qt::endl;
        return ExitCode::UsageError;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out << HelpText::general(CommandRegistry::all());
        return ExitCode::Success;
    }
    if (first == QLatin1String("--version")) {
        out << programName() << QLatin1Char(' ') << QStringLiteral(FORLOP_VERSION) << Qt::endl;
        return ExitCode::Success;
    }
    if (first.startsWith(QLatin1Char('-'))) {
        err << tr("Unknown option: %1").arg(first) << Qt::endl << HelpText::shortUsage() << Qt::endl;
        return ExitCode::UsageError;
    }
    const std::unique_ptr<Command> command = CommandRegistry::find(first);
    if (!command) {
        err << tr("Unknown command: %1").arg(first) << Qt::endl << HelpText::shortUsage() << Qt::endl;
        return ExitCode::UsageError;
    }
    const int code = runCommand(*command, arguments.mid(2), out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace forlop::admin
