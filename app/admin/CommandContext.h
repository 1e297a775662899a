#pragma once

#include "Command.h"
#include "Error.h"
#include "Secret.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <expected>

namespace forlop {
class Clock;
}

namespace forlop::admin {

class StandardInput;

// A value, or the exit code of a failure that has already been reported on stderr.
template <typename T>
using OrExit = std::expected<T, int>;

// What a running command sees: its checked arguments and options, standard input for secrets, the output
// streams and the clock. Also the one way to report a failure, so every command maps errors to exit codes alike.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(const Command& command, const QCommandLineParser& parser, StandardInput& input, QTextStream& out,
                   QTextStream& err, const Clock& clock);

    // The argument declared under this name (e.g. "DB"); empty when an optional one was not given.
    [[nodiscard]] QString argument(const QString& name) const;
    [[nodiscard]] bool isSet(const QString& option) const { return m_parser.isSet(option); }
    [[nodiscard]] QString value(const QString& option) const { return m_parser.value(option); }
    [[nodiscard]] QStringList values(const QString& option) const { return m_parser.values(option); }

    // Reads the next line of standard input; `what` says what it should hold ("your password"), for the
    // terminal prompt and the message when the input ends early (a usage error, exit 2).
    [[nodiscard]] OrExit<Secret> readSecret(const QString& what);

    [[nodiscard]] QTextStream& out() { return m_out; }
    [[nodiscard]] QTextStream& err() { return m_err; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] const Command& command() const { return m_command; }

    // Prints the (already translated) message on stderr and returns the exit code for its kind.
    [[nodiscard]] int fail(const Error& error);
    // Prints the message and a pointer to the command's help on stderr; returns ExitCode::UsageError.
    [[nodiscard]] int usageError(const QString& message);

private:
    const Command& m_command;
    const QCommandLineParser& m_parser;
    StandardInput& m_input;
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
};

} // namespace forlop::admin
