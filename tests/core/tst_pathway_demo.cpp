// The demo clinic generator: every role signs in with "demo", every state of the pathway is populated with
// plausible data, and the same seed gives the same clinic.
#include "clinic/Clinic.h"
#include "pathway/ClinicStatistics.h"
#include "pathway/DemoClinicGenerator.h"
#include "pathway/NationalId.h"
#include "pathway/PatientRegistry.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace forlop;

namespace {

const QDate Today(2026, 3, 2);

DemoOptions options(const QString& path, std::uint64_t seed, int patients = 30)
{
    DemoOptions demo;
    demo.databasePath = path;
    demo.patients = patients;
    demo.seed = seed;
    demo.today = Today;
    demo.kdf = KdfParams::fastForTests();
    return demo;
}

struct Snapshot
{
    QStringList patients; // pseudonym | name | state | clinician | national ID
    ClinicCounts counts;
};

Snapshot snapshot(const QString& path)
{
    Snapshot result;
    FixedClock clock(QDateTime(Today, QTime(17, 0), Qt::UTC));
    auto leader = Clinic::open(path, QStringLiteral("leder"), DemoClinicGenerator::Password, clock);
    if (!leader) {
        qWarning("%s", qPrintable(leader.error().message));
        return result;
    }
    auto stmt = (*leader)->db().prepare(
        "SELECT p.pseudonym, coalesce(p.name, ''), p.state, coalesce(u.name, ''), coalesce(p.national_id, '') "
        "FROM patient p LEFT JOIN user u ON u.id = p.clinician_id ORDER BY p.id");
    while (stmt && stmt->step().value_or(false)) {
        result.patients << QStringList{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4)}.join(
            QLatin1Char('|'));
    }
    auto counts = ClinicStatistics::compute(**leader);
    if (counts) {
        result.counts = *counts;
    }
    return result;
}

} // namespace

class TestPathwayDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedSameClinic();
    void differentSeedDifferentClinic();
    void everyRoleSignsIn();
    void everyStateAndPlausibleData();
    void onlySyntheticIdentities();
    void refusesAnExistingFile();

private:
    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;
    Snapshot m_snapshot;
};

void TestPathwayDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_first = m_dir.filePath(QStringLiteral("first.forlop"));
    m_second = m_dir.filePath(QStringLiteral("second.forlop"));
    auto first = DemoClinicGenerator::generate(options(m_first, 7));
    QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().message));
    QCOMPARE(first->patients, 30);
    auto second = DemoClinicGenerator::generate(options(m_second, 7));
    QVERIFY2(second.has_value(), qPrintable(second ? QString() : second.error().message));
    m_snapshot = snapshot(m_first);
}

void TestPathwayDemo::sameSeedSameClinic()
{
    const Snapshot other = snapshot(m_second);
    QCOMPARE(m_snapshot.patients.size(), 30);
    QCOMPARE(other.patients, m_snapshot.patients);
    QCOMPARE(QJsonDocument(other.counts.toJson()).toJson(), QJsonDocument(m_snapshot.counts.toJson()).toJson());
    QVERIFY(other.counts == m_snapshot.counts);
}

void TestPathwayDemo::differentSeedDifferentClinic()
{
    const QString path = m_dir.filePath(QStringLiteral("third.forlop"));
    QVERIFY(DemoClinicGenerator::generate(options(path, 8, 12)).has_value());
    const Snapshot third = snapshot(path);
    QCOMPARE(third.patients.size(), 12);
    QVERIFY(third.patients != m_snapshot.patients.mid(0, 12));
}

