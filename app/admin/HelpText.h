#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace forlop::admin {

// The help pages, written here rather than by QCommandLineParser so they are translated with the rest of
// Forløp and show the contract's usage form.
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)

public:
    // forlop-admin --help: the forms, every command with its summary, and the exit codes.
    [[nodiscard]] static QString general(const std::vector<std::unique_ptr<Command>>& commands);
    // The short form printed on stderr with a usage error.
    [[nodiscard]] static QString shortUsage();
    // forlop-admin COMMAND --help
    [[nodiscard]] static QString forCommand(const Command& command);
    // "forlop-admin init DB --clinic NAME --admin USER --password-stdin [OPTIONS]"
    [[nodiscard]] static QString usageLine(const Command& command);
    // The help option every command has.
    [[nodiscard]] static QCommandLineOption helpOption();
    // "--user USER", "-h, --help"
    [[nodiscard]] static QString optionSyntax(const QCommandLineOption& option);
};

} // namespace forlop::admin
