#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace forlop {

// Checks an export folder against its JSON schema (RegistryFormat::schema(), or the copy in docs/). Covers the
// subset of JSON Schema the export formats use: type (one or a list), enum, const, pattern, format (date,
// date-time), minimum, maximum, required, properties, additionalProperties false, items, and the "x-columns"
// order of a CSV file's header. A CSV file is read as an array of row objects, each field converted by its
// column's declared type (an empty field is null). Problems are developer messages naming file, row and column.
class ExportSchemaValidator
{
public:
    // Every problem found; empty when the folder matches the schema.
    [[nodiscard]] static QStringList validateFolder(const QJsonObject& schema, const QString& folder);
    [[nodiscard]] static QStringList validateValue(const QJsonObject& schema, const QJsonValue& value,
                                                   const QString& where);
};

} // namespace forlop
