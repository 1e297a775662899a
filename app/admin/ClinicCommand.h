#pragma once

#include "Command.h"
#include "CommandContext.h"

#include <QCoreApplication>

#include <memory>

namespace forlop {
class Clinic;
}

namespace forlop::admin {

// A command of the contract form `forlop-admin COMMAND DB --user USER --password-stdin [OPTIONS]`.
// Derive from this instead of Command: it declares DB, --user and --password-stdin, reads the password from
// the first line of standard input, signs in, and calls runOn() with the open clinic. Failures to sign in
// are reported with the contract's exit codes (3 wrong credentials, 4 damaged or foreign file, 1 otherwise).
class ClinicCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ClinicCommand)

public:
    static constexpr auto DatabaseArgument = "DB";
    static constexpr auto UserOption = "user";
    static constexpr auto PasswordStdinOption = "password-stdin";

    [[nodiscard]] QList<Argument> arguments() const final;
    [[nodiscard]] QList<Option> options() const final;
    [[nodiscard]] QStringList inputLines() const final;
    [[nodiscard]] int run(CommandContext& context) final;

    // The shared sign-in: reads the password line, opens DB as --user with the system clock, wipes the
    // password. Reports any failure on stderr and returns its exit code.
    [[nodiscard]] static OrExit<std::unique_ptr<Clinic>> signIn(CommandContext& context);
    // --password-stdin, shared with commands (such as init) that read passwords without signing in.
    [[nodiscard]] static QCommandLineOption passwordStdin(const QString& description);

protected:
    // Arguments after DB (FILE.csv, DEST-FOLDER, …), options beyond --user and --password-stdin, and the
    // lines of standard input after the password (a new user's password, …), read with context.readSecret().
    [[nodiscard]] virtual QList<Argument> moreArguments() const { return {}; }
    [[nodiscard]] virtual QList<Option> moreOptions() const { return {}; }
    [[nodiscard]] virtual QStringList moreInputLines() const { return {}; }

    // Runs before signing in (checking option values, reading files as they were). Return ExitCode::Success
    // to go on, or the exit code of a failure already reported through the context.
    [[nodiscard]] virtual int prepare(CommandContext& context);
    // The command itself, with the signed-in clinic. Core checks the session's permissions.
    [[nodiscard]] virtual int runOn(Clinic& clinic, CommandContext& context) = 0;
};

} // namespace forlop::admin
