#include "FaultVfs.h"

#include <QFile>

#include <sqlite3.h>

#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace forlop::test {

namespace {

// One write or truncation that has not been synced: the bytes it replaced, and the file's size before it.
struct Undo
{
    std::int64_t offset = 0;
    std::vector<unsigned char> before; // the bytes that existed in [offset, offset + size) before the change
    std::int64_t length = 0;           // how many bytes the change covered
    std::int64_t sizeBefore = 0;
};

struct FileLog
{
    std::int64_t syncedSize = -1; // the size at the last sync (or when first seen)
    std::vector<Undo> unsynced;
};

struct State
{
    std::mutex mutex;
    sqlite3_vfs* real = nullptr;
    int counts[3] = {0, 0, 0};
    int armedOp = -1;
    int armedAt = 0;
    int errorCode = SQLITE_IOERR;
    bool persistent = false;
    bool fired = false;
    bool recording = false;
    bool skipSyncs = false;
    bool cut = false;
    int cutCountdown = 0;
    std::map<std::string, FileLog> logs;
};

State& state()
{
    static State s;
    return s;
}

struct File
{
    sqlite3_file base;
    sqlite3_file* real;
    std::string path;
    bool tracked; // the main database or its WAL
};

sqlite3_file* realOf(sqlite3_file* file)
{
    return reinterpret_cast<File*>(file)->real;
}

// Counts the operation and says whether it must fail (I/O-error mode).
bool injectFault(FaultVfs::Op op)
{
    State& s = state();
    const int index = static_cast<int>(op);
    ++s.counts[index];
    if (s.armedOp == index && (s.counts[index] == s.armedAt || (s.persistent && s.counts[index] > s.armedAt))) {
        s.fired = true;
        return true;
    }
    return false;
}

// Power-loss mode: true when the operation must be dropped because the power is (now) off.
bool dropBecauseCut()
{
    State& s = state();
    if (s.cut) {
        return true;
    }
    if (s.cutCountdown > 0 && --s.cutCountdown == 0) {
        s.cut = true;
        return true;
    }
    return false;
}

FileLog& logFor(File* file)
{
    FileLog& log = state().logs[file->path];
    if (log.syncedSize < 0) {
        sqlite3_int64 size = 0;
        file->real->pMethods->xFileSize(file->real, &size);
        log.syncedSize = size;
    }
    return log;
}

void remember(File* file, std::int64_t offset, std::int64_t length)
{
    FileLog& log = logFor(file);
    sqlite3_int64 size = 0;
    file->real->pMethods->xFileSize(file->real, &size);
    Undo undo;
    undo.offset = offset;
    undo.length = length;
    undo.sizeBefore = size;
    const std::int64_t existing = std::max<std::int64_t>(0, std::min<std::int64_t>(offset + length, size) - offset);
    undo.before.resize(static_cast<std::size_t>(existing));
    if (existing > 0) {
        file->real->pMethods->xRead(file->real, undo.before.data(), static_cast<int>(existing), offset);
    }
    log.unsynced.push_back(std::move(undo));
}

int xClose(sqlite3_file* file)
{
    File* f = reinterpret_cast<File*>(file);
    const int rc = f->real->pMethods->xClose(f->real);
    f->path.~basic_string();
    return rc;
}

int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    File* f = reinterpret_cast<File*>(file);
    {
        std::lock_guard lock(state().mutex);
        if (f->tracked && injectFault(FaultVfs::Op::Read)) {
            return state().errorCode == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_READ;
        }
    }
    return f->real->pMethods->xRead(f->real, buffer, amount, offset);
}

int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    File* f = reinterpret_cast<File*>(file);
    {
        std::lock_guard lock(state().mutex);
        if (f->tracked && injectFault(FaultVfs::Op::Write)) {
            return state().errorCode == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
        }
        if (state().recording && f->tracked) {
            if (dropBecauseCut()) {
                return SQLITE_OK;
            }
            remember(f, offset, amount);
        }
    }
    return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    File* f = reinterpret_cast<File*>(file);
    {
        std::lock_guard lock(state().mutex);
        if (state().recording && f->tracked) {
            if (dropBecauseCut()) {
                return SQLITE_OK;
            }
            sqlite3_int64 current = 0;
            f->real->pMethods->xFileSize(f->real, &current);
            if (current > size) {
                remember(f, size, current - size);
            }
        }
    }
    return f->real->pMethods->xTruncate(f->real, size);
}

