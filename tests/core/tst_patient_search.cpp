// Finding a patient at the desk: by pseudonym, name (word prefixes, case folded, æøå kept), phone (as typed, with
// or without +47) and national ID prefix; paging; re-indexing when the identity changes; blocks; permissions; the
// audit row; that every kind of search reads an index; and the pseudonym the intake form previews.
#include "PathwayFixture.h"
#include "TestClinic.h"
#include "access/PatientAccess.h"
#include "pathway/PatientRegistry.h"
#include "pathway/PatientSearch.h"
#include "pathway/PseudonymPreview.h"

#include <QTest>

using namespace forlop;
using namespace forlop::test;

namespace {

QStringList names(const QList<PatientSearchHit>& hits)
{
    QStringList result;
    for (const PatientSearchHit& hit : hits) {
        result << hit.displayName();
    }
    return result;
}

QString planOf(Clinic& clinic, const QByteArray& sql)
{
    auto stmt = clinic.db().prepare(("EXPLAIN QUERY PLAN " + sql).constData());
    if (!stmt) {
        return stmt.error().message;
    }
    QStringList lines;
    while (auto row = stmt->step()) {
        if (!*row) {
            break;
        }
        lines << stmt->text(3);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestPatientSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<PathwayClinic> m_clinic;
    std::unique_ptr<Clinic> m_desk;
    QHash<QString, std::int64_t> m_ids;
    QHash<QString, QString> m_nationalIds;

    std::int64_t add(const QString& key, const QString& name, const QString& phone, bool withNationalId = false)
    {
        PatientIdentity identity;
        identity.name = name;
        identity.phone = phone;
        if (withNationalId) {
            identity.nationalId = syntheticNationalId(QDate(1990, 1, 1).addDays(int(m_ids.size())), int(m_ids.size()));
            m_nationalIds.insert(key, identity.nationalId);
        }
        auto registered = PatientRegistry::registerEnquiry(*m_desk, identity);
        if (!registered) {
            qWarning("%s", qPrintable(registered.error().message));
            return 0;
        }
        m_ids.insert(key, registered->patientId);
        return registered->patientId;
    }

    QStringList find(const QString& text, int limit = 50, int offset = 0)
    {
        auto hits = PatientSearch::find(*m_desk, text, limit, offset);
        if (!hits) {
            return {QStringLiteral("error: ") + hits.error().message};
        }
        return names(*hits);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clinic = std::make_unique<PathwayClinic>();
        m_desk = m_clinic->open(QStringLiteral("sekretar"));
        QVERIFY(m_desk);
        QVERIFY(add(QStringLiteral("kari"), QStringLiteral("Kari Hansen"), QStringLiteral("+47 912 34 567"), true));
        QVERIFY(add(QStringLiteral("karin"), QStringLiteral("Karin Olsen"), QStringLiteral("22 33 44 55")));
        QVERIFY(add(QStringLiteral("oystein"), QStringLiteral("Øystein Ås"), QStringLiteral("004798765432"), true));
        QVERIFY(add(QStringLiteral("anon"), QString(), QString()));
        QVERIFY(add(QStringLiteral("aase"), QStringLiteral("Åse Bjørnstad-Li"), QStringLiteral("+47 (41) 00-00-01")));
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_clinic.reset();
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << QString() << int(PatientSearch::Kind::Empty);
        QTest::newRow("blank") << QStringLiteral("   ") << int(PatientSearch::Kind::Empty);
        QTest::newRow("hyphens only") << QStringLiteral("- -") << int(PatientSearch::Kind::Empty);
        QTest::newRow("pseudonym") << QStringLiteral("P-2026-00") << int(PatientSearch::Kind::Pseudonym);
        QTest::newRow("pseudonym lower case") << QStringLiteral("p-2026") << int(PatientSearch::Kind::Pseudonym);
        QTest::newRow("phone with +47") << QStringLiteral("+47 912 34 567") << int(PatientSearch::Kind::Digits);
        QTest::newRow("national ID") << QStringLiteral("010190 12345") << int(PatientSearch::Kind::Digits);
        QTest::newRow("name") << QStringLiteral("Kari") << int(PatientSearch::Kind::Name);
        QTest::newRow("name with æøå") << QStringLiteral("øys ås") << int(PatientSearch::Kind::Name);
    }

    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QCOMPARE(int(PatientSearch::kindOf(text)), kind);
    }

    void wordsAreCutAndFoldedAsTheIndexDoes()
    {
        QCOMPARE(PatientSearch::nameWords(QStringLiteral(" Kari  HANSEN-Ølstad ")),
                 (QStringList{QStringLiteral("kari"), QStringLiteral("hansen"), QStringLiteral("ølstad")}));
        QCOMPARE(PatientSearch::fold(QStringLiteral("ÆØÅ ÉÄÖÜ Zz")), QStringLiteral("æøå éäöü zz"));
        QCOMPARE(PatientSearch::nameWords(QStringLiteral("a b c d e f")).size(), PatientSearch::MaxWords);
        QVERIFY(PatientSearch::nameWords(QStringLiteral("--")).isEmpty());
        QCOMPARE(PatientSearch::phoneDigits(QStringLiteral("0047 (912) 34-567")), QStringLiteral("4791234567"));
    }

    void byName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first name prefix")
            << QStringLiteral("kar") << QStringList{QStringLiteral("Kari Hansen"), QStringLiteral("Karin Olsen")};
        QTest::newRow("last name") << QStringLiteral("hansen") << QStringList{QStringLiteral("Kari Hansen")};
        QTest::newRow("two words narrow") << QStringLiteral("kar ols") << QStringList{QStringLiteral("Karin Olsen")};
        QTest::newRow("upper case") << QStringLiteral("KARI H") << QStringList{QStringLiteral("Kari Hansen")};
        QTest::newRow("ø folded") << QStringLiteral("ØYSTEIN") << QStringList{QStringLiteral("Øystein Ås")};
        // Å sorts before Ø here: by code point, as SQLite's NOCASE does.
        QTest::newRow("å lower, and a first name beginning so")
            << QStringLiteral("ås") << QStringList{QStringLiteral("Åse Bjørnstad-Li"), QStringLiteral("Øystein Ås")};
        QTest::newRow("å is not a") << QStringLiteral("as") << QStringList{};
        QTest::newRow("hyphenated part") << QStringLiteral("li") << QStringList{QStringLiteral("Åse Bjørnstad-Li")};
        QTest::newRow("nobody") << QStringLiteral("Nordmann") << QStringList{};
    }

