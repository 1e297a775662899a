#include "pathway/CsvReader.h"

#include <QStringDecoder>

namespace forlop {

namespace {

CsvError errorAt(int line, const QString& what)
{
    return CsvError{line, what};
}

// Decodes one field; nullopt when the bytes are not valid UTF-8.
std::optional<QString> decode(const QByteArray& bytes)
{
    // ConvertInitialBom: a U+FEFF at the start of a field is data (only the file's leading one is dropped,
    // in parse()); by default the decoder would silently drop it from every field.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return text;
}

} // namespace

std::expected<QList<CsvRecord>, CsvError> CsvReader::parse(const QByteArray& input)
{
    QByteArrayView bytes(input);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
    }
    QList<CsvRecord> records;
    QList<QByteArray> fields;
    QByteArray field;
    int line = 1;
    int recordLine = 1;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field has closed; only a comma or a line end may follow
    bool fieldStarted = false;

    auto endField = [&]() -> std::expected<void, CsvError> {
        if (field.size() > MaxFieldLength) {
            return std::unexpected(
                errorAt(recordLine, tr("a field is longer than %n characters.", nullptr, int(MaxFieldLength))));
        }
        fields << field;
        field.clear();
        afterQuote = false;
        fieldStarted = false;
        return {};
    };
    auto endRecord = [&]() -> std::expected<void, CsvError> {
        if (auto status = endField(); !status) {
            return status;
        }
        // A blank line is one empty, unquoted field: skipped.
        if (!(fields.size() == 1 && fields.first().isEmpty())) {
            CsvRecord record;
            record.line = recordLine;
            for (const QByteArray& raw : std::as_const(fields)) {
                auto text = decode(raw);
                if (!text) {
                    return std::unexpected(errorAt(recordLine, tr("the text is not valid UTF-8.")));
                }
                record.fields << *text;
            }
            records << record;
        }
        fields.clear();
        return {};
    };

    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == '\n') {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        switch (c) {
        case ',':
            if (auto status = endField(); !status) {
                return std::unexpected(status.error());
            }
            break;
        case '\r':
            if (i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
                break; // the \n ends the record
            }
            return std::unexpected(errorAt(line, tr("a line ends with a lone carriage return.")));
        case '\n':
            if (auto status = endRecord(); !status) {
                return std::unexpected(status.error());
            }
            ++line;
            recordLine = line;
            break;
        case '"':
            if (fieldStarted || afterQuote) {
                return std::unexpected(
                    errorAt(line, tr("a quote inside a field; put the whole field in quotes and double the quote.")));
            }
            quoted = true;
            fieldStarted = true;
            break;
        default:
            if (afterQuote) {
                return std::unexpected(errorAt(line, tr("text after the closing quote of a field.")));
            }
            field += c;
            fieldStarted = true;
            break;
        }
    }
    if (quoted) {
        return std::unexpected(errorAt(recordLine, tr("a quoted field is never closed.")));
    }
    if (fieldStarted || afterQuote || !fields.isEmpty()) {
        if (auto status = endRecord(); !status) {
            return std::unexpected(status.error());
        }
    }
    return records;
}

} // namespace forlop
