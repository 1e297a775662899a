#include "CommandContext.h"

#include "ExitCode.h"
#include "ProgramName.h"
#include "StandardInput.h"

namespace forlop::admin {

CommandContext::CommandContext(const Command& command, const QCommandLineParser& parser, StandardInput& input,
                               QTextStream& out, QTextStream& err, const Clock& clock)
    : m_command(command)
    , m_parser(parser)
    , m_input(input)
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
{
}

QString CommandContext::argument(const QString& name) const
{
    const QList<Argument> declared = m_command.arguments();
    const QStringList given = m_parser.positionalArguments();
    for (qsizetype i = 0; i < declared.size(); ++i) {
        if (declared[i].name == name) {
            return i < given.size() ? given[i] : QString();
        }
    }
    Q_ASSERT_X(false, "CommandContext::argument", "no argument declared under this name");
    return {};
}

OrExit<Secret> CommandContext::readSecret(const QString& what)
{
    const int lineNumber = m_input.linesRead() + 1;
    //: Terminal prompt; %1 is what to type, such as "your password"
    auto line = m_input.readLine(tr("%1: ").arg(what));
    if (!line) {
        return std::unexpected(usageError(line.error().message));
    }
    if (!*line) {
        //: %2 is what the line should hold, such as "your password"
        return std::unexpected(usageError(tr("Standard input ended before line %1 (%2).").arg(lineNumber).arg(what)));
    }
    return std::move(**line);
}

int CommandContext::fail(const Error& error)
{
    m_err << error.message << Qt::endl;
    return exitCodeFor(error.code);
}

int CommandContext::usageError(const QString& message)
{
    m_err << message << Qt::endl;
    m_err << tr("Run \"%1 %2 --help\" for help.").arg(programName(), m_command.name()) << Qt::endl;
    return ExitCode::UsageError;
}

} // namespace forlop::admin