    void byName()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(find(text), expected);
    }

    void byPhone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("local digits") << QStringLiteral("91234567") << QStringLiteral("Kari Hansen");
        QTest::newRow("spaced prefix") << QStringLiteral("912 34") << QStringLiteral("Kari Hansen");
        QTest::newRow("with +47") << QStringLiteral("+4791234567") << QStringLiteral("Kari Hansen");
        QTest::newRow("stored with dashes") << QStringLiteral("4100") << QStringLiteral("Åse Bjørnstad-Li");
        QTest::newRow("stored with 0047") << QStringLiteral("0047 987") << QStringLiteral("Øystein Ås");
        QTest::newRow("landline") << QStringLiteral("22334455") << QStringLiteral("Karin Olsen");
    }

    void byPhone()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(find(text), QStringList{expected});
    }

    void byNationalIdPrefix()
    {
        const QString id = m_nationalIds.value(QStringLiteral("oystein"));
        QCOMPARE(id.size(), 11);
        QCOMPARE(find(id), QStringList{QStringLiteral("Øystein Ås")});
        QCOMPARE(find(id.left(6)), QStringList{QStringLiteral("Øystein Ås")});
        // The hit carries the birth date, never the number itself.
        auto hits = PatientSearch::find(*m_desk, id, 10);
        QVERIFY(hits);
        QVERIFY(hits->first().birthDate.has_value());
    }

    void byPseudonym()
    {
        auto registry = PatientRegistry::get(*m_desk, m_ids.value(QStringLiteral("anon")));
        QVERIFY(registry);
        const QString pseudonym = registry->pseudonym;
        QCOMPARE(find(pseudonym), QStringList{pseudonym});
        QCOMPARE(find(pseudonym.toLower()), QStringList{pseudonym});
        // Every patient of the year shares the prefix, ordered by pseudonym.
        const QStringList all = find(pseudonym.left(7));
        QCOMPARE(all.size(), 5);
    }

    void identityChangesAreReindexed()
    {
        const std::int64_t id = m_ids.value(QStringLiteral("karin"));
        auto patient = PatientRegistry::get(*m_desk, id);
        QVERIFY(patient);
        PatientIdentity identity = patient->identity;
        identity.name = QStringLiteral("Karin Eide");
        identity.phone = QStringLiteral("90 00 00 09");
        QVERIFY(PatientRegistry::updateIdentity(*m_desk, id, identity));
        QCOMPARE(find(QStringLiteral("olsen")), QStringList{});
        QCOMPARE(find(QStringLiteral("22334455")), QStringList{});
        QCOMPARE(find(QStringLiteral("eide")), QStringList{QStringLiteral("Karin Eide")});
        QCOMPARE(find(QStringLiteral("90000009")), QStringList{QStringLiteral("Karin Eide")});
        identity.name = QStringLiteral("Karin Olsen");
        identity.phone = QStringLiteral("22 33 44 55");
        QVERIFY(PatientRegistry::updateIdentity(*m_desk, id, identity));
        QCOMPARE(find(QStringLiteral("olsen")), QStringList{QStringLiteral("Karin Olsen")});
    }

    void pagesDoNotRepeat()
    {
        for (int i = 0; i < 7; ++i) {
            QVERIFY(add(QStringLiteral("side%1").arg(i), QStringLiteral("Sidetest Nummer%1").arg(i), QString()));
        }
        QStringList seen;
        for (int offset = 0; offset < 9; offset += 3) {
            const QStringList page = find(QStringLiteral("sidetest"), 3, offset);
            QCOMPARE(page.size(), offset < 6 ? 3 : 1);
            seen << page;
        }
        QStringList sorted = seen;
        sorted.sort(Qt::CaseInsensitive);
        QCOMPARE(seen, sorted);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 7);
    }

    void limitsAreChecked()
    {
        for (int limit : {0, -1, PatientSearch::MaxPageSize + 1}) {
            auto hits = PatientSearch::find(*m_desk, QStringLiteral("kari"), limit);
            QVERIFY(!hits);
            QCOMPARE(hits.error().code, ErrorCode::InvalidInput);
        }
        auto negative = PatientSearch::find(*m_desk, QStringLiteral("kari"), 10, -1);
        QVERIFY(!negative);
        auto tooLong = PatientSearch::find(*m_desk, QString(PatientSearch::MaxQueryLength + 1, QLatin1Char('a')), 10);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, ErrorCode::InvalidInput);
        for (const QString& nothing : {QStringLiteral("  "), QStringLiteral("00")}) {
            auto empty = PatientSearch::find(*m_desk, nothing, 10);
            QVERIFY(empty);
            QVERIFY(empty->isEmpty());
        }
    }

    void everySearchIsAuditedWithoutTheText()
    {
        auto before = m_desk->db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'patient.search'");
        QVERIFY(before);
        QCOMPARE(find(QStringLiteral("hansen")), QStringList{QStringLiteral("Kari Hansen")});
        auto after = m_desk->db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'patient.search'");
        QCOMPARE(*after, *before + 1);
        auto leaked = m_desk->db().queryInt(
            "SELECT count(*) FROM audit_log WHERE reason LIKE '%hansen%' OR object_type LIKE '%hansen%'");
        QCOMPARE(*leaked, 0);
    }

    void blockedPatientsAreLeftOut()
    {
        auto leader = m_clinic->open(QStringLiteral("leder"));
        QVERIFY(leader);
        const std::int64_t id = m_ids.value(QStringLiteral("kari"));
        QVERIFY(PatientAccess::block(*leader, id, m_clinic->userId(QStringLiteral("sekretar"))));
        QCOMPARE(find(QStringLiteral("hansen")), QStringList{});
        QVERIFY(PatientAccess::unblock(*leader, id, m_clinic->userId(QStringLiteral("sekretar"))));
        QCOMPARE(find(QStringLiteral("hansen")), QStringList{QStringLiteral("Kari Hansen")});
    }

    void administratorsMayNotSearchPatients()
    {
        auto admin = m_clinic->open(QStringLiteral("admin"));
        QVERIFY(admin);
        auto hits = PatientSearch::find(*admin, QStringLiteral("kari"), 10);
        QVERIFY(!hits);
        QCOMPARE(hits.error().code, ErrorCode::PermissionDenied);
    }

    // The intake form shows the pseudonym a caller will get; registering gives exactly that one.
    void pseudonymPreviewIsTheNextOneGiven()
    {
        auto preview = PseudonymPreview::next(*m_desk);
        QVERIFY(preview);
        QVERIFY(add(QStringLiteral("previewed"), QString(), QString()));
        auto registered = PatientRegistry::get(*m_desk, m_ids.value(QStringLiteral("previewed")));
        QVERIFY(registered);
        QCOMPARE(registered->pseudonym, *preview);
        auto admin = m_clinic->open(QStringLiteral("admin"));
        auto denied = PseudonymPreview::next(*admin);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    }

    void everyKindReadsAnIndex()
    {
        QVERIFY(m_desk->db().exec("ANALYZE"));
        const QString pseudonym = planOf(*m_desk, PatientSearch::sql(PatientSearch::Kind::Pseudonym));
        QVERIFY2(pseudonym.contains(QLatin1String("USING INDEX sqlite_autoindex_patient_1 (pseudonym>? AND "
                                                  "pseudonym<?)")),
                 qPrintable(pseudonym));
        const QString digits = planOf(*m_desk, PatientSearch::sql(PatientSearch::Kind::Digits));
        QVERIFY2(digits.contains(QLatin1String("patient_national_id (national_id>? AND national_id<?)")),
                 qPrintable(digits));
        QVERIFY2(digits.contains(QLatin1String("SEARCH patient_search_term USING PRIMARY KEY (term>? AND term<?)")),
                 qPrintable(digits));
        const QString name = planOf(*m_desk, PatientSearch::sql(PatientSearch::Kind::Name, 2));
        QCOMPARE(name.count(QLatin1String("SEARCH patient_search_term USING PRIMARY KEY (term>? AND term<?)")), 2);
        // The patients themselves by primary key, never a scan of the table.
        for (const QString& plan : {digits, name}) {
            QVERIFY2(plan.contains(QLatin1String("SEARCH p USING INTEGER PRIMARY KEY (rowid=?)")), qPrintable(plan));
        }
        for (const QString& plan : {pseudonym, digits, name}) {
            QVERIFY2(!plan.split(QLatin1Char('\n')).contains(QLatin1String("SCAN p")), qPrintable(plan));
        }
    }
};

QTEST_GUILESS_MAIN(TestPatientSearch)
#include "tst_patient_search.moc"