int xSync(sqlite3_file* file, int flags)
{
    File* f = reinterpret_cast<File*>(file);
    {
        std::lock_guard lock(state().mutex);
        if (f->tracked && injectFault(FaultVfs::Op::Sync)) {
            return state().errorCode == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_FSYNC;
        }
        if (state().recording && f->tracked) {
            if (dropBecauseCut()) {
                return SQLITE_OK;
            }
            // Durable from here. The real fsync is skipped: durability is what this VFS simulates.
            FileLog& log = logFor(f);
            log.unsynced.clear();
            sqlite3_int64 size = 0;
            f->real->pMethods->xFileSize(f->real, &size);
            log.syncedSize = size;
            return SQLITE_OK;
        }
        if (state().skipSyncs) {
            return SQLITE_OK;
        }
    }
    return f->real->pMethods->xSync(f->real, flags);
}

int xFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}
int xLock(sqlite3_file* file, int level)
{
    return realOf(file)->pMethods->xLock(realOf(file), level);
}
int xUnlock(sqlite3_file* file, int level)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), level);
}
int xCheckReservedLock(sqlite3_file* file, int* result)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), result);
}
int xFileControl(sqlite3_file* file, int op, void* arg)
{
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}
int xSectorSize(sqlite3_file* file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}
int xDeviceCharacteristics(sqlite3_file* file)
{
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}
int xShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    return realOf(file)->pMethods->xShmMap(realOf(file), region, size, extend, out);
}
int xShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}
void xShmBarrier(sqlite3_file* file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}
int xShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}
// Memory-mapped reads would bypass xRead (and the fault counter): refuse them, SQLite falls back to xRead.
int xFetch(sqlite3_file*, sqlite3_int64, int, void** out)
{
    *out = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file*, sqlite3_int64, void*)
{
    return SQLITE_OK;
}

// In the field order of sqlite3_io_methods (version 3).
const sqlite3_io_methods Methods = {
    3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl,
    xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch,
};

int vfsOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    File* f = reinterpret_cast<File*>(file);
    f->real = reinterpret_cast<sqlite3_file*>(&f[1]);
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    const int rc = real->xOpen(real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        f->base.pMethods = nullptr;
        return rc;
    }
    new (&f->path) std::string(name ? name : "");
    f->tracked = (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL)) != 0;
    f->base.pMethods = &Methods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    {
        std::lock_guard lock(state().mutex);
        // After the cut nothing reaches the disk, not even the removal of a WAL at close.
        if (state().recording && state().cut) {
            return SQLITE_OK;
        }
        state().logs.erase(name);
    }
    sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xDelete(real, name, syncDir);
}

#define FORWARD(name, signature, call)                                                                                 \
    auto name signature                                                                                                \
    {                                                                                                                  \
        sqlite3_vfs* real = static_cast<sqlite3_vfs*>(vfs->pAppData);                                                  \
        return real->call;                                                                                             \
    }

FORWARD(vfsAccess, (sqlite3_vfs * vfs, const char* name, int flags, int* out), xAccess(real, name, flags, out))
FORWARD(vfsFullPathname, (sqlite3_vfs * vfs, const char* name, int size, char* out),
        xFullPathname(real, name, size, out))
FORWARD(vfsDlOpen, (sqlite3_vfs * vfs, const char* name), xDlOpen(real, name))
FORWARD(vfsDlError, (sqlite3_vfs * vfs, int size, char* out), xDlError(real, size, out))
FORWARD(vfsDlSym, (sqlite3_vfs * vfs, void* handle, const char* symbol), xDlSym(real, handle, symbol))
FORWARD(vfsDlClose, (sqlite3_vfs * vfs, void* handle), xDlClose(real, handle))
FORWARD(vfsRandomness, (sqlite3_vfs * vfs, int size, char* out), xRandomness(real, size, out))
FORWARD(vfsSleep, (sqlite3_vfs * vfs, int micros), xSleep(real, micros))
FORWARD(vfsCurrentTime, (sqlite3_vfs * vfs, double* out), xCurrentTime(real, out))
FORWARD(vfsGetLastError, (sqlite3_vfs * vfs, int size, char* out), xGetLastError(real, size, out))
FORWARD(vfsCurrentTimeInt64, (sqlite3_vfs * vfs, sqlite3_int64* out), xCurrentTimeInt64(real, out))
#undef FORWARD

