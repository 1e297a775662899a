// The key file beside the database: any bytes must load as a keyring or fail with a translated error, and a
// keyring that loads must keep every entry through a save and a second load. Keyring::load reads a path, so
// each input is written to one temporary file first.
#include "ValidChecksum.h"
#include "security/Keyring.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace forlop;

namespace {

QTemporaryDir& folder()
{
    // In memory where possible: a key file that loads is saved again, and QSaveFile syncs it to disk.
    static QTemporaryDir dir(
        (QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath()) +
        QStringLiteral("/forlop-fuzz-XXXXXX"));
    return dir;
}

bool sameEntries(const Keyring& a, const Keyring& b)
{
    if (a.entries.size() != b.entries.size() || a.clinicId != b.clinicId ||
        a.clinicalPublicKey != b.clinicalPublicKey || a.auditAnchorSeq != b.auditAnchorSeq) {
        return false;
    }
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        const KeyringEntry& x = a.entries[i];
        const KeyringEntry& y = b.entries[i];
        if (x.name != y.name || x.publicKey != y.publicKey || x.wrappedSecretKey != y.wrappedSecretKey ||
            x.sealedDatabaseKey != y.sealedDatabaseKey || x.sealedClinicalKey != y.sealedClinicalKey ||
            x.kdf.salt != y.kdf.salt || x.kdf.opsLimit != y.kdf.opsLimit || x.kdf.memLimit != y.kdf.memLimit) {
            return false;
        }
    }
    return true;
}

void check(const QByteArray& bytes)
{
    const QString path = folder().filePath(QStringLiteral("input.keyring"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::abort();
        }
        file.write(bytes);
    }
    auto keyring = Keyring::load(path);
    if (!keyring) {
        if (keyring.error().message.isEmpty()) {
            std::abort();
        }
        return;
    }
    const QString copy = folder().filePath(QStringLiteral("copy.keyring"));
    if (!keyring->save(copy)) {
        std::abort();
    }
    auto again = Keyring::load(copy);
    if (!again || !sameEntries(*keyring, *again)) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    check(bytes);
    if (auto resigned = withValidChecksum(bytes, "keyring")) {
        check(*resigned);
    }
    return 0;
}
