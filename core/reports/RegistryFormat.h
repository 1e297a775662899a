#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace forlop {

// The registry export's format (KvaSO), version by version: the files, their columns in order and each column's
// type. The single source of the format: the writer follows it, the JSON schema is generated from it, and
// docs/registry-export/ holds that schema as published (a test keeps the two equal).
class RegistryFormat
{
public:
    static constexpr auto Name = "forlop-kvaso-registry-export";
    static constexpr int Version = 1;
    static constexpr auto ManifestFile = "manifest.json";
    static constexpr auto PatientsFile = "patients.csv";
    static constexpr auto AssessmentsFile = "assessments.csv";
    static constexpr auto OutcomeFile = "outcome.csv";
    static constexpr auto TreatmentFile = "treatment.csv";
    static constexpr auto FollowUpFile = "follow_up.csv";

    enum class Type { String, Integer, Date, Boolean, Enum };

    struct Column
    {
        QString name;
        Type type = Type::String;
        bool nullable = false; // an empty field means "not recorded"
        QString description;
        QStringList values;  // Enum: the allowed codes
        QString pattern;     // String: a regular expression the whole value matches
        int minimum = 0;     // Integer: bounds, when maximum > minimum
        int maximum = 0;
    };

    struct File
    {
        QString name;
        QString description;
        QList<Column> columns;

        [[nodiscard]] QStringList header() const;
    };

    [[nodiscard]] static const QList<File>& files();
    [[nodiscard]] static const File* file(const QString& name);
    // A JSON Schema (draft 2020-12) of the whole export read as one JSON object: each CSV file an array of rows,
    // each row an object of its columns (an empty field read as null), and the manifest as it is.
    // "x-columns" gives each file's column order.
    [[nodiscard]] static QJsonObject schema();
};

} // namespace forlop
