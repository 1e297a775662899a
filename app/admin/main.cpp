#include "CommandLine.h"
#include "util/Language.h"
#include "util/ProcessHardening.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <exception>

int main(int argc, char* argv[])
{
    // First, before anything can hold a password or key.
    const bool hardened = forlop::ProcessHardening::disableCoreDumps();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("forlop-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FORLOP_VERSION));
    forlop::Language::install(forlop::Language::fromLocale(QLocale::system()));
    using forlop::admin::CommandLine;
    if (!hardened) {
        std::fputs(qPrintable(CommandLine::tr("Warning: core dumps could not be disabled.\n")), stderr);
    }
    try {
        return CommandLine::run(QCoreApplication::arguments());
    } catch (const std::exception&) {
        // Only third-party code and allocation throw; the message could hold anything, so it is not printed.
        std::fputs(qPrintable(CommandLine::tr("forlop-admin stopped after an internal error.\n")), stderr);
        return 1;
    }
}