void TestPathwayDemo::everyRoleSignsIn()
{
    FixedClock clock(QDateTime(Today, QTime(17, 0), Qt::UTC));
    const struct
    {
        const char* name;
        Role role;
    } users[] = {{"admin", Role::Administrator},
                 {"leder", Role::UnitLeader},
                 {"sekretar", Role::Secretary},
                 {"psykolog1", Role::Clinician},
                 {"psykolog2", Role::Clinician}};
    for (const auto& user : users) {
        auto clinic = Clinic::open(m_first, QString::fromLatin1(user.name), DemoClinicGenerator::Password, clock);
        QVERIFY2(clinic.has_value(), user.name);
        QVERIFY((*clinic)->session().has(user.role));
        QCOMPARE((*clinic)->info().kind, ClinicKind::Demo);
        if (user.role == Role::Clinician || user.role == Role::UnitLeader) {
            QVERIFY((*clinic)->clinicalSecretKey() != nullptr);
        }
    }
    QVERIFY(!Clinic::open(m_first, QStringLiteral("psykolog1"), "wrong", clock).has_value());
}

void TestPathwayDemo::everyStateAndPlausibleData()
{
    const ClinicCounts& counts = m_snapshot.counts;
    QCOMPARE(counts.patients, std::int64_t(30));
    for (PatientState state : PatientStates::all()) {
        QVERIFY2(counts.patientsByState.value(state) > 0, qPrintable(PatientStates::id(state)));
    }
    QVERIFY(counts.referrals >= 28);
    QVERIFY(counts.referralsByChannel.size() >= 4);
    QVERIFY(counts.sessions > 100);
    QVERIFY(counts.sessionsByAttendance.value(SessionAttendance::Attended) > counts.sessions / 2);
    QVERIFY(counts.sessionsByAttendance.value(SessionAttendance::NoShow) > 0);
    QVERIFY(counts.signedNotes > 50);
    QVERIFY(counts.endedTreatments > 0);
    QVERIFY(counts.registryConsented > 0);
    std::int64_t deviations = 0;
    for (auto n : counts.deviations) {
        deviations += n;
    }
    QVERIFY(deviations > 0);
    QCOMPARE(counts.users, std::int64_t(5));

    // Waiting times from referral to the first offered appointment are weeks, not days or years.
    FixedClock clock(QDateTime(Today, QTime(17, 0), Qt::UTC));
    auto leader = Clinic::open(m_first, QStringLiteral("leder"), DemoClinicGenerator::Password, clock);
    QVERIFY(leader.has_value());
    auto waits = (*leader)->db().prepare(
        "SELECT julianday(first_offered_on) - julianday(received_on) FROM referral WHERE first_offered_on IS NOT NULL "
        "ORDER BY 1");
    QList<double> days;
    while (waits->step().value_or(false)) {
        days << waits->real(0);
    }
    QVERIFY(days.size() > 10);
    const double median = days.at(days.size() / 2);
    QVERIFY2(median >= 14 && median <= 120, qPrintable(QString::number(median)));
    // Nothing lies after the demo's today.
    QCOMPARE(*(*leader)->db().queryInt("SELECT count(*) FROM referral WHERE received_on > '2026-03-02'"),
             std::int64_t(0));
    QCOMPARE(*(*leader)->db().queryInt("SELECT count(*) FROM treatment_session WHERE starts_at > '2026-03-03'"),
             std::int64_t(0));
    // The audit trail is intact and in time order.
    QCOMPARE(*(*leader)->db().queryInt("SELECT count(*) FROM audit_log a JOIN audit_log b ON b.seq = a.seq + 1 "
                                       "WHERE b.at < a.at"),
             std::int64_t(0));
}

void TestPathwayDemo::onlySyntheticIdentities()
{
    int identified = 0;
    for (const QString& row : std::as_const(m_snapshot.patients)) {
        const QString id = row.section(QLatin1Char('|'), 4, 4);
        if (id.isEmpty()) {
            continue;
        }
        ++identified;
        auto parsed = NationalId::parse(id, ClinicKind::Demo);
        QVERIFY(parsed.has_value());
        QVERIFY(parsed->isSynthetic());
        QVERIFY(!NationalId::parse(id, ClinicKind::Production).has_value());
    }
    QVERIFY(identified > 20);
}

void TestPathwayDemo::refusesAnExistingFile()
{
    auto again = DemoClinicGenerator::generate(options(m_first, 7, 3));
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(DemoClinicGenerator::generate(options(m_dir.filePath(QStringLiteral("x.forlop")), 1, -1)).error().code,
             ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestPathwayDemo)
#include "tst_pathway_demo.moc"
