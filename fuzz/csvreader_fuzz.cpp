// The strict CSV reader under the referral import: any bytes give records or an error naming a line, and
// records written back out as CSV read back as the same records.
#include "pathway/CsvReader.h"
#include "util/Csv.h"

#include <cstdint>
#include <cstdlib>

using namespace forlop;

namespace {

// A record of one empty field is written as an empty line, which the reader skips as blank.
QList<QStringList> comparable(const QList<CsvRecord>& records)
{
    QList<QStringList> rows;
    for (const CsvRecord& record : records) {
        if (record.fields != QStringList{QString()}) {
            rows.append(record.fields);
        }
    }
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto records = CsvReader::parse(bytes);
    if (!records) {
        if (records.error().line < 1 || records.error().what.isEmpty()) {
            std::abort();
        }
        return 0;
    }
    int previousLine = 0;
    for (const CsvRecord& record : *records) {
        if (record.line <= previousLine) {
            std::abort();
        }
        previousLine = record.line;
    }
    const QList<QStringList> rows = comparable(*records);
    // The writer defuses spreadsheet formulas: a field starting with = + - @ gains a leading apostrophe.
    QList<QStringList> expected = rows;
    for (QStringList& row : expected) {
        for (QString& field : row) {
            if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front())) {
                field.prepend(QLatin1Char('\''));
            }
        }
    }
    // Written with a byte-order mark, so a first field that itself starts with U+FEFF is not taken for one.
    auto again = CsvReader::parse(QByteArray("\xEF\xBB\xBF") + Csv::write(rows).toUtf8());
    if (!again || comparable(*again) != expected) {
        std::abort();
    }
    return 0;
}
