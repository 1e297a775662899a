#include "AdminProcess.h"

#include <QProcess>

namespace forlop::test {

AdminOutcome runAdmin(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(FORLOP_ADMIN_PATH), arguments);
    if (!process.waitForStarted(10000)) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

AdminOutcome runAdminAs(const QString& command, const QString& database, const QString& user,
                        const QList<QByteArray>& lines, const QStringList& more)
{
    QByteArray input;
    for (const QByteArray& line : lines) {
        input += line + '\n';
    }
    return runAdmin(QStringList{command, database, QStringLiteral("--user"), user, QStringLiteral("--password-stdin")} +
                        more,
                    input);
}

} // namespace forlop::test
