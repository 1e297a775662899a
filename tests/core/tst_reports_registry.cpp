// The KvaSO registry export on the hand-built clinic: only consenting patients, the documented format (checked
// against the schema published in docs/registry-export/), stable keys, no identifiers, atomic writing, audit.
#include "tst_reports_fixture.h"

#include "reports/ExportSchemaValidator.h"
#include "reports/RegistryExport.h"
#include "reports/RegistryFormat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace forlop;
using namespace forlop::test;

namespace {

constexpr auto PublishedSchema = "../../docs/registry-export/registry-export-v1.schema.json";

QList<QStringList> rowsOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        rows << line.split(QLatin1Char(',')); // the export's fields hold no commas
    }
    return rows;
}

// The rows of a file whose first column is the key, as column name → value maps.
QList<QHash<QString, QString>> recordsOf(const QString& path)
{
    const QList<QStringList> rows = rowsOf(path);
    QList<QHash<QString, QString>> records;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QHash<QString, QString> record;
        for (qsizetype c = 0; c < rows.first().size() && c < rows.at(i).size(); ++c) {
            record.insert(rows.first().at(c), rows.at(i).at(c));
        }
        records << record;
    }
    return records;
}

QString keyOf(Clinic& clinic, std::int64_t patientId)
{
    auto stmt = clinic.db().prepare("SELECT registry_key FROM registry_key WHERE patient_id = ?1");
    if (!stmt) {
        return {};
    }
    stmt->bind(1, patientId);
    auto row = stmt->step();
    return row && *row ? stmt->text(0) : QString();
}

std::int64_t scalar(Clinic& clinic, const QByteArray& sql)
{
    auto value = clinic.db().queryInt(sql.constData());
    return value ? *value : -1;
}

