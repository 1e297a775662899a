#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace forlop::admin {

class CommandContext;

// An argument that is not an option, such as DB or DEST-FOLDER, in the order it is typed.
struct Argument
{
    QString name;        // as shown in the usage line and passed to CommandContext::argument(): "DB"
    QString description; // translated
    bool required = true;
};

// An option. The framework refuses to run a command whose required option is missing (exit 2).
struct Option
{
    QCommandLineOption option;
    bool required = false;
};

// One forlop-admin command. Implement it in one file app/admin/<Name>Command.cpp and register it there with
// `const CommandRegistration<NameCommand> registration;` — see CommandRegistry.h. Commands that open a
// clinic derive from ClinicCommand instead, which adds DB, --user and --password-stdin and signs in.
class Command
{
public:
    virtual ~Command() = default;

    // The word typed after forlop-admin: lowercase words joined by '-', never translated.
    [[nodiscard]] virtual QString name() const = 0;
    // One translated line for the command list.
    [[nodiscard]] virtual QString summary() const = 0;
    [[nodiscard]] virtual QList<Argument> arguments() const { return {}; }
    [[nodiscard]] virtual QList<Option> options() const { return {}; }
    // What each line of standard input holds, in order (translated), for the help text and terminal prompts.
    [[nodiscard]] virtual QStringList inputLines() const { return {}; }

    // Runs once the command line has been checked against the declarations above. Returns an ExitCode.
    [[nodiscard]] virtual int run(CommandContext& context) = 0;
};

} // namespace forlop::admin
