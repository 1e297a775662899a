// The referral import (CSV from another system): any bytes give referrals or row errors naming lines within
// the file; nothing is written anywhere (read() touches no database).
#include "pathway/ReferralImport.h"

#include <cstdint>
#include <cstdlib>

using namespace forlop;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const int lines = static_cast<int>(bytes.count('\n') + bytes.count('\r')) + 1;
    for (const ClinicKind kind : {ClinicKind::Production, ClinicKind::Test}) {
        QList<int> from;
        auto read = ReferralImport::read(bytes, kind, QDate(2026, 3, 2), &from);
        if (!read) {
            if (read.error().error.message.isEmpty()) {
                std::abort();
            }
            for (const ImportRowError& row : read.error().rows) {
                if (row.line < 1 || row.line > lines || row.message.isEmpty()) {
                    std::abort();
                }
            }
            continue;
        }
        if (from.size() != read->size()) {
            std::abort();
        }
    }
    return 0;
}
