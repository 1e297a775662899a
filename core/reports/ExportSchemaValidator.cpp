#include "reports/ExportSchemaValidator.h"

#include "pathway/CsvReader.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <memory>
#include <optional>

namespace forlop {

namespace {

enum TypeBit : unsigned {
    StringType = 1,
    IntegerType = 2,
    NumberType = 4,
    BooleanType = 8,
    NullType = 16,
    ObjectType = 32,
    ArrayType = 64,
};

// A schema read once, so that checking a large export does no JSON lookups or regular-expression compiling per
// value (on an encrypted database's process every allocation is dear).
struct Compiled
{
    unsigned types = 0; // 0: any
    QString typeNames;
    std::optional<QJsonValue> constant;
    std::optional<QJsonArray> enumValues;
    std::optional<QRegularExpression> pattern;
    QString format;
    std::optional<double> minimum;
    std::optional<double> maximum;
    QStringList required;
    QHash<QString, std::shared_ptr<Compiled>> properties;
    bool closed = false; // additionalProperties: false
    std::shared_ptr<Compiled> items;
    QStringList columns; // x-columns
};

unsigned typeBit(const QString& name)
{
    static const QHash<QString, unsigned> bits{
        {QStringLiteral("string"), StringType},   {QStringLiteral("integer"), IntegerType},
        {QStringLiteral("number"), NumberType},   {QStringLiteral("boolean"), BooleanType},
        {QStringLiteral("null"), NullType},       {QStringLiteral("object"), ObjectType},
        {QStringLiteral("array"), ArrayType},
    };
    return bits.value(name, 0);
}

std::shared_ptr<Compiled> compile(const QJsonObject& schema)
{
    auto compiled = std::make_shared<Compiled>();
    const QJsonValue type = schema.value(QStringLiteral("type"));
    QStringList names;
    if (type.isString()) {
        names << type.toString();
    }
    for (const QJsonValue& each : type.toArray()) {
        names << each.toString();
    }
    for (const QString& name : std::as_const(names)) {
        compiled->types |= typeBit(name);
    }
    compiled->typeNames = names.join(QLatin1Char('|'));
    if (schema.contains(QStringLiteral("const"))) {
        compiled->constant = schema.value(QStringLiteral("const"));
    }
    if (schema.contains(QStringLiteral("enum"))) {
        compiled->enumValues = schema.value(QStringLiteral("enum")).toArray();
    }
    if (schema.contains(QStringLiteral("pattern"))) {
        compiled->pattern = QRegularExpression(schema.value(QStringLiteral("pattern")).toString());
    }
    compiled->format = schema.value(QStringLiteral("format")).toString();
    if (schema.contains(QStringLiteral("minimum"))) {
        compiled->minimum = schema.value(QStringLiteral("minimum")).toDouble();
    }
    if (schema.contains(QStringLiteral("maximum"))) {
        compiled->maximum = schema.value(QStringLiteral("maximum")).toDouble();
    }
    for (const QJsonValue& name : schema.value(QStringLiteral("required")).toArray()) {
        compiled->required << name.toString();
    }
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        compiled->properties.insert(it.key(), compile(it.value().toObject()));
    }
    compiled->closed = schema.value(QStringLiteral("additionalProperties")) == QJsonValue(false);
    if (schema.contains(QStringLiteral("items"))) {
        compiled->items = compile(schema.value(QStringLiteral("items")).toObject());
    }
    for (const QJsonValue& column : schema.value(QStringLiteral("x-columns")).toArray()) {
        compiled->columns << column.toString();
    }
    return compiled;
}

bool isInteger(const QJsonValue& value)
{
    if (!value.isDouble()) {
        return false;
    }
    const double number = value.toDouble();
    return number == double(qint64(number));
}

unsigned bitsOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return StringType;
    case QJsonValue::Double:
        return NumberType | (isInteger(value) ? IntegerType : 0u);
    case QJsonValue::Bool:
        return BooleanType;
    case QJsonValue::Null:
        return NullType;
    case QJsonValue::Object:
        return ObjectType;
    case QJsonValue::Array:
        return ArrayType;
    case QJsonValue::Undefined:
        break;
    }
    return 0;
}

QString shown(const QJsonValue& value)
{
    if (value.isString()) {
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    }
    if (value.isNull()) {
        return QStringLiteral("null");
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

bool matchesFormat(const QString& format, const QString& text)
{
    if (format == QLatin1String("date")) {
        if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-')) {
            return false;
        }
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (!text.at(i).isDigit()) {
                return false;
            }
        }
        return QDate::fromString(text, Qt::ISODate).isValid();
    }
    if (format == QLatin1String("date-time")) {
        return QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
    }
    return true;
}

void check(const Compiled& schema, const QJsonValue& value, const QString& where, QStringList& problems)
{
    if (schema.types != 0 && (schema.types & bitsOf(value)) == 0) {
        problems << QStringLiteral("%1: %2 is not of type %3").arg(where, shown(value), schema.typeNames);
        return;
    }
    if (schema.constant && *schema.constant != value) {
        problems << QStringLiteral("%1: %2 is not %3").arg(where, shown(value), shown(*schema.constant));
    }
    if (schema.enumValues && !schema.enumValues->contains(value)) {
        problems << QStringLiteral("%1: %2 is not one of the allowed values").arg(where, shown(value));
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (schema.pattern && !schema.pattern->match(text).hasMatch()) {
            problems << QStringLiteral("%1: %2 does not match %3").arg(where, shown(value), schema.pattern->pattern());
        }
        if (!schema.format.isEmpty() && !matchesFormat(schema.format, text)) {
            problems << QStringLiteral("%1: %2 is not a %3").arg(where, shown(value), schema.format);
        }
    }
    if (value.isDouble()) {
        if (schema.minimum && value.toDouble() < *schema.minimum) {
            problems << QStringLiteral("%1: %2 is below the minimum").arg(where, shown(value));
        }
        if (schema.maximum && value.toDouble() > *schema.maximum) {
            problems << QStringLiteral("%1: %2 is above the maximum").arg(where, shown(value));
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QString& name : schema.required) {
            if (!object.contains(name)) {
                problems << QStringLiteral("%1: %2 is missing").arg(where, name);
            }
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (const auto property = schema.properties.value(it.key())) {
                check(*property, it.value(), where + QLatin1Char('.') + it.key(), problems);
            } else if (schema.closed) {
                problems << QStringLiteral("%1: %2 is not part of the format").arg(where, it.key());
            }
        }
    }
    if (value.isArray() && schema.items) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            check(*schema.items, array.at(i), QStringLiteral("%1[%2]").arg(where).arg(i + 1), problems);
        }
    }
}

