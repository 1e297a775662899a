#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace forlop {

// One record of a CSV file and the line it starts on (1-based; a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Where and why a file is not valid CSV. `what` is translated and never repeats the file's content.
struct CsvError
{
    int line = 0;
    QString what;
};

// A strict RFC 4180 reader: comma-separated, fields optionally in double quotes, a doubled quote inside a
// quoted field for a quote, CRLF or LF line ends, UTF-8 (a leading byte-order mark is skipped). Blank lines are
// skipped. Anything else (a stray quote, text after a closing quote, an unterminated quote, bytes that are not
// UTF-8) is an error naming the line, never a guess. Made to be fed any bytes at all (it is fuzzed).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype MaxFieldLength = 100000;

    [[nodiscard]] static std::expected<QList<CsvRecord>, CsvError> parse(const QByteArray& bytes);
};

} // namespace forlop
