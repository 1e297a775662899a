// The backup manifest, read from removable media: any bytes must give a manifest or a Damaged/NewerVersion
// error, and a manifest that parses must survive a write and a second parse unchanged.
#include "ValidChecksum.h"
#include "backup/BackupManifest.h"

#include <cstdint>
#include <cstdlib>

using namespace forlop;

namespace {

void check(const QByteArray& bytes);

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    check(bytes);
    if (auto resigned = withValidChecksum(bytes, "manifest")) {
        check(*resigned);
    }
    return 0;
}

namespace {

void check(const QByteArray& bytes)
{
    auto parsed = BackupManifest::parse(bytes, QStringLiteral("manifest.json"));
    if (!parsed) {
        if (parsed.error().code != ErrorCode::Damaged && parsed.error().code != ErrorCode::NewerVersion) {
            std::abort();
        }
        return;
    }
    auto again = BackupManifest::parse(parsed->toJson(), QStringLiteral("manifest.json"));
    if (!again || again->content != parsed->content || again->databaseFile != parsed->databaseFile ||
        again->keyringFile != parsed->keyringFile || again->databaseChecksum != parsed->databaseChecksum ||
        again->createdAt != parsed->createdAt || !BackupManifest::isPlainFileName(again->databaseFile)) {
        std::abort();
    }
}

} // namespace