// Puts the recorded pre-images back, newest first, as if those writes had never reached the disk.
void rollBack(const std::string& path, FileLog& log, FaultVfs::Loss loss, std::mt19937& random, int& dropped)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadWrite)) {
        return;
    }
    std::bernoulli_distribution coin(0.5);
    for (auto it = log.unsynced.rbegin(); it != log.unsynced.rend(); ++it) {
        if (loss == FaultVfs::Loss::RandomSubset && !coin(random)) {
            continue; // this write happened to reach the platter
        }
        ++dropped;
        file.seek(it->offset);
        file.write(reinterpret_cast<const char*>(it->before.data()), static_cast<qint64>(it->before.size()));
        // Bytes the write added past the old end: their size was recorded but the data never arrived.
        const std::int64_t added = it->length - static_cast<std::int64_t>(it->before.size());
        if (added > 0 && it->offset + static_cast<std::int64_t>(it->before.size()) < file.size()) {
            file.seek(it->offset + static_cast<qint64>(it->before.size()));
            const std::int64_t zeroes = std::min<std::int64_t>(added, file.size() - file.pos());
            file.write(QByteArray(static_cast<qsizetype>(zeroes), '\0'));
        }
    }
    if (loss == FaultVfs::Loss::AllUnsynced && !log.unsynced.empty()) {
        file.resize(log.syncedSize);
    }
    log.unsynced.clear();
}

} // namespace

void FaultVfs::install()
{
    std::lock_guard lock(state().mutex);
    if (state().real) {
        return;
    }
    sqlite3_initialize();
    sqlite3_vfs* real = sqlite3_vfs_find(nullptr);
    static sqlite3_vfs vfs;
    std::memset(&vfs, 0, sizeof vfs);
    vfs.iVersion = 2;
    vfs.szOsFile = static_cast<int>(sizeof(File)) + real->szOsFile;
    vfs.mxPathname = real->mxPathname;
    vfs.zName = Name;
    vfs.pAppData = real;
    vfs.xOpen = vfsOpen;
    vfs.xDelete = vfsDelete;
    vfs.xAccess = vfsAccess;
    vfs.xFullPathname = vfsFullPathname;
    vfs.xDlOpen = vfsDlOpen;
    vfs.xDlError = vfsDlError;
    vfs.xDlSym = vfsDlSym;
    vfs.xDlClose = vfsDlClose;
    vfs.xRandomness = vfsRandomness;
    vfs.xSleep = vfsSleep;
    vfs.xCurrentTime = vfsCurrentTime;
    vfs.xGetLastError = vfsGetLastError;
    vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    sqlite3_vfs_register(&vfs, 0);
    state().real = real;
}

void FaultVfs::reset()
{
    std::lock_guard lock(state().mutex);
    State& s = state();
    std::fill(std::begin(s.counts), std::end(s.counts), 0);
    s.armedOp = -1;
    s.armedAt = 0;
    s.persistent = false;
    s.fired = false;
    s.recording = false;
    s.skipSyncs = false;
    s.cut = false;
    s.cutCountdown = 0;
    s.logs.clear();
}

void FaultVfs::failNth(Op op, int n, int errorCode, bool persistent)
{
    std::lock_guard lock(state().mutex);
    State& s = state();
    std::fill(std::begin(s.counts), std::end(s.counts), 0);
    s.armedOp = static_cast<int>(op);
    s.armedAt = n;
    s.errorCode = errorCode;
    s.persistent = persistent;
    s.fired = false;
}

int FaultVfs::count(Op op)
{
    std::lock_guard lock(state().mutex);
    return state().counts[static_cast<int>(op)];
}

bool FaultVfs::faultFired()
{
    std::lock_guard lock(state().mutex);
    return state().fired;
}

void FaultVfs::skipSyncs(bool skip)
{
    std::lock_guard lock(state().mutex);
    state().skipSyncs = skip;
}

void FaultVfs::startRecording()
{
    std::lock_guard lock(state().mutex);
    state().recording = true;
}

void FaultVfs::cutAfter(int operations)
{
    std::lock_guard lock(state().mutex);
    state().cutCountdown = operations;
}

void FaultVfs::cutPower()
{
    std::lock_guard lock(state().mutex);
    state().cut = true;
}

bool FaultVfs::powerIsCut()
{
    std::lock_guard lock(state().mutex);
    return state().cut;
}

int FaultVfs::dropUnsynced(Loss loss, std::mt19937& random)
{
    std::lock_guard lock(state().mutex);
    int dropped = 0;
    for (auto& [path, log] : state().logs) {
        rollBack(path, log, loss, random, dropped);
        const bool wal = path.size() > 4 && path.compare(path.size() - 4, 4, "-wal") == 0;
        QFile::remove(QString::fromStdString((wal ? path.substr(0, path.size() - 4) : path) + "-shm"));
    }
    state().logs.clear();
    return dropped;
}

} // namespace forlop::test
