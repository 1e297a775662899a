#include "Resources.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "util/Clock.h"
#include "util/Language.h"
#include "util/ProcessHardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QStandardPaths>

#include <cstdio>

namespace {

struct ParsedOptions
{
    forlop::AppOptions app;
    bool ok = true;
};

ParsedOptions parseArguments(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Forløp: case management for the clinics of "
                                                                     "Det finnes hjelp."));
    parser.addHelpOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QApplication::translate("main", "Open the clinic database at PATH (created on first run)."),
        QApplication::translate("main", "PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Mark this run as a demo (synthetic data only)."));
    parser.addOption(database);
    parser.addOption(demo);
    parser.process(app);

    ParsedOptions parsed;
    parsed.app.demo = parser.isSet(demo);
    if (parser.isSet(database)) {
        parsed.app.databasePath = QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(database)));
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (folder.isEmpty()) {
            std::fputs(qPrintable(QApplication::translate("main", "No folder for application data was found; "
                                                                  "start Forløp with --database PATH.\n")),
                       stderr);
            parsed.ok = false;
        }
        parsed.app.databasePath = folder + QStringLiteral("/clinic.forlop");
    }
    return parsed;
}

} // namespace

int main(int argc, char* argv[])
{
    // First, before anything can hold a password or key.
    const bool hardened = forlop::ProcessHardening::disableCoreDumps();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Forløp"));
    forlop::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/forlop.svg")));
    forlop::Language::install(forlop::AppSettings::language());
    if (!hardened) {
        std::fputs(qPrintable(QApplication::translate("main", "Warning: core dumps could not be disabled.\n")),
                   stderr);
    }

    const ParsedOptions options = parseArguments(app);
    if (!options.ok) {
        return 2;
    }
    forlop::MainWindow window(options.app, forlop::SystemClock::instance());
    window.show();
    window.start();
    return QApplication::exec();
}
