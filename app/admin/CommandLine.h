#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace forlop::admin {

// forlop-admin's entry point after start-up: --version and --help, finding the command, checking its
// arguments and options against its declarations (usage errors exit 2), and running it.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // arguments as from QCoreApplication::arguments(): the program first. Returns the exit code.
    [[nodiscard]] static int run(const QStringList& arguments);
};

} // namespace forlop::admin