// A CSV field as the JSON value its column's type declares (an empty field is null where null is allowed).
QJsonValue fieldValue(const Compiled& column, const QString& field)
{
    const bool nullable = (column.types & NullType) || (column.enumValues && column.enumValues->contains(QJsonValue::Null));
    if (field.isEmpty() && nullable) {
        return QJsonValue::Null;
    }
    if (column.types & IntegerType) {
        bool ok = false;
        const qint64 number = field.toLongLong(&ok);
        if (ok && field.size() <= 16 && !field.startsWith(QLatin1Char('+')) && !field.contains(QLatin1Char(' '))) {
            return double(number);
        }
    }
    if (column.types & BooleanType) {
        if (field == QLatin1String("true")) {
            return true;
        }
        if (field == QLatin1String("false")) {
            return false;
        }
    }
    return field;
}

// Checks a CSV file row by row against its schema (an array of row objects), without building the array.
void checkTable(const Compiled& file, const QString& name, const QString& path, QStringList& problems)
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        problems << QStringLiteral("%1: cannot be read").arg(name);
        return;
    }
    const QByteArray bytes = source.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        problems << QStringLiteral("%1: starts with a byte order mark").arg(name);
    }
    const auto records = CsvReader::parse(bytes);
    if (!records) {
        problems << QStringLiteral("%1 line %2: not valid RFC 4180 CSV").arg(name).arg(records.error().line);
        return;
    }
    if (records->isEmpty()) {
        problems << QStringLiteral("%1: no header row").arg(name);
        return;
    }
    if (!bytes.endsWith("\r\n")) {
        problems << QStringLiteral("%1: the last line does not end with CRLF").arg(name);
    }
    const QStringList header = records->first().fields;
    if (!file.columns.isEmpty() && header != file.columns) {
        problems << QStringLiteral("%1: header is %2, expected %3")
                        .arg(name, header.join(QLatin1Char(',')), file.columns.join(QLatin1Char(',')));
    }
    const Compiled empty;
    const Compiled& row = file.items ? *file.items : empty;
    for (const QString& column : row.required) {
        if (!header.contains(column)) {
            problems << QStringLiteral("%1: column %2 is missing").arg(name, column);
        }
    }
    QList<std::shared_ptr<Compiled>> columns;
    for (const QString& column : header) {
        columns << row.properties.value(column);
        if (!columns.last() && row.closed) {
            problems << QStringLiteral("%1: column %2 is not part of the format").arg(name, column);
        }
    }
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvRecord& record = records->at(i);
        if (record.fields.size() != header.size()) {
            problems << QStringLiteral("%1 line %2: %3 fields, the header has %4")
                            .arg(name)
                            .arg(record.line)
                            .arg(record.fields.size())
                            .arg(header.size());
            continue;
        }
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (!columns.at(c)) {
                continue;
            }
            QStringList found;
            check(*columns.at(c), fieldValue(*columns.at(c), record.fields.at(c)), QString(), found);
            for (const QString& problem : std::as_const(found)) {
                problems << QStringLiteral("%1 line %2, %3%4").arg(name).arg(record.line).arg(header.at(c), problem);
            }
        }
    }
}

} // namespace

QStringList ExportSchemaValidator::validateValue(const QJsonObject& schema, const QJsonValue& value,
                                                 const QString& where)
{
    QStringList problems;
    check(*compile(schema), value, where, problems);
    return problems;
}

QStringList ExportSchemaValidator::validateFolder(const QJsonObject& schema, const QString& folder)
{
    QStringList problems;
    const QDir dir(folder);
    if (!dir.exists()) {
        return {QStringLiteral("%1: no such folder").arg(folder)};
    }
    const auto compiled = compile(schema);
    // The folder as one object: the files it must and may hold; CSV files checked row by row, others whole.
    QJsonObject documents;
    const QStringList present = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : compiled->required) {
        if (!present.contains(name)) {
            problems << QStringLiteral("export: %1 is missing").arg(name);
        }
    }
    for (const QString& name : present) {
        const auto file = compiled->properties.value(name);
        if (!file) {
            problems << QStringLiteral("%1: not part of the format").arg(name);
            continue;
        }
        if (name.endsWith(QLatin1String(".csv"))) {
            checkTable(*file, name, dir.filePath(name), problems);
            continue;
        }
        QFile source(dir.filePath(name));
        QJsonParseError error;
        const QJsonDocument document =
            source.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(source.readAll(), &error) : QJsonDocument();
        if (document.isNull()) {
            problems << QStringLiteral("%1: not valid JSON").arg(name);
            continue;
        }
        check(*file, document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), name,
              problems);
    }
    for (const QString& subfolder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        problems << QStringLiteral("%1: a folder has no place in the format").arg(subfolder);
    }
    return problems;
}

} // namespace forlop
