#include "reports/RegistryFormat.h"

#include "pathway/AssessmentPackage.h"
#include "pathway/EndOfTreatment.h"
#include "pathway/InstrumentCatalogue.h"
#include "pathway/PatientState.h"
#include "pathway/Referral.h"

#include <QJsonArray>

namespace forlop {

namespace {

using Type = RegistryFormat::Type;
using Column = RegistryFormat::Column;

// The descriptions are the format's documentation, in English like the rest of docs/registry-export/.
Column key()
{
    return {QStringLiteral("registry_key"), Type::String, false,
            QStringLiteral("The patient's key in this clinic's exports: 32 lowercase hexadecimal digits, random, "
                           "the same in every export of the patient. Identifies no person outside the clinic."),
            {}, QStringLiteral("^[0-9a-f]{32}$"), 0, 0};
}

Column date(const char* name, bool nullable, const char* description)
{
    return {QLatin1String(name), Type::Date, nullable, QLatin1String(description), {}, {}, 0, 0};
}

Column integer(const char* name, bool nullable, int minimum, int maximum, const char* description)
{
    return {QLatin1String(name), Type::Integer, nullable, QLatin1String(description), {}, {}, minimum, maximum};
}

Column boolean(const char* name, bool nullable, const char* description)
{
    return {QLatin1String(name), Type::Boolean, nullable, QLatin1String(description), {}, {}, 0, 0};
}

Column enumeration(const char* name, bool nullable, QStringList values, const char* description)
{
    return {QLatin1String(name), Type::Enum, nullable, QLatin1String(description), std::move(values), {}, 0, 0};
}

Column text(const char* name, const char* pattern, const char* description)
{
    return {QLatin1String(name), Type::String, false, QLatin1String(description), {}, QLatin1String(pattern), 0, 0};
}

QStringList channelIds()
{
    QStringList ids;
    for (ReferralChannel channel : ReferralCodes::channels()) {
        ids << ReferralCodes::id(channel);
    }
    return ids;
}

QStringList stateIds()
{
    QStringList ids;
    for (PatientState state : PatientStates::all()) {
        ids << PatientStates::id(state);
    }
    return ids;
}

QStringList timepointIds()
{
    QStringList ids;
    for (Timepoint timepoint : InstrumentCatalogue::timepoints()) {
        ids << InstrumentCatalogue::id(timepoint);
    }
    return ids;
}

QStringList instrumentStatusIds()
{
    QStringList ids;
    for (InstrumentStatus status : {InstrumentStatus::NotStarted, InstrumentStatus::InProgress,
                                    InstrumentStatus::Completed, InstrumentStatus::Declined}) {
        ids << AssessmentPackages::id(status);
    }
    return ids;
}

QStringList endReasonIds()
{
    QStringList ids;
    for (EndReason reason : EndOfTreatment::reasons()) {
        ids << EndOfTreatment::id(reason);
    }
    return ids;
}

QList<RegistryFormat::File> makeFiles()
{
    const QStringList decisions{QStringLiteral("include"), QStringLiteral("exclude")};
    return {
        {QLatin1String(RegistryFormat::PatientsFile),
         QStringLiteral("One row per exported patient: the referral, the pathway state and the eligibility decision."),
         {
             key(),
             integer("birth_year", true, 1850, 2200, "Year of birth, when known."),
             date("referral_received_on", false, "The day the referral arrived."),
             enumeration("referral_channel", false, channelIds(), "How the referral came."),
             enumeration("referral_urgency", false, {QStringLiteral("normal"), QStringLiteral("urgent")},
                         "The referral's urgency."),
             date("first_appointment_offered_on", true,
                  "The day of the first appointment offered (waiting time = this minus referral_received_on)."),
             enumeration("pathway_state", false, stateIds(), "Where the patient is on the pathway at the export."),
             enumeration("eligibility_decision", true, decisions,
                         "The final decision of the latest completed eligibility assessment."),
             enumeration("eligibility_criteria_decision", true, decisions,
                         "The decision the answers to the criteria give; differs from eligibility_decision when the "
                         "clinician overrode it, with a reason that stays in the clinic."),
             date("eligibility_decided_on", true, "The day of that decision."),
             boolean("eligibility_all_criteria_answered", true,
                     "Whether every criterion of that assessment's criteria version was answered."),
             date("registry_consent_on", false, "The day the patient consented to the registry."),
         }},
        {QLatin1String(RegistryFormat::AssessmentsFile),
         QStringLiteral("The assessment package: one row per instrument and timepoint due or recorded, with its "
                        "status. Instruments that are due but were never started are listed as not_started."),
         {
             key(),
             integer("catalogue_version", false, 1, 1000000, "The clinic's instrument catalogue version."),
             text("instrument_code", "^[a-z0-9_]+$", "The instrument's code in the catalogue."),
             enumeration("timepoint", false, timepointIds(), "When the instrument is given."),
             enumeration("status", false, instrumentStatusIds(),
                         "not_started, in_progress, completed, or declined by the patient (the reason stays in the "
                         "clinic)."),
             date("completed_on", true, "The day it was completed."),
         }},
        {QLatin1String(RegistryFormat::OutcomeFile),
         QStringLiteral("The scores of completed instruments: one row per score, at intake, at the end of treatment "
                        "and at follow-up, so outcome is the change between timepoints."),
         {
             key(),
             text("instrument_code", "^[a-z0-9_]+$", "The instrument's code in the catalogue."),
             enumeration("timepoint", false, timepointIds(), "When the instrument was given."),
             text("score_code", "^[a-z0-9_]+$", "The score's code within the instrument (such as total)."),
             integer("value", false, -100000, 100000, "The score."),
         }},
        {QLatin1String(RegistryFormat::TreatmentFile),
         QStringLiteral("One row per exported patient with a treatment plan or an ended treatment."),
         {
             key(),
             integer("planned_sessions", true, 1, 60, "Sessions in the treatment plan."),
             boolean("plan_within_standard", true, "Whether the plan is within the standard's 16 to 20 sessions."),
             date("treatment_started_on", true, "The day treatment started."),
             integer("sessions_attended", false, 0, 1000, "Treatment sessions the patient attended."),
             integer("sessions_cancelled_by_patient", false, 0, 1000, "Treatment sessions the patient cancelled."),
             integer("sessions_cancelled_by_clinic", false, 0, 1000, "Treatment sessions the clinic cancelled."),
             integer("sessions_no_show", false, 0, 1000, "Treatment sessions the patient did not come to."),
             date("ended_on", true, "The day treatment ended."),
             enumeration("end_reason", true, endReasonIds(), "Why treatment ended."),
         }},
        {QLatin1String(RegistryFormat::FollowUpFile),
         QStringLiteral("One row per exported patient with follow-up after treatment planned or started."),
         {
             key(),
             date("follow_up_planned_on", true, "The day follow-up was planned for at the end of treatment."),
             date("follow_up_started_on", true, "The day follow-up started."),
         }},
    };
}

QJsonValue typeOf(const Column& column)
{
    QString base;
    switch (column.type) {
    case Type::Integer:
        base = QStringLiteral("integer");
        break;
    case Type::Boolean:
        base = QStringLiteral("boolean");
        break;
    case Type::String:
    case Type::Date:
    case Type::Enum:
        base = QStringLiteral("string");
        break;
    }
    if (!column.nullable) {
        return base;
    }
    return QJsonArray{base, QStringLiteral("null")};
}

QJsonObject columnSchema(const Column& column)
{
    QJsonObject schema{{QStringLiteral("description"), column.description}, {QStringLiteral("type"), typeOf(column)}};
    switch (column.type) {
    case Type::Date:
        schema.insert(QStringLiteral("format"), QStringLiteral("date"));
        break;
    case Type::Enum: {
        QJsonArray values = QJsonArray::fromStringList(column.values);
        if (column.nullable) {
            values.append(QJsonValue::Null);
        }
        schema.insert(QStringLiteral("enum"), values);
        break;
    }
    case Type::String:
        if (!column.pattern.isEmpty()) {
            schema.insert(QStringLiteral("pattern"), column.pattern);
        }
        break;
    case Type::Integer:
        if (column.maximum > column.minimum) {
            schema.insert(QStringLiteral("minimum"), column.minimum);
            schema.insert(QStringLiteral("maximum"), column.maximum);
        }
        break;
    case Type::Boolean:
        break;
    }
    return schema;
}

QJsonObject fileSchema(const RegistryFormat::File& file)
{
    QJsonObject properties;
    QJsonArray order;
    for (const Column& column : file.columns) {
        properties.insert(column.name, columnSchema(column));
        order.append(column.name);
    }
    const QJsonObject row{{QStringLiteral("type"), QStringLiteral("object")},
                          {QStringLiteral("required"), order},
                          {QStringLiteral("additionalProperties"), false},
                          {QStringLiteral("properties"), properties}};
    return QJsonObject{{QStringLiteral("description"), file.description},
                       {QStringLiteral("type"), QStringLiteral("array")},
                       {QStringLiteral("x-columns"), order},
                       {QStringLiteral("items"), row}};
}

QJsonObject manifestSchema()
{
    const QJsonObject string{{QStringLiteral("type"), QStringLiteral("string")}};
    const QJsonObject count{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("minimum"), 0}};
    QStringList fileNames;
    for (const RegistryFormat::File& file : RegistryFormat::files()) {
        fileNames << file.name;
    }
    const QJsonObject fileEntry{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("name"), QStringLiteral("rows"), QStringLiteral("sha256")}},
        {QStringLiteral("additionalProperties"), false},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("name"), QJsonObject{{QStringLiteral("enum"), QJsonArray::fromStringList(fileNames)}}},
                     {QStringLiteral("rows"), count},
                     {QStringLiteral("sha256"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                            {QStringLiteral("pattern"), QStringLiteral("^[0-9a-f]{64}$")}}}}}};
    const QJsonObject clinic{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("uuid"), QStringLiteral("name")}},
        {QStringLiteral("additionalProperties"), false},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("uuid"), string}, {QStringLiteral("name"), string}}}};
    return QJsonObject{
        {QStringLiteral("description"),
         QStringLiteral("Written last: an export folder without it is incomplete. Rows and SHA-256 checksums of every "
                        "file, so the registry can check what it received.")},
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("clinic"),
                    QStringLiteral("exported_at"), QStringLiteral("patients"), QStringLiteral("files")}},
        {QStringLiteral("additionalProperties"), false},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("format"), QJsonObject{{QStringLiteral("const"), QLatin1String(RegistryFormat::Name)}}},
             {QStringLiteral("format_version"), QJsonObject{{QStringLiteral("const"), RegistryFormat::Version}}},
             {QStringLiteral("clinic"), clinic},
             {QStringLiteral("exported_at"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                          {QStringLiteral("format"), QStringLiteral("date-time")}}},
             {QStringLiteral("patients"), count},
             {QStringLiteral("files"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                   {QStringLiteral("items"), fileEntry}}},
         }}};
}

} // namespace

