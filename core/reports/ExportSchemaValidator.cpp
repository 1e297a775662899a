#include "reports/ExportSchemaValidator.h"

#include "pathway/CsvReader.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace forlop {

namespace {

QStringList typesOf(const QJsonObject& schema)
{
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isString()) {
        return {type.toString()};
    }
    QStringList types;
    for (const QJsonValue& each : type.toArray()) {
        types << each.toString();
    }
    return types;
}

bool isInteger(const QJsonValue& value)
{
    if (!value.isDouble()) {
        return false;
    }
    const double number = value.toDouble();
    return number == double(qint64(number));
}

bool hasType(const QJsonValue& value, const QString& type)
{
    if (type == QLatin1String("string")) {
        return value.isString();
    }
    if (type == QLatin1String("integer")) {
        return isInteger(value);
    }
    if (type == QLatin1String("number")) {
        return value.isDouble();
    }
    if (type == QLatin1String("boolean")) {
        return value.isBool();
    }
    if (type == QLatin1String("null")) {
        return value.isNull();
    }
    if (type == QLatin1String("object")) {
        return value.isObject();
    }
    if (type == QLatin1String("array")) {
        return value.isArray();
    }
    return false;
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
        static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
    }
    if (format == QLatin1String("date-time")) {
        return QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
    }
    return true;
}

// A CSV field as the JSON value its column's type declares.
QJsonValue fieldValue(const QJsonObject& column, const QString& field)
{
    const QStringList types = typesOf(column);
    if (field.isEmpty() && (types.contains(QLatin1String("null")) || column.value(QStringLiteral("enum"))
                                                                          .toArray()
                                                                          .contains(QJsonValue::Null))) {
        return QJsonValue::Null;
    }
    if (types.contains(QLatin1String("integer"))) {
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,15}$"));
        if (digits.match(field).hasMatch()) {
            return double(field.toLongLong());
        }
    }
    if (types.contains(QLatin1String("boolean"))) {
        if (field == QLatin1String("true")) {
            return true;
        }
        if (field == QLatin1String("false")) {
            return false;
        }
    }
    return field;
}

