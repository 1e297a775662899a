#include "storage/CleanShutdown.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

#include <fcntl.h>
#include <sys/stat.h>

namespace forlop {

namespace {

QByteArray fingerprint(const struct stat& info)
{
    return QByteArray::number(quint64(info.st_dev)) + ' ' + QByteArray::number(quint64(info.st_ino)) + ' ' +
           QByteArray::number(qint64(info.st_size)) + ' ' + QByteArray::number(qint64(info.st_mtim.tv_sec)) + ' ' +
           QByteArray::number(qint64(info.st_mtim.tv_nsec)) + ' ' + QByteArray::number(qint64(info.st_ctim.tv_sec)) +
           ' ' + QByteArray::number(qint64(info.st_ctim.tv_nsec));
}

bool statFile(const QString& path, struct stat& info)
{
    return ::stat(QFile::encodeName(path).constData(), &info) == 0;
}

} // namespace

QString CleanShutdown::markerPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".clean");
}

void CleanShutdown::record(const QString& databasePath)
{
    const QFileInfo wal(databasePath + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        return;
    }
    // File times are coarse (a clock tick): a write right after this could keep the time the file has now. A time
    // with a random nanosecond part cannot be kept by any later write.
    struct timespec times[2];
    times[0].tv_nsec = UTIME_OMIT;
    times[0].tv_sec = 0;
    ::clock_gettime(CLOCK_REALTIME, &times[1]);
    times[1].tv_nsec = long(randombytes_uniform(1000000000u));
    if (::utimensat(AT_FDCWD, QFile::encodeName(databasePath).constData(), times, 0) != 0) {
        return;
    }
    struct stat info{};
    if (!statFile(databasePath, info)) {
        return;
    }
    QSaveFile marker(markerPath(databasePath));
    if (marker.open(QIODevice::WriteOnly)) {
        marker.write(fingerprint(info));
        (void)marker.commit();
    }
}

bool CleanShutdown::takeMatching(const QString& databasePath)
{
    const QString path = markerPath(databasePath);
    QFile marker(path);
    if (!marker.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray recorded = marker.read(256);
    marker.close();
    QFile::remove(path);
    const QFileInfo wal(databasePath + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        return false;
    }
    struct stat info{};
    return statFile(databasePath, info) && !recorded.isEmpty() && recorded == fingerprint(info);
}

} // namespace forlop
