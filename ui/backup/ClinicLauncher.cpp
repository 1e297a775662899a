#include "backup/ClinicLauncher.h"

#include <QCoreApplication>
#include <QProcess>

namespace forlop {

ClinicLauncher::Launch ClinicLauncher::s_launch;

bool ClinicLauncher::open(const QString& databasePath)
{
    if (s_launch) {
        return s_launch(databasePath);
    }
    return QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                   {QStringLiteral("--database"), databasePath});
}

void ClinicLauncher::setForTests(Launch launch)
{
    s_launch = std::move(launch);
}

} // namespace forlop
