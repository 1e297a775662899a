#include "reports/RegistryExport.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/RegistryConsent.h"
#include "pathway/TreatmentPlan.h"
#include "reports/ExportFolder.h"
#include "reports/ExportSchemaValidator.h"
#include "reports/RegistryFormat.h"
#include "reports/ReportSql.h"
#include "scheduling/ClinicTime.h"
#include "security/ClinicalCipher.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace forlop {

namespace {

using reportsql::select;

// The export is read by programs, not spreadsheets: fields are quoted as RFC 4180 requires and nothing more
// (no formula guard, which would change values such as a negative score).
QString field(const QString& value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')) ||
        value.contains(QLatin1Char('\r'))) {
        QString quoted = value;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

class Table
{
public:
    explicit Table(const char* fileName)
        : m_file(RegistryFormat::file(QLatin1String(fileName)))
    {
        m_text = line(m_file->header());
    }
    void append(const QStringList& fields)
    {
        m_text += line(fields);
        ++m_rows;
    }
    [[nodiscard]] QString name() const { return m_file->name; }
    [[nodiscard]] int rows() const { return m_rows; }
    [[nodiscard]] QByteArray bytes() const { return m_text.toUtf8(); }

private:
    static QString line(const QStringList& fields)
    {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString& each : fields) {
            quoted << field(each);
        }
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }

    const RegistryFormat::File* m_file;
    QString m_text;
    int m_rows = 0;
};

QString optionalText(const Statement& row, int column)
{
    return row.isNull(column) ? QString() : row.text(column);
}

QString optionalNumber(const Statement& row, int column)
{
    return row.isNull(column) ? QString() : QString::number(row.int64(column));
}

QString dayOfInstant(const Statement& row, int column)
{
    if (row.isNull(column)) {
        return {};
    }
    return ClinicTime::toStoredDate(ClinicTime::dateOf(ClinicTime::fromStored(row.text(column))));
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// Every exported patient gets a key at their first export and keeps it.
Status assignKeys(Database& db, const QString& ids, const QString& now)
{
    auto stmt = db.prepare("INSERT OR IGNORE INTO registry_key (patient_id, registry_key, created_at) "
                           "SELECT value, lower(hex(randomblob(16))), ?2 FROM json_each(?1)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(ids, now);
    return stmt->run();
}

Status patients(Database& db, const QString& ids, Table& table)
{
    return select(
        db,
        "SELECT k.registry_key, coalesce(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER)), r.received_on, "
        "r.channel, r.urgency, r.first_offered_on, p.state, a.final_decision, a.derived_decision, a.completed_at, "
        "CASE WHEN a.id IS NULL THEN NULL ELSE "
        "(SELECT count(*) FROM eligibility_answer x WHERE x.assessment_id = a.id) >= "
        "(SELECT count(*) FROM eligibility_criterion c WHERE c.version_id = a.version_id) END, "
        "(SELECT max(on_date) FROM registry_consent_event e WHERE e.patient_id = p.id AND e.status = 'consented') "
        "FROM patient p JOIN registry_key k ON k.patient_id = p.id JOIN referral r ON r.patient_id = p.id "
        "LEFT JOIN eligibility_assessment a ON a.id = (SELECT max(id) FROM eligibility_assessment "
        "WHERE patient_id = p.id AND completed_at IS NOT NULL) "
        "WHERE p.id IN (SELECT value FROM json_each(?1)) ORDER BY k.registry_key",
        [&](Statement& row) {
            table.append({row.text(0), optionalNumber(row, 1), row.text(2), row.text(3), row.text(4),
                          optionalText(row, 5), row.text(6), optionalText(row, 7), optionalText(row, 8),
                          dayOfInstant(row, 9), row.isNull(10) ? QString() : boolean(row.int64(10) != 0),
                          row.text(11)});
        },
        ids);
}

// Every instrument and timepoint due (by the rules of AssessmentPackages: intake once the package started, the end
// measures after a treatment that started has ended, follow-up once it started), and any other recorded, with its
// status. Which instruments each catalogue version gives at which timepoint is worked out once over the small
// catalogue, not per patient.
Status assessments(Database& db, const QString& ids, Table& table)
{
    return select(
        db,
        "WITH ids(patient_id) AS MATERIALIZED (SELECT value FROM json_each(?1)), "
        "given(instrument_id, version_id, version, code, position, timepoint, rank) AS MATERIALIZED ("
        "SELECT i.id, i.version_id, v.version, i.code, i.position, t.timepoint, t.rank FROM instrument i "
        "JOIN instrument_catalogue_version v ON v.id = i.version_id "
        "JOIN (SELECT 'intake' AS timepoint, 1 AS rank UNION ALL SELECT 'end', 2 UNION ALL SELECT 'follow_up', 3) t "
        "ON instr(',' || i.timepoints || ',', ',' || t.timepoint || ',') > 0) "
        "SELECT k.registry_key, g.version, g.code, g.timepoint, coalesce(s.status, 'not_started'), s.completed_on "
        "FROM assessment_package ap JOIN registry_key k ON k.patient_id = ap.patient_id "
        "JOIN given g ON g.version_id = ap.catalogue_version_id "
        "LEFT JOIN instrument_status s ON s.patient_id = ap.patient_id AND s.instrument_id = g.instrument_id "
        "AND s.timepoint = g.timepoint "
        "WHERE ap.patient_id IN ids AND (g.rank = 1 OR s.id IS NOT NULL "
        "OR (g.rank = 2 AND EXISTS (SELECT 1 FROM treatment_end e WHERE e.patient_id = ap.patient_id) "
        "AND EXISTS (SELECT 1 FROM patient_state_change c WHERE c.patient_id = ap.patient_id "
        "AND c.to_state = 'treatment')) "
        "OR (g.rank = 3 AND EXISTS (SELECT 1 FROM follow_up f WHERE f.patient_id = ap.patient_id))) "
        "ORDER BY k.registry_key, g.rank, g.position",
        [&](Statement& row) {
            table.append({row.text(0), QString::number(row.int64(1)), row.text(2), row.text(3), row.text(4),
                          optionalText(row, 5)});
        },
        ids);
}

struct SealedScores
{
    QString key;
    std::int64_t instrumentId = 0;
    QString instrumentCode;
    QString timepoint;
    QByteArray sealed;
};

// The scores are clinical: opened with the session's clinical key, one score per row in the catalogue's order.
Status outcome(Clinic& clinic, const QString& ids, Table& table)
{
    Database& db = clinic.db();
    QHash<std::int64_t, QStringList> scoreOrder;
    auto status = select(db, "SELECT instrument_id, code FROM instrument_score ORDER BY instrument_id, position",
                         [&](Statement& row) { scoreOrder[row.int64(0)].append(row.text(1)); });
    if (!status) {
        return status;
    }
    QList<SealedScores> sealed;
    status = select(
        db,
        "SELECT k.registry_key, i.id, i.code, s.timepoint, s.scores FROM instrument_status s "
        "JOIN instrument i ON i.id = s.instrument_id JOIN registry_key k ON k.patient_id = s.patient_id "
        "WHERE s.patient_id IN (SELECT value FROM json_each(?1)) AND s.status = 'completed' AND s.scores IS NOT NULL "
        "ORDER BY k.registry_key, CASE s.timepoint WHEN 'intake' THEN 1 WHEN 'end' THEN 2 ELSE 3 END, i.position",
        [&](Statement& row) {
            sealed.append(SealedScores{row.text(0), row.int64(1), row.text(2), row.text(3), row.blob(4)});
        },
        ids);
    if (!status) {
        return status;
    }
    // One X25519 opening per completed instrument: the export's largest cost on a big clinic (threads do not help,
    // as each opening allocates locked memory, which the kernel serialises).
    for (const SealedScores& each : std::as_const(sealed)) {
        auto json = ClinicalCipher::open(clinic, each.sealed);
        if (!json) {
            return std::unexpected(json.error());
        }
        const QJsonObject scores = QJsonDocument::fromJson(json->toUtf8()).object();
        for (const QString& code : scoreOrder.value(each.instrumentId)) {
            if (scores.contains(code)) {
                table.append({each.key, each.instrumentCode, each.timepoint, code,
                              QString::number(scores.value(code).toInteger())});
            }
        }
    }
    return {};
}

Status treatment(Database& db, const QString& ids, Table& table)
{
    return select(
        db,
        "WITH ids(patient_id) AS (SELECT value FROM json_each(?1)), "
        "sessions AS (SELECT patient_id, sum(attendance = 'attended') AS attended, "
        "sum(attendance = 'cancelled_by_patient') AS by_patient, sum(attendance = 'cancelled_by_clinic') AS by_clinic, "
        "sum(attendance = 'no_show') AS no_show FROM treatment_session "
        "WHERE kind = 'treatment' AND patient_id IN ids GROUP BY patient_id) "
        "SELECT k.registry_key, t.planned_sessions, "
        "(SELECT min(at) FROM patient_state_change c WHERE c.patient_id = k.patient_id AND c.to_state = 'treatment'), "
        "coalesce(s.attended, 0), coalesce(s.by_patient, 0), coalesce(s.by_clinic, 0), coalesce(s.no_show, 0), "
        "e.ended_on, e.reason "
        "FROM registry_key k LEFT JOIN treatment_plan t ON t.patient_id = k.patient_id "
        "LEFT JOIN treatment_end e ON e.patient_id = k.patient_id LEFT JOIN sessions s ON s.patient_id = k.patient_id "
        "WHERE k.patient_id IN ids AND (t.id IS NOT NULL OR e.id IS NOT NULL) ORDER BY k.registry_key",
        [&](Statement& row) {
            const QString planned = optionalNumber(row, 1);
            const QString within =
                row.isNull(1) ? QString() : boolean(TreatmentPlans::withinAdvice(row.integer(1)));
            table.append({row.text(0), planned, within, dayOfInstant(row, 2), QString::number(row.int64(3)),
                          QString::number(row.int64(4)), QString::number(row.int64(5)), QString::number(row.int64(6)),
                          optionalText(row, 7), optionalText(row, 8)});
        },
        ids);
}

Status followUp(Database& db, const QString& ids, Table& table)
{
    return select(
        db,
        "SELECT k.registry_key, e.follow_up_on, f.started_on FROM registry_key k "
        "LEFT JOIN treatment_end e ON e.patient_id = k.patient_id LEFT JOIN follow_up f ON f.patient_id = k.patient_id "
        "WHERE k.patient_id IN (SELECT value FROM json_each(?1)) "
        "AND (f.id IS NOT NULL OR e.follow_up_on IS NOT NULL) ORDER BY k.registry_key",
        [&](Statement& row) { table.append({row.text(0), optionalText(row, 1), optionalText(row, 2)}); }, ids);
}

QByteArray manifest(const Clinic& clinic, const QDateTime& at, int patientCount, const QList<Table>& tables)
{
    QJsonArray files;
    for (const Table& table : tables) {
        files.append(QJsonObject{
            {QStringLiteral("name"), table.name()},
            {QStringLiteral("rows"), table.rows()},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(table.bytes(), QCryptographicHash::Sha256).toHex())}});
    }
    const QJsonObject object{
        {QStringLiteral("format"), QLatin1String(RegistryFormat::Name)},
        {QStringLiteral("format_version"), RegistryFormat::Version},
        {QStringLiteral("clinic"), QJsonObject{{QStringLiteral("uuid"), clinic.info().uuid},
                                               {QStringLiteral("name"), clinic.info().name}}},
        {QStringLiteral("exported_at"), ClinicTime::toStored(at)},
        {QStringLiteral("patients"), patientCount},
        {QStringLiteral("files"), files},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

Result<RegistryExportSummary> RegistryExport::write(Clinic& clinic, const QString& destinationFolder)
{
    if (auto status = Policy::require(clinic.session(), Permission::ExportRegistry); !status) {
        return std::unexpected(status.error());
    }
    // Before anything is read: a destination that cannot be used fails without an audit row.
    auto folder = ExportFolder::create(destinationFolder);
    if (!folder) {
        return std::unexpected(folder.error());
    }
    Database& db = clinic.db();
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto exportable = RegistryConsent::exportablePatients(clinic);
    if (!exportable) {
        return std::unexpected(exportable.error());
    }
    const QDateTime now = clinic.clock().now();
    const QString ids = reportsql::jsonIds(*exportable);
    if (auto status = assignKeys(db, ids, ClinicTime::toStored(now)); !status) {
        return std::unexpected(status.error());
    }

    QList<Table> tables{Table(RegistryFormat::PatientsFile), Table(RegistryFormat::AssessmentsFile),
                        Table(RegistryFormat::OutcomeFile), Table(RegistryFormat::TreatmentFile),
                        Table(RegistryFormat::FollowUpFile)};
    for (const Status& status : {patients(db, ids, tables[0]), assessments(db, ids, tables[1]),
                                 outcome(clinic, ids, tables[2]), treatment(db, ids, tables[3]),
                                 followUp(db, ids, tables[4])}) {
        if (!status) {
            return std::unexpected(status.error());
        }
    }
    RegistryExportSummary summary;
    summary.folder = folder->destination();
    summary.patients = int(exportable->size());
    for (const Table& table : std::as_const(tables)) {
        if (auto status = folder->write(table.name(), table.bytes()); !status) {
            return std::unexpected(status.error());
        }
        summary.rows.insert(table.name(), table.rows());
    }
    if (auto status = folder->write(QLatin1String(RegistryFormat::ManifestFile),
                                    manifest(clinic, now, summary.patients, tables));
        !status) {
        return std::unexpected(status.error());
    }
    if (!ExportSchemaValidator::validateFolder(RegistryFormat::schema(), folder->stagingPath()).isEmpty()) {
        return fail(ErrorCode::Failed, tr("The export did not match its own format, so it was not written. This is "
                                          "a fault in Forløp; please report it."));
    }

    // Shown to the patient in their access-log extract.
    const QString reason = QStringLiteral("KvaSO registry export, format version %1").arg(RegistryFormat::Version);
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("registry.export"), std::nullopt,
                                              QStringLiteral("registry_export"), std::nullopt,
                                              QLatin1String(AuditBasis::Clinic), reason, QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    for (std::int64_t patientId : std::as_const(*exportable)) {
        if (auto status = clinic.audit(AuditEvent{QStringLiteral("registry.export.patient"), patientId,
                                                  QStringLiteral("registry_export"), std::nullopt,
                                                  QLatin1String(AuditBasis::Clinic), reason, QStringLiteral("ok")});
            !status) {
            return std::unexpected(status.error());
        }
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = folder->commit(); !status) {
        return std::unexpected(status.error());
    }
    return summary;
}

} // namespace forlop
