// The national statistics export: small-cell suppression (primary and secondary) as a rule, and on the
// hand-built clinic's February; the file against its published schema; nothing about any single patient in it.
#include "tst_reports_fixture.h"

#include "reports/ExportSchemaValidator.h"
#include "reports/NationalStatistics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace forlop;
using namespace forlop::test;

namespace {

using Mark = SmallCells::Mark;

constexpr auto PublishedSchema = "../../docs/national-statistics/national-statistics-v1.schema.json";

QJsonObject jsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

Mark markOf(const StatisticsGroup* group, const QString& category)
{
    if (!group) {
        return Mark::Shown;
    }
    if (category == QLatin1String("total")) {
        return group->total.mark;
    }
    for (const SmallCells::Cell& cell : group->categories) {
        if (cell.category == category) {
            return cell.mark;
        }
    }
    qFatal("no category %s", qPrintable(category));
}

std::int64_t auditRows(Clinic& clinic, const char* action)
{
    auto stmt = clinic.db().prepare("SELECT count(*) FROM audit_log WHERE action = ?1");
    stmt->bind(1, QString::fromLatin1(action));
    auto row = stmt->step();
    return row && *row ? stmt->int64(0) : -1;
}

} // namespace

Q_DECLARE_METATYPE(QList<int>)

class TestReportsStatistics : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportsClinic> m_clinic;
    QTemporaryDir m_out;