QStringList RegistryFormat::File::header() const
{
    QStringList names;
    for (const Column& column : columns) {
        names << column.name;
    }
    return names;
}

const QList<RegistryFormat::File>& RegistryFormat::files()
{
    static const QList<File> all = makeFiles();
    return all;
}

const RegistryFormat::File* RegistryFormat::file(const QString& name)
{
    for (const File& each : files()) {
        if (each.name == name) {
            return &each;
        }
    }
    return nullptr;
}

QJsonObject RegistryFormat::schema()
{
    QJsonObject properties{{QLatin1String(ManifestFile), manifestSchema()}};
    QJsonArray required{QLatin1String(ManifestFile)};
    for (const File& file : files()) {
        properties.insert(file.name, fileSchema(file));
        required.append(file.name);
    }
    return QJsonObject{
        {QStringLiteral("$schema"), QStringLiteral("https://json-schema.org/draft/2020-12/schema")},
        {QStringLiteral("$id"), QStringLiteral("forlop:registry-export:v%1").arg(Version)},
        {QStringLiteral("title"), QStringLiteral("Forløp registry export for KvaSO, format version %1").arg(Version)},
        {QStringLiteral("description"),
         QStringLiteral("The export folder read as one JSON object: each CSV file (RFC 4180, UTF-8, header row, "
                        "columns in the order of x-columns) is an array of row objects, an empty field being null; "
                        "manifest.json is itself. See docs/registry-export/README.md.")},
        {QStringLiteral("x-format"), QLatin1String(Name)},
        {QStringLiteral("x-format-version"), Version},
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), required},
        {QStringLiteral("additionalProperties"), false},
        {QStringLiteral("properties"), properties},
    };
}

} // namespace forlop