QJsonArray readTable(const QJsonObject& fileSchema, const QString& name, const QString& path, QStringList& problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems << QStringLiteral("%1: cannot be read").arg(name);
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        problems << QStringLiteral("%1: starts with a byte order mark").arg(name);
    }
    const auto records = CsvReader::parse(bytes);
    if (!records) {
        problems << QStringLiteral("%1 line %2: not valid RFC 4180 CSV").arg(name).arg(records.error().line);
        return {};
    }
    if (records->isEmpty()) {
        problems << QStringLiteral("%1: no header row").arg(name);
        return {};
    }
    if (!bytes.endsWith("\r\n")) {
        problems << QStringLiteral("%1: the last line does not end with CRLF").arg(name);
    }
    const QStringList header = records->first().fields;
    QStringList order;
    for (const QJsonValue& column : fileSchema.value(QStringLiteral("x-columns")).toArray()) {
        order << column.toString();
    }
    if (!order.isEmpty() && header != order) {
        problems << QStringLiteral("%1: header is %2, expected %3")
                        .arg(name, header.join(QLatin1Char(',')), order.join(QLatin1Char(',')));
    }
    const QJsonObject columns =
        fileSchema.value(QStringLiteral("items")).toObject().value(QStringLiteral("properties")).toObject();
    QJsonArray rows;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const QStringList& record = records->at(i).fields;
        if (record.size() != header.size()) {
            problems << QStringLiteral("%1 line %2: %3 fields, the header has %4")
                            .arg(name)
                            .arg(records->at(i).line)
                            .arg(record.size())
                            .arg(header.size());
            continue;
        }
        QJsonObject row;
        for (qsizetype c = 0; c < header.size(); ++c) {
            row.insert(header.at(c), fieldValue(columns.value(header.at(c)).toObject(), record.at(c)));
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

QStringList ExportSchemaValidator::validateValue(const QJsonObject& schema, const QJsonValue& value,
                                                 const QString& where)
{
    QStringList problems;
    const QStringList types = typesOf(schema);
    if (!types.isEmpty() && std::none_of(types.begin(), types.end(),
                                         [&](const QString& type) { return hasType(value, type); })) {
        return {QStringLiteral("%1: %2 is not of type %3").arg(where, shown(value), types.join(QLatin1Char('|')))};
    }
    if (schema.contains(QStringLiteral("const")) && schema.value(QStringLiteral("const")) != value) {
        problems << QStringLiteral("%1: %2 is not %3").arg(where, shown(value), shown(schema.value(QStringLiteral("const"))));
    }
    if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).toArray().contains(value)) {
        problems << QStringLiteral("%1: %2 is not one of the allowed values").arg(where, shown(value));
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (schema.contains(QStringLiteral("pattern"))) {
            const QRegularExpression pattern(schema.value(QStringLiteral("pattern")).toString());
            if (!pattern.match(text).hasMatch()) {
                problems << QStringLiteral("%1: %2 does not match %3").arg(where, shown(value), pattern.pattern());
            }
        }
        if (schema.contains(QStringLiteral("format")) &&
            !matchesFormat(schema.value(QStringLiteral("format")).toString(), text)) {
            problems << QStringLiteral("%1: %2 is not a %3")
                            .arg(where, shown(value), schema.value(QStringLiteral("format")).toString());
        }
    }
    if (value.isDouble()) {
        if (schema.contains(QStringLiteral("minimum")) &&
            value.toDouble() < schema.value(QStringLiteral("minimum")).toDouble()) {
            problems << QStringLiteral("%1: %2 is below the minimum").arg(where, shown(value));
        }
        if (schema.contains(QStringLiteral("maximum")) &&
            value.toDouble() > schema.value(QStringLiteral("maximum")).toDouble()) {
            problems << QStringLiteral("%1: %2 is above the maximum").arg(where, shown(value));
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue& name : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(name.toString())) {
                problems << QStringLiteral("%1: %2 is missing").arg(where, name.toString());
            }
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key())) {
                problems << validateValue(properties.value(it.key()).toObject(), it.value(),
                                          where + QLatin1Char('.') + it.key());
            } else if (schema.value(QStringLiteral("additionalProperties")) == QJsonValue(false)) {
                problems << QStringLiteral("%1: %2 is not part of the format").arg(where, it.key());
            }
        }
    }
    if (value.isArray() && schema.contains(QStringLiteral("items"))) {
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            problems << validateValue(items, array.at(i), QStringLiteral("%1[%2]").arg(where).arg(i + 1));
        }
    }
    return problems;
}

QStringList ExportSchemaValidator::validateFolder(const QJsonObject& schema, const QString& folder)
{
    QStringList problems;
    const QDir dir(folder);
    if (!dir.exists()) {
        return {QStringLiteral("%1: no such folder").arg(folder)};
    }
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    QJsonObject whole;
    const QStringList present = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : present) {
        if (!properties.contains(name)) {
            problems << QStringLiteral("%1: not part of the format").arg(name);
            continue;
        }
        const QJsonObject fileSchema = properties.value(name).toObject();
        if (name.endsWith(QLatin1String(".csv"))) {
            whole.insert(name, readTable(fileSchema, name, dir.filePath(name), problems));
            continue;
        }
        QFile file(dir.filePath(name));
        QJsonParseError error;
        const QJsonDocument document =
            file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
        if (document.isNull()) {
            problems << QStringLiteral("%1: not valid JSON").arg(name);
            continue;
        }
        whole.insert(name, document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    }
    for (const QString& subfolder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        problems << QStringLiteral("%1: a folder has no place in the format").arg(subfolder);
    }
    // The folder as one object: required files, then each file's content against its schema.
    problems << validateValue(schema, whole, QStringLiteral("export"));
    return problems;
}

} // namespace forlop