private Q_SLOTS:
    void suppression_data()
    {
        // Each category's patients (the value is the same); the marks expected: S shown, s small, x secondary.
        QTest::addColumn<int>("total");
        QTest::addColumn<QList<int>>("categories");
        QTest::addColumn<QString>("marks"); // total first
        QTest::newRow("all large") << 20 << QList<int>{10, 10} << "SSS";
        QTest::newRow("one small hides the smallest other") << 20 << QList<int>{3, 9, 8} << "SsSx";
        QTest::newRow("one small of two") << 13 << QList<int>{10, 3} << "Sxs";
        QTest::newRow("two small need no more") << 20 << QList<int>{2, 3, 15} << "SssS";
        QTest::newRow("zero is small too") << 12 << QList<int>{0, 6, 6} << "SsxS";
        QTest::newRow("small total hides all") << 4 << QList<int>{2, 2} << "sss";
        QTest::newRow("threshold is shown") << 10 << QList<int>{5, 5} << "SSS";
        QTest::newRow("no categories") << 5 << QList<int>{} << "S";
    }

    void suppression()
    {
        QFETCH(int, total);
        QFETCH(QList<int>, categories);
        QFETCH(QString, marks);
        SmallCells::Cell totalCell{QStringLiteral("total"), total, total, Mark::Shown};
        QList<SmallCells::Cell> cells;
        for (int each : categories) {
            cells.append(SmallCells::Cell{QStringLiteral("c%1").arg(cells.size()), each, each, Mark::Shown});
        }
        SmallCells::suppress(totalCell, cells);
        auto letter = [](Mark mark) {
            return mark == Mark::Shown ? QLatin1Char('S') : mark == Mark::Small ? QLatin1Char('s') : QLatin1Char('x');
        };
        QString actual(letter(totalCell.mark));
        for (const SmallCells::Cell& cell : cells) {
            actual += letter(cell.mark);
        }
        QCOMPARE(actual, marks);
    }

    void initTestCase() { m_clinic = std::make_unique<ReportsClinic>(); }
    void cleanupTestCase() { m_clinic.reset(); }

    void februaryIsSuppressedCellByCell()
    {
        const QString file = m_out.filePath(QStringLiteral("february.json"));
        auto data = NationalStatistics::write(*m_clinic->leader, ReportsClinic::february(), file);
        QVERIFY2(data, data ? "" : qPrintable(data.error().message));

        // Ten referrals: phone 6 (P3 and P8–P12) is shown; GP 2, chat 1, police 1 and the empty channels are not.
        const StatisticsGroup* channels = data->group(QStringLiteral("referrals.channel"));
        QVERIFY(channels);
        QCOMPARE(channels->total.value, 10);
        QCOMPARE(channels->total.mark, Mark::Shown);
        QCOMPARE(markOf(channels, QStringLiteral("phone")), Mark::Shown);
        for (const char* small : {"gp", "chat", "police", "self", "lawyer"}) {
            QCOMPARE(markOf(channels, QLatin1String(small)), Mark::Small);
        }
        // One urgent referral; the nine normal ones would give it away (10 − 9), so they are hidden as well.
        const StatisticsGroup* urgency = data->group(QStringLiteral("referrals.urgency"));
        QCOMPARE(markOf(urgency, QStringLiteral("urgent")), Mark::Small);
        QCOMPARE(markOf(urgency, QStringLiteral("normal")), Mark::Secondary);
        // Four first appointments: too few for a median.
        QCOMPARE(markOf(data->group(QStringLiteral("waiting.first_appointment")), QStringLiteral("total")), Mark::Small);
        QCOMPARE(data->measure(QStringLiteral("waiting.median_days"))->mark, Mark::Small);
        QVERIFY(!data->measure(QStringLiteral("waiting.median_days"))->value);
        // Five eligibility assessments: the total is shown, the 4 + 1 split is not, nor the share it gives.
        const StatisticsGroup* criteria = data->group(QStringLiteral("eligibility.criteria"));
        QCOMPARE(criteria->total.value, 5);
        QCOMPARE(criteria->total.mark, Mark::Shown);
        QCOMPARE(markOf(criteria, QStringLiteral("all_answered")), Mark::Small);
        QCOMPARE(markOf(criteria, QStringLiteral("not_all_answered")), Mark::Small);
        QCOMPARE(data->measure(QStringLiteral("eligibility.all_answered_percent"))->mark, Mark::Small);
        // Three intake packages, three ended treatments, three needs: all hidden.
        QCOMPARE(markOf(data->group(QStringLiteral("package.intake.patients")), QStringLiteral("total")), Mark::Small);
        QCOMPARE(data->measure(QStringLiteral("package.intake.instruments_completed_percent"))->mark, Mark::Small);
        QCOMPARE(markOf(data->group(QStringLiteral("treatment.attended_sessions")), QStringLiteral("total")),
                 Mark::Small);
        QCOMPARE(markOf(data->group(QStringLiteral("onward.unmet_needs")), QStringLiteral("neither")), Mark::Small);

        const QJsonObject json = jsonFile(file);
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QLatin1String(NationalStatistics::Format));
        QCOMPARE(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("last_day")).toString(),
                 QStringLiteral("2026-02-28"));
        // Every count that is shown describes at least five patients; everything else is a marker.
        int shown = 0;
        for (const QJsonValue& group : json.value(QStringLiteral("groups")).toArray()) {
            for (const QJsonValue& cell : group.toObject().value(QStringLiteral("cells")).toArray()) {
                const QJsonValue value = cell.toObject().value(QStringLiteral("value"));
                if (value.isDouble()) {
                    QVERIFY(value.toInt() >= SmallCells::Threshold);
                    ++shown;
                } else {
                    QVERIFY(value == QJsonValue(QStringLiteral("<5")) || value == QJsonValue(QStringLiteral("suppressed")));
                }
            }
        }
        QCOMPARE(shown, 4); // referrals by channel: total and phone; referrals by urgency: total; assessments: total
    }

    void theFileValidatesAndSaysNothingOfAnyPatient()
    {
        const QString file = m_out.filePath(QStringLiteral("quarter.json"));
        QVERIFY(NationalStatistics::write(*m_clinic->leader, ReportPeriod{QDate(2026, 1, 1), QDate(2026, 4, 1)}, file));
        QFile schemaFile(QFINDTESTDATA(PublishedSchema));
        QVERIFY(schemaFile.open(QIODevice::ReadOnly));
        const QJsonObject schema = QJsonDocument::fromJson(schemaFile.readAll()).object();
        QVERIFY(!schema.isEmpty());
        const QStringList problems =
            ExportSchemaValidator::validateValue(schema, jsonFile(file), QStringLiteral("statistics"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        const QByteArray bytes = readAll(file);
        auto stmt = m_clinic->leader->db().prepare("SELECT pseudonym, name, national_id, birth_date FROM patient");
        QVERIFY(stmt);
        while (auto row = stmt->step()) {
            if (!*row) {
                break;
            }
            for (int column = 0; column < 4; ++column) {
                if (!stmt->isNull(column)) {
                    QVERIFY2(!bytes.contains(stmt->text(column).toUtf8()), "patient data in the statistics");
                }
            }
        }
        for (const char* never : {"psykolog", "Syntetisk", "1980"}) {
            QVERIFY2(!bytes.contains(never), never);
        }
    }

    void onlyUnitLeadersExportAndEachExportIsAudited()
    {
        const QString file = m_out.filePath(QStringLiteral("refused.json"));
        for (Clinic* session : {m_clinic->a.get(), m_clinic->desk.get()}) {
            auto refused = NationalStatistics::write(*session, ReportsClinic::february(), file);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
            QVERIFY(!QFileInfo::exists(file));
        }
        const std::int64_t before = auditRows(*m_clinic->leader, "statistics.export");
        QVERIFY(NationalStatistics::write(*m_clinic->leader, ReportsClinic::february(), file));
        QCOMPARE(auditRows(*m_clinic->leader, "statistics.export"), before + 1);
        // An unwritable destination fails before anything is read or audited.
        auto unwritable = NationalStatistics::write(*m_clinic->leader, ReportsClinic::february(),
                                                    m_out.filePath(QStringLiteral("no/such/folder/x.json")));
        QVERIFY(!unwritable);
        QCOMPARE(auditRows(*m_clinic->leader, "statistics.export"), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestReportsStatistics)
#include "tst_reports_statistics.moc"
