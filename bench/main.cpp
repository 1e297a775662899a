// forlop-bench: builds a synthetic clinic of a chosen size and times the operations users feel, on the encrypted
// database and on an unencrypted copy of it. See the README, section "Performance".

#include "AppMemory.h"
#include "Resources.h"
#include "BenchRun.h"
#include "Measurement.h"
#include "bench/ScaleGenerator.h"
#include "security/PasswordKdf.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <cstdio>

using namespace forlop;
using namespace forlop::bench;

namespace {

struct Scale
{
    const char* name;
    int patients;
    int clinicians;
    bool fastKdf; // the smoke test's tiny clinic only; every other scale derives keys as a real clinic does
};

constexpr Scale Scales[] = {
    {"tiny", 40, 3, true},
    {"small", 1000, 10, false},
    {"medium", 5000, 12, false},
    {"large", 20000, 20, false},
};

const Scale* findScale(const QString& name)
{
    for (const Scale& scale : Scales) {
        if (name == QLatin1String(scale.name)) {
            return &scale;
        }
    }
    return nullptr;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int generate(const Scale& scale, const QString& path)
{
    ScaleOptions options;
    options.databasePath = path;
    options.patients = scale.patients;
    options.clinicians = scale.clinicians;
    options.kdf = scale.fastKdf ? KdfParams::fastForTests() : KdfParams::forClinics();
    err() << "Building the " << scale.name << " clinic at " << path << " …" << Qt::endl;
    auto summary = ScaleGenerator::generate(options);
    if (!summary) {
        err() << summary.error().message << Qt::endl;
        return 1;
    }
    err() << QStringLiteral("Built in %1 s: %2 patients, %3 appointments, %4 sessions, %5 signed notes, %6 audit rows.")
                 .arg(summary->seconds, 0, 'f', 1)
                 .arg(summary->patients)
                 .arg(summary->appointments)
                 .arg(summary->sessions)
                 .arg(summary->notes)
                 .arg(summary->auditRows)
          << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // Offscreen unless told otherwise: the --app-memory mode builds the real window without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("forlop-bench"));
    forlop::initResources();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Forløp's operations on a synthetic clinic of the chosen size, "
                                                    "encrypted and on an unencrypted copy."));
    parser.addHelpOption();
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("tiny (40 patients), small (1,000), medium (5,000) or large "
                                                        "(20,000 patients, 400,000 appointments, 200,000 notes, "
                                                        "2,000,000 audit rows)."),
                                         QStringLiteral("SCALE"), QStringLiteral("small"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the results as JSON to FILE."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Where to build the clinic (reused when it is already there)."),
                                       QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/forlop-bench"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Repetitions of each interactive operation (reports, export "
                                                         "and verification: a tenth, at least 3)."),
                                          QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Time only the operations whose name contains TEXT."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption freshOption(QStringLiteral("fresh"), QStringLiteral("Rebuild the clinic even if it exists."));
    const QCommandLineOption generateOption(QStringLiteral("generate-only"),
                                            QStringLiteral("Build the clinic and stop."));
    const QCommandLineOption appMemoryOption(
        QStringLiteral("app-memory"),
        QStringLiteral("Open the real main window offscreen on the clinic, sign in as a clinician, wait for the "
                       "caseload screen and report the memory used."));
    parser.addOptions(
        {scaleOption, jsonOption, dirOption, repeatOption, onlyOption, freshOption, generateOption, appMemoryOption});
    parser.process(app);

    const Scale* scale = findScale(parser.value(scaleOption));
    if (!scale) {
        err() << "Unknown scale: " << parser.value(scaleOption) << Qt::endl;
        return 2;
    }
    const int repeat = parser.value(repeatOption).toInt();
    if (repeat < 1) {
        err() << "--repeat needs a positive number." << Qt::endl;
        return 2;
    }
    const QString dir = QDir(parser.value(dirOption)).absolutePath();
    if (!QDir().mkpath(dir)) {
        err() << "Cannot create " << dir << Qt::endl;
        return 2;
    }
    const QString path = dir + QStringLiteral("/bench-%1.forlop").arg(QLatin1String(scale->name));
    if (parser.isSet(freshOption) || !QFile::exists(path)) {
        // The database, its write-ahead log and its key file.
        for (const QString& name : QDir(dir).entryList({QFileInfo(path).fileName() + QStringLiteral("*")})) {
            QFile::remove(dir + QLatin1Char('/') + name);
        }
        if (qEnvironmentVariableIsSet("FORLOP_BENCH_GENERATOR")) {
            if (const int code = generate(*scale, path); code != 0) {
                return code;
            }
        } else {
            // Built in a child process: its peak memory stays out of the figures, and SQLCipher's per-allocation
            // memory locking can be left out of a bulk load of synthetic rows (NoMemoryLocking.cpp). Everything
            // measured below runs here, with memory security on as in the app.
            QProcess child;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(FORLOP_BENCH_PRELOAD));
            environment.insert(QStringLiteral("FORLOP_BENCH_GENERATOR"), QStringLiteral("1"));
            child.setProcessEnvironment(environment);
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QApplication::applicationFilePath(),
                        {QStringLiteral("--scale"), QLatin1String(scale->name), QStringLiteral("--dir"), dir,
                         QStringLiteral("--generate-only")});
            if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
                err() << "Building the clinic failed." << Qt::endl;
                return 1;
            }
        }
    }
    if (parser.isSet(generateOption)) {
        return 0;
    }

    if (parser.isSet(appMemoryOption)) {
        const AppMemoryResult result = measureAppMemory(path, QStringLiteral("psykolog1"), ScaleGenerator::Password);
        if (!result.ok) {
            err() << "App memory: " << result.error << Qt::endl;
            return 1;
        }
        out() << QStringLiteral("App on the %1 clinic, caseload screen: sign-in to first usable screen %2 ms, "
                                "resident memory %3 MiB, peak %4 MiB")
                     .arg(QLatin1String(scale->name))
                     .arg(result.signInMs, 0, 'f', 0)
                     .arg(result.rssMiB, 0, 'f', 1)
                     .arg(result.peakRssMiB, 0, 'f', 1)
              << Qt::endl;
        return 0;
    }

    BenchOptions options;
    options.scale = QLatin1String(scale->name);
    options.databasePath = path;
    options.plainPath = dir + QStringLiteral("/bench-%1-plain.sqlite").arg(QLatin1String(scale->name));
    options.workDir = dir;
    options.repeat = repeat;
    options.only = parser.value(onlyOption);
    options.today = QDate::currentDate();
    BenchRun run(options);
    auto rows = run.run();
    if (!rows) {
        err() << rows.error().message << Qt::endl;
        return 1;
    }
    const double peak = peakRssMiB();
    out() << Qt::endl << "Scale: " << scale->name << ", " << repeat << " repetitions" << Qt::endl
          << table(*rows) << "Peak resident memory of the benchmark: " << QString::number(peak, 'f', 1) << " MiB"
          << Qt::endl;
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(json(*rows, options.scale, peak, QString())) < 0) {
            err() << "Cannot write " << parser.value(jsonOption) << Qt::endl;
            return 1;
        }
    }
    return 0;
}