QJsonObject published()
{
    QFile file(QFINDTESTDATA(PublishedSchema));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestReportsRegistry : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportsClinic> m_clinic;
    QTemporaryDir m_out;
    QString m_first; // the first export's folder

    QString path(const char* file) const { return QDir(m_first).filePath(QLatin1String(file)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<ReportsClinic>();
        m_first = m_out.filePath(QStringLiteral("kvaso-2026-03"));
        auto summary = RegistryExport::write(*m_clinic->leader, m_first);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->folder, m_first);
        QCOMPARE(summary->patients, 3);
    }

    void cleanupTestCase() { m_clinic.reset(); }

    void publishedSchemaIsTheFormat()
    {
        const QJsonObject docs = published();
        QVERIFY2(!docs.isEmpty(), "docs/registry-export/registry-export-v1.schema.json is missing or not JSON");
        if (docs != RegistryFormat::schema()) {
            QTemporaryDir keep;
            keep.setAutoRemove(false);
            QFile generated(keep.filePath(QStringLiteral("registry-export-v1.schema.json")));
            QVERIFY(generated.open(QIODevice::WriteOnly));
            generated.write(QJsonDocument(RegistryFormat::schema()).toJson(QJsonDocument::Indented));
            QFAIL(qPrintable(QStringLiteral("The published schema differs from RegistryFormat; the format's schema "
                                            "is in %1")
                                 .arg(generated.fileName())));
        }
    }

    void exportValidatesAgainstThePublishedSchema()
    {
        const QStringList problems = ExportSchemaValidator::validateFolder(published(), m_first);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QStringList files = QDir(m_first).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("assessments.csv"), QStringLiteral("follow_up.csv"),
                                     QStringLiteral("manifest.json"), QStringLiteral("outcome.csv"),
                                     QStringLiteral("patients.csv"), QStringLiteral("treatment.csv")}));
    }

    void theValidatorCatchesBrokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("unknown channel") << "patients.csv" << ",gp," << ",fax,";
        QTest::newRow("impossible date") << "patients.csv" << "2026-02-02" << "2026-02-30";
        QTest::newRow("text for a number") << "treatment.csv" << ",17," << ",seventeen,";
        QTest::newRow("missing column") << "follow_up.csv" << ",follow_up_started_on" << "";
        QTest::newRow("bad key") << "outcome.csv" << "\r\n" << "\r\nXYZ";
        QTest::newRow("wrong version") << "manifest.json" << "\"format_version\": 1" << "\"format_version\": 2";
    }

    void theValidatorCatchesBrokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QTemporaryDir copy;
        for (const QString& name : QDir(m_first).entryList(QDir::Files)) {
            QVERIFY(QFile::copy(QDir(m_first).filePath(name), copy.filePath(name)));
        }
        QVERIFY(ExportSchemaValidator::validateFolder(published(), copy.path()).isEmpty());
        QFile target(copy.filePath(file));
        QVERIFY(target.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(target.readAll());
        target.close();
        QVERIFY2(text.contains(from), qPrintable(file + QStringLiteral(" holds no ") + from));
        text.replace(text.indexOf(from), from.size(), to);
        QVERIFY(target.open(QIODevice::WriteOnly | QIODevice::Truncate));
        target.write(text.toUtf8());
        target.close();
        QVERIFY(!ExportSchemaValidator::validateFolder(published(), copy.path()).isEmpty());
    }

    void onlyConsentingPatientsAreExported()
    {
        Clinic& leader = *m_clinic->leader;
        // P1, P6 and P7 consented; P2 withdrew, P3 declined, P4 was only informed, the rest were never asked.
        QSet<QString> keys;
        for (const auto& record : recordsOf(path("patients.csv"))) {
            keys.insert(record.value(QStringLiteral("registry_key")));
        }
        QCOMPARE(keys, (QSet<QString>{keyOf(leader, m_clinic->p1), keyOf(leader, m_clinic->p6),
                                      keyOf(leader, m_clinic->p7)}));
        for (std::int64_t absent : {m_clinic->p2, m_clinic->p3, m_clinic->p4, m_clinic->p5}) {
            QVERIFY(keyOf(leader, absent).isEmpty());
        }
        // Nothing of theirs is in any file either: every row's key is one of the three.
        for (const char* file : {"assessments.csv", "outcome.csv", "treatment.csv", "follow_up.csv"}) {
            for (const auto& record : recordsOf(path(file))) {
                QVERIFY(keys.contains(record.value(QStringLiteral("registry_key"))));
            }
        }
    }

    void noIdentifiersLeaveTheClinic()
    {
        QByteArray all;
        for (const QString& name : QDir(m_first).entryList(QDir::Files)) {
            all += readAll(QDir(m_first).filePath(name));
        }
        Clinic& leader = *m_clinic->leader;
        auto stmt = leader.db().prepare("SELECT pseudonym, name, national_id FROM patient");
        QVERIFY(stmt);
        int patients = 0;
        while (auto row = stmt->step()) {
            if (!*row) {
                break;
            }
            ++patients;
            for (int column = 0; column < 3; ++column) {
                QVERIFY2(!all.contains(stmt->text(column).toUtf8()), "an identifier is in the export");
            }
        }
        QCOMPARE(patients, 12);
        QVERIFY(!all.contains("Syntetisk")); // no free text (reasons, narratives, needs)
    }

    void patientRows()
    {
        const QString p1 = keyOf(*m_clinic->leader, m_clinic->p1);
        for (const auto& record : recordsOf(path("patients.csv"))) {
            if (record.value(QStringLiteral("registry_key")) != p1) {
                continue;
            }
            QCOMPARE(record.value(QStringLiteral("birth_year")), QStringLiteral("1980"));
            QCOMPARE(record.value(QStringLiteral("referral_received_on")), QStringLiteral("2026-02-02"));
            QCOMPARE(record.value(QStringLiteral("referral_channel")), QStringLiteral("gp"));
            QCOMPARE(record.value(QStringLiteral("referral_urgency")), QStringLiteral("normal"));
            QCOMPARE(record.value(QStringLiteral("first_appointment_offered_on")), QStringLiteral("2026-02-09"));
            QCOMPARE(record.value(QStringLiteral("pathway_state")), QStringLiteral("follow_up"));
            QCOMPARE(record.value(QStringLiteral("eligibility_decision")), QStringLiteral("include"));
            QCOMPARE(record.value(QStringLiteral("eligibility_criteria_decision")), QStringLiteral("include"));
            QCOMPARE(record.value(QStringLiteral("eligibility_decided_on")), QStringLiteral("2026-02-03"));
            QCOMPARE(record.value(QStringLiteral("eligibility_all_criteria_answered")), QStringLiteral("true"));
            QCOMPARE(record.value(QStringLiteral("registry_consent_on")), QStringLiteral("2026-02-25"));
            return;
        }
        QFAIL("P1 is not in patients.csv");
    }

    void assessmentAndOutcomeRows()
    {
        Clinic& leader = *m_clinic->leader;
        const auto assessments = recordsOf(path("assessments.csv"));
        // P1: 4 intake + 3 end + 3 follow-up; P6: 4 intake, none started; P7: 4 intake + 3 end.
        QCOMPARE(assessments.size(), 21);
        int p6NotStarted = 0;
        bool p1EndDeclined = false;
        for (const auto& record : assessments) {
            const QString key = record.value(QStringLiteral("registry_key"));
            if (key == keyOf(leader, m_clinic->p6)) {
                QCOMPARE(record.value(QStringLiteral("status")), QStringLiteral("not_started"));
                QCOMPARE(record.value(QStringLiteral("timepoint")), QStringLiteral("intake"));
                ++p6NotStarted;
            }
            if (key == keyOf(leader, m_clinic->p1) && record.value(QStringLiteral("timepoint")) == QLatin1String("end") &&
                record.value(QStringLiteral("instrument_code")) == QLatin1String("gad7")) {
                p1EndDeclined = record.value(QStringLiteral("status")) == QLatin1String("declined") &&
                                record.value(QStringLiteral("completed_on")).isEmpty();
            }
        }
        QCOMPARE(p6NotStarted, 4);
        QVERIFY(p1EndDeclined);

        // Scores of completed instruments with scores: P1 intake 3 and end 2, P7 intake 3. Each is the score's
        // minimum plus 3 (all minima of the example catalogue are 0).
        const auto outcome = recordsOf(path("outcome.csv"));
        QCOMPARE(outcome.size(), 8);
        for (const auto& record : outcome) {
            QCOMPARE(record.value(QStringLiteral("score_code")), QStringLiteral("total"));
            QCOMPARE(record.value(QStringLiteral("value")), QStringLiteral("3"));
        }
    }

    void treatmentAndFollowUpRows()
    {
        Clinic& leader = *m_clinic->leader;
        QHash<QString, QHash<QString, QString>> byKey;
        for (const auto& record : recordsOf(path("treatment.csv"))) {
            byKey.insert(record.value(QStringLiteral("registry_key")), record);
        }
        QCOMPARE(byKey.size(), 3);
        const auto p1 = byKey.value(keyOf(leader, m_clinic->p1));
        QCOMPARE(p1.value(QStringLiteral("planned_sessions")), QStringLiteral("16"));
        QCOMPARE(p1.value(QStringLiteral("plan_within_standard")), QStringLiteral("true"));
        QCOMPARE(p1.value(QStringLiteral("treatment_started_on")), QStringLiteral("2026-02-05"));
        QCOMPARE(p1.value(QStringLiteral("sessions_attended")), QStringLiteral("17"));
        QCOMPARE(p1.value(QStringLiteral("ended_on")), QStringLiteral("2026-02-20"));
        QCOMPARE(p1.value(QStringLiteral("end_reason")), QStringLiteral("completed"));
        const auto p6 = byKey.value(keyOf(leader, m_clinic->p6));
        QCOMPARE(p6.value(QStringLiteral("planned_sessions")), QStringLiteral("18"));
        QCOMPARE(p6.value(QStringLiteral("treatment_started_on")), QString());
        QCOMPARE(p6.value(QStringLiteral("sessions_attended")), QStringLiteral("0"));
        QCOMPARE(p6.value(QStringLiteral("end_reason")), QString());
        const auto p7 = byKey.value(keyOf(leader, m_clinic->p7));
        QCOMPARE(p7.value(QStringLiteral("plan_within_standard")), QStringLiteral("false"));
        QCOMPARE(p7.value(QStringLiteral("sessions_attended")), QStringLiteral("21"));

        const auto followUp = recordsOf(path("follow_up.csv"));
        QCOMPARE(followUp.size(), 1);
        QCOMPARE(followUp.first().value(QStringLiteral("registry_key")), keyOf(leader, m_clinic->p1));
        QCOMPARE(followUp.first().value(QStringLiteral("follow_up_planned_on")), QStringLiteral("2026-02-25"));
        QCOMPARE(followUp.first().value(QStringLiteral("follow_up_started_on")), QStringLiteral("2026-02-25"));
    }

    void manifestCountsAndChecksums()
    {
        QFile file(path("manifest.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(manifest.value(QStringLiteral("format_version")).toInt(), RegistryFormat::Version);
        QCOMPARE(manifest.value(QStringLiteral("patients")).toInt(), 3);
        QCOMPARE(manifest.value(QStringLiteral("files")).toArray().size(), RegistryFormat::files().size());
        for (const QJsonValue& entry : manifest.value(QStringLiteral("files")).toArray()) {
            const QString name = entry.toObject().value(QStringLiteral("name")).toString();
            const QByteArray bytes = readAll(path(name.toLatin1().constData()));
            QCOMPARE(entry.toObject().value(QStringLiteral("sha256")).toString(),
                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(entry.toObject().value(QStringLiteral("rows")).toInt(),
                     int(rowsOf(path(name.toLatin1().constData())).size() - 1));
        }
    }

    void auditedAsOneExportAndOneReadPerPatient()
    {
        Clinic& leader = *m_clinic->leader;
        QCOMPARE(scalar(leader, "SELECT count(*) FROM audit_log WHERE action = 'registry.export'"), 1);
        QCOMPARE(scalar(leader, "SELECT count(*) FROM audit_log WHERE action = 'registry.export.patient'"), 3);
        const QByteArray exported = "SELECT count(*) FROM audit_log WHERE action = 'registry.export.patient' "
                                    "AND patient_id IN (" +
                                    QByteArray::number(qlonglong(m_clinic->p1)) + "," +
                                    QByteArray::number(qlonglong(m_clinic->p6)) + "," +
                                    QByteArray::number(qlonglong(m_clinic->p7)) + ")";
        QCOMPARE(scalar(leader, exported), 3);
    }

    void aLaterWithdrawalLeavesTheNextExportAndKeysStayStable()
    {
        Clinic& leader = *m_clinic->leader;
        const QString p1 = keyOf(leader, m_clinic->p1);
        m_clinic->consent(m_clinic->p6, m_clinic->clinicianB, QDate(2026, 3, 2), {RegistryStatus::Withdrawn});
        const QString second = m_out.filePath(QStringLiteral("kvaso-2026-04"));
        auto summary = RegistryExport::write(leader, second);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->patients, 2);
        QSet<QString> keys;
        for (const auto& record : recordsOf(QDir(second).filePath(QStringLiteral("patients.csv")))) {
            keys.insert(record.value(QStringLiteral("registry_key")));
        }
        QCOMPARE(keys, (QSet<QString>{p1, keyOf(leader, m_clinic->p7)}));
        QCOMPARE(keyOf(leader, m_clinic->p1), p1);
        QVERIFY(ExportSchemaValidator::validateFolder(published(), second).isEmpty());
    }

    void refusedRolesWriteNothing()
    {
        for (Clinic* session : {m_clinic->a.get(), m_clinic->desk.get()}) {
            const QString target = m_out.filePath(QStringLiteral("refused"));
            const std::int64_t audits = scalar(*m_clinic->leader, "SELECT count(*) FROM audit_log");
            auto summary = RegistryExport::write(*session, target);
            QVERIFY(!summary);
            QCOMPARE(summary.error().code, ErrorCode::PermissionDenied);
            QVERIFY(!QFileInfo::exists(target));
            QCOMPARE(scalar(*m_clinic->leader, "SELECT count(*) FROM audit_log"), audits);
        }
    }

    void destinationsThatCannotBeUsed()
    {
        Clinic& leader = *m_clinic->leader;
        const std::int64_t audits = scalar(leader, "SELECT count(*) FROM audit_log");
        // Not empty: an earlier export stays as it was.
        const QByteArray before = readAll(path("patients.csv"));
        auto busy = RegistryExport::write(leader, m_first);
        QVERIFY(!busy);
        QCOMPARE(busy.error().code, ErrorCode::Conflict);
        QCOMPARE(readAll(path("patients.csv")), before);
        // No such parent folder.
        auto missing = RegistryExport::write(leader, m_out.filePath(QStringLiteral("no/such/place")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(scalar(leader, "SELECT count(*) FROM audit_log"), audits);

        // An empty folder is used; nothing but the exports is left beside it (no temporary folders).
        const QString empty = m_out.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkdir(empty));
        QVERIFY(RegistryExport::write(leader, empty));
        QVERIFY(QFileInfo::exists(QDir(empty).filePath(QStringLiteral("manifest.json"))));
        QCOMPARE(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name),
                 (QStringList{QStringLiteral("empty"), QStringLiteral("kvaso-2026-03"),
                              QStringLiteral("kvaso-2026-04")}));
    }
};

QTEST_GUILESS_MAIN(TestReportsRegistry)
#include "tst_reports_registry.moc"
