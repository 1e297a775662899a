#include "Screenshots.h"

#include <QDir>
#include <QRegularExpression>

namespace forlop::test {

QString screenshotPath(const QString& name)
{
    const QString folder = qEnvironmentVariable("FORLOP_SCREENSHOTS");
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        return {};
    }
    QString fileName = name;
    fileName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QDir(folder).filePath(fileName + QStringLiteral(".png"));
}

} // namespace forlop::test
