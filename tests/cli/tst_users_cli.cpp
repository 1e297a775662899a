// forlop-admin's user administration and audit commands, tested by running the real executable against test
// clinics (fast key derivation; users admin and leder, password "test").
#include "AdminProcess.h"
#include "TestClinic.h"
#include "audit/AuditLog.h"
#include "clinic/Clinic.h"
#include "pathway/PatientRegistry.h"
#include "security/Keyring.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace forlop;
using test::AdminOutcome;
using test::runAdminAs;

namespace {

constexpr auto Password = test::TestClinic::Password;

QStringList userAdd(const QString& name, const QString& roles, const QStringList& more = {})
{
    return QStringList{QStringLiteral("--name"), name, QStringLiteral("--role"), roles} + more;
}

QStringList named(const QString& name)
{
    return {QStringLiteral("--name"), name};
}

// user-list's row for one user, split into its columns (separated by two spaces or more); empty when absent.
QStringList listRow(const QString& listing, const QString& user)
{
    static const QRegularExpression separator(QStringLiteral(" {2,}"));
    for (const QString& line : listing.split(QLatin1Char('\n'))) {
        const QStringList columns = line.trimmed().split(separator);
        if (columns.constFirst() == user) {
            return columns;
        }
    }
    return {};
}

QString failureText(const AdminOutcome& run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out, run.err);
}

// The data lines of a CSV text (after the header), one per record; no field here holds a line break.
QStringList csvRecords(const QString& csv)
{
    QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (!lines.isEmpty()) {
        lines.removeFirst();
    }
    return lines;
}

std::int64_t patientAuditRows(test::TestClinic& clinic, std::int64_t patientId)
{
    auto leader = clinic.open(QStringLiteral("leder"));
    if (!leader) {
        return -1;
    }
    auto stmt = leader->db().prepare("SELECT count(*) FROM audit_log WHERE patient_id = ?1");
    if (!stmt) {
        return -1;
    }
    stmt->bind(1, patientId);
    auto row = stmt->step();
    return row && *row ? stmt->int64(0) : -1;
}

} // namespace

class TestUsersCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsTheCommands();
    void userAddRefusesBadInputAndChangesNothing();
    void addListGrantAndSignIn();
    void passwordChange();
    void deactivation();
    void auditVerifyDetectsAnEditedRow();
    void auditVerifyDetectsRowsCutFromTheEnd();
    void auditExportOfOnePatient();
};

void TestUsersCli::initTestCase()
{
    // The checks read English output (the tests run under LC_ALL=C.UTF-8, which forlop-admin takes for bokmål).
    // forlop-admin inherits this, and LANGUAGE=en beside a C locale makes it choose English.
    qputenv("LANGUAGE", "en");
}

void TestUsersCli::helpListsTheCommands()
{
    const AdminOutcome run = test::runAdmin({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const auto& command : {"user-add", "user-list", "user-deactivate", "user-passwd", "grant-clinical",
                                "audit-verify", "audit-export"}) {
        const QRegularExpression line(QStringLiteral("^  %1 +\\S").arg(QLatin1String(command)),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(run.out).hasMatch(), command);
        const AdminOutcome help = test::runAdmin({QLatin1String(command), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(
                     QStringLiteral("forlop-admin %1 DB --user USER --password-stdin").arg(QLatin1String(command))),
                 qPrintable(help.out));
    }
}

void TestUsersCli::userAddRefusesBadInputAndChangesNothing()
{
    test::TestClinic clinic;
    const std::size_t entriesBefore = Keyring::load(Keyring::pathFor(clinic.path())).value().entries.size();
    auto add = [&](const QStringList& options, const QList<QByteArray>& lines = {Password, "ny-bruker-passord"}) {
        return runAdminAs(QStringLiteral("user-add"), clinic.path(), QStringLiteral("admin"), lines, options);
    };

    const AdminOutcome noRole = add({QStringLiteral("--name"), QStringLiteral("kari")});
    QCOMPARE(noRole.exitCode, 2);
    QVERIFY(noRole.err.contains(QStringLiteral("--role")));

    for (const QString& roles : {QStringLiteral("doctor"), QStringLiteral("clinician,doctor"), QStringLiteral(",")}) {
        const AdminOutcome badRole = add(userAdd(QStringLiteral("kari"), roles));
        QVERIFY2(badRole.exitCode == 2, qPrintable(failureText(badRole)));
        // The message repeats what was typed and names the roles there are.
        QVERIFY2(badRole.err.contains(roles) && badRole.err.contains(QStringLiteral("unit_leader")),
                 qPrintable(badRole.err));
    }

    const AdminOutcome badProfession = add(userAdd(QStringLiteral("kari"), QStringLiteral("clinician"),
                                                   {QStringLiteral("--profession"), QStringLiteral("surgeon")}));
    QCOMPARE(badProfession.exitCode, 2);
    QVERIFY(badProfession.err.contains(QStringLiteral("psychologist")));

    // Core's rules: a clinician needs a profession, a user name its allowed characters, a new user a password.
    const AdminOutcome noProfession = add(userAdd(QStringLiteral("kari"), QStringLiteral("clinician")));
    QCOMPARE(noProfession.exitCode, 1);
    QVERIFY2(noProfession.err.contains(QStringLiteral("psychologist or a psychiatrist")), qPrintable(noProfession.err));
    const AdminOutcome badName = add(userAdd(QStringLiteral("kari nordmann"), QStringLiteral("secretary")));
    QCOMPARE(badName.exitCode, 1);
    QVERIFY(!badName.err.trimmed().isEmpty());
    const AdminOutcome noPassword = add(userAdd(QStringLiteral("kari"), QStringLiteral("secretary")), {Password});
    QCOMPARE(noPassword.exitCode, 2);

    // Only administrators create accounts.
    const AdminOutcome byLeader =
        runAdminAs(QStringLiteral("user-add"), clinic.path(), QStringLiteral("leder"), {Password, "ny-bruker-passord"},
                   userAdd(QStringLiteral("kari"), QStringLiteral("secretary")));
    QCOMPARE(byLeader.exitCode, 1);
    QVERIFY(!byLeader.err.trimmed().isEmpty());

    // Nobody was added: the key file has the same entries, and the list shows no such user.
    auto keyring = Keyring::load(Keyring::pathFor(clinic.path()));
    QVERIFY(keyring);
    QCOMPARE(keyring->entries.size(), entriesBefore);
    QVERIFY(!keyring->find(QStringLiteral("kari")));
    const AdminOutcome list =
        runAdminAs(QStringLiteral("user-list"), clinic.path(), QStringLiteral("admin"), {Password});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!listRow(list.out, QStringLiteral("admin")).isEmpty());
    QVERIFY(listRow(list.out, QStringLiteral("kari")).isEmpty());
}

void TestUsersCli::addListGrantAndSignIn()
{
    test::TestClinic clinic;
    struct NewStaff
    {
        QString name;
        QString roles;
        QStringList more;
        bool clinical;
    };
    const QList<NewStaff> staff{
        {QStringLiteral("sekretar"), QStringLiteral("secretary"), {}, false},
        {QStringLiteral("behandler"),
         QStringLiteral("clinician"),
         {QStringLiteral("--profession"), QStringLiteral("psychologist"), QStringLiteral("--hpr"),
          QStringLiteral("9144889"), QStringLiteral("--full-name"), QStringLiteral("Kari Testbehandler")},
         true},
        {QStringLiteral("leder2"), QStringLiteral("unit_leader"), {}, true},
        {QStringLiteral("admin2"), QStringLiteral("administrator"), {}, false},
        {QStringLiteral("lederbeh"),
         QStringLiteral("clinician,unit_leader"),
         {QStringLiteral("--profession"), QStringLiteral("psychiatrist")},
         true},
    };
    for (const NewStaff& person : staff) {
        const AdminOutcome add =
            runAdminAs(QStringLiteral("user-add"), clinic.path(), QStringLiteral("admin"),
                       {Password, person.name.toUtf8() + "-passord"}, userAdd(person.name, person.roles, person.more));
        QVERIFY2(add.exitCode == 0, qPrintable(failureText(add)));
        QVERIFY(add.out.contains(person.name));
        QCOMPARE(add.out.contains(QStringLiteral("waiting")), person.clinical);
        // The initial password is never echoed.
        QVERIFY(!add.out.contains(QStringLiteral("-passord")));
    }
    const AdminOutcome duplicate =
        runAdminAs(QStringLiteral("user-add"), clinic.path(), QStringLiteral("admin"), {Password, "x-passord"},
                   userAdd(QStringLiteral("sekretar"), QStringLiteral("administrator")));
    QCOMPARE(duplicate.exitCode, 1);

    auto listing = [&] {
        return runAdminAs(QStringLiteral("user-list"), clinic.path(), QStringLiteral("sekretar"), {"sekretar-passord"});
    };
    const AdminOutcome listedBefore = listing();
    QVERIFY2(listedBefore.exitCode == 0, qPrintable(failureText(listedBefore)));
    const QString before = listedBefore.out;
    // Name, full name, roles, status, clinical access.
    QCOMPARE(listRow(before, QStringLiteral("admin")).value(2), QStringLiteral("administrator"));
    QCOMPARE(listRow(before, QStringLiteral("admin")).value(4), QStringLiteral("—"));
    QCOMPARE(listRow(before, QStringLiteral("leder")).value(4), QStringLiteral("yes"));
    QCOMPARE(listRow(before, QStringLiteral("sekretar")).value(2), QStringLiteral("secretary"));
    QCOMPARE(listRow(before, QStringLiteral("sekretar")).value(3), QStringLiteral("active"));
    QCOMPARE(listRow(before, QStringLiteral("sekretar")).value(4), QStringLiteral("—"));
    QCOMPARE(listRow(before, QStringLiteral("behandler")),
             (QStringList{QStringLiteral("behandler"), QStringLiteral("Kari Testbehandler"),
                          QStringLiteral("clinician"), QStringLiteral("active"), QStringLiteral("waiting")}));
    QCOMPARE(listRow(before, QStringLiteral("leder2")).value(4), QStringLiteral("waiting"));
    QCOMPARE(listRow(before, QStringLiteral("admin2")).value(2), QStringLiteral("administrator"));
    QCOMPARE(listRow(before, QStringLiteral("lederbeh")).value(2), QStringLiteral("clinician,unit_leader"));

    // The new clinician signs in before being granted anything.
    const AdminOutcome check =
        runAdminAs(QStringLiteral("check"), clinic.path(), QStringLiteral("behandler"), {"behandler-passord"});
    QVERIFY2(check.exitCode == 0, qPrintable(failureText(check)));

    // The administrator holds no clinical key, so cannot grant it; nor can a unit leader still waiting for it.
    for (const QString& granter : {QStringLiteral("admin"), QStringLiteral("leder2")}) {
        const AdminOutcome refused =
            runAdminAs(QStringLiteral("grant-clinical"), clinic.path(), granter,
                       {granter == QLatin1String("admin") ? QByteArray(Password) : QByteArray("leder2-passord")},
                       named(QStringLiteral("behandler")));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!refused.err.trimmed().isEmpty());
    }
    QCOMPARE(listRow(listing().out, QStringLiteral("behandler")).value(4), QStringLiteral("waiting"));

    // A secretary is never given clinical access; an unknown name is an error.
    for (const QString& name : {QStringLiteral("sekretar"), QStringLiteral("finnesikke")}) {
        const AdminOutcome refused = runAdminAs(QStringLiteral("grant-clinical"), clinic.path(),
                                                QStringLiteral("leder"), {Password}, named(name));
        QCOMPARE(refused.exitCode, 1);
    }

    const AdminOutcome grant = runAdminAs(QStringLiteral("grant-clinical"), clinic.path(), QStringLiteral("leder"),
                                          {Password}, named(QStringLiteral("behandler")));
    QVERIFY2(grant.exitCode == 0, qPrintable(failureText(grant)));
    QVERIFY(grant.out.contains(QStringLiteral("behandler")));
    const QString after = listing().out;
    QCOMPARE(listRow(after, QStringLiteral("behandler")).value(4), QStringLiteral("yes"));
    QCOMPARE(listRow(after, QStringLiteral("leder2")).value(4), QStringLiteral("waiting"));
    QCOMPARE(listRow(after, QStringLiteral("sekretar")).value(4), QStringLiteral("—"));

    // The grant is real: the clinician's next session holds the clinical key.
    auto clinician = clinic.open(QStringLiteral("behandler"), "behandler-passord");
    QVERIFY(clinician);
    QVERIFY(clinician->clinicalSecretKey() != nullptr);
}

void TestUsersCli::passwordChange()
{
    test::TestClinic clinic;
    auto check = [&](const QByteArray& password) {
        return runAdminAs(QStringLiteral("check"), clinic.path(), QStringLiteral("leder"), {password}).exitCode;
    };
    // Without the new password on line 2 nothing changes.
    const AdminOutcome missing =
        runAdminAs(QStringLiteral("user-passwd"), clinic.path(), QStringLiteral("leder"), {Password});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(check(Password), 0);

    const AdminOutcome change = runAdminAs(QStringLiteral("user-passwd"), clinic.path(), QStringLiteral("leder"),
                                           {Password, "nytt leder-passord"});
    QVERIFY2(change.exitCode == 0, qPrintable(failureText(change)));
    QVERIFY(!change.out.contains(QStringLiteral("nytt leder-passord")));
    QCOMPARE(check(Password), 3);
    QCOMPARE(check("nytt leder-passord"), 0);
    // Only the leader's own entry was re-wrapped.
    QCOMPARE(runAdminAs(QStringLiteral("check"), clinic.path(), QStringLiteral("admin"), {Password}).exitCode, 0);
    // The leader still holds the clinical key under the new password.
    auto leader = clinic.open(QStringLiteral("leder"), "nytt leder-passord");
    QVERIFY(leader);
    QVERIFY(leader->clinicalSecretKey() != nullptr);
}

void TestUsersCli::deactivation()
{
    test::TestClinic clinic;
    const AdminOutcome add =
        runAdminAs(QStringLiteral("user-add"), clinic.path(), QStringLiteral("admin"), {Password, "sekretar-passord"},
                   userAdd(QStringLiteral("sekretar"), QStringLiteral("secretary")));
    QVERIFY2(add.exitCode == 0, qPrintable(failureText(add)));
    QCOMPARE(
        runAdminAs(QStringLiteral("check"), clinic.path(), QStringLiteral("sekretar"), {"sekretar-passord"}).exitCode,
        0);
    SecretBytes oldKey;
    {
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        oldKey = admin->databaseKey().clone();
    }

    // Refused: by a unit leader, of oneself, of nobody.
    QCOMPARE(runAdminAs(QStringLiteral("user-deactivate"), clinic.path(), QStringLiteral("leder"), {Password},
                        named(QStringLiteral("sekretar")))
                 .exitCode,
             1);
    QCOMPARE(runAdminAs(QStringLiteral("user-deactivate"), clinic.path(), QStringLiteral("admin"), {Password},
                        named(QStringLiteral("admin")))
                 .exitCode,
             1);
    QCOMPARE(runAdminAs(QStringLiteral("user-deactivate"), clinic.path(), QStringLiteral("admin"), {Password},
                        named(QStringLiteral("finnesikke")))
                 .exitCode,
             1);

    const AdminOutcome deactivate = runAdminAs(QStringLiteral("user-deactivate"), clinic.path(),
                                               QStringLiteral("admin"), {Password}, named(QStringLiteral("sekretar")));
    QVERIFY2(deactivate.exitCode == 0, qPrintable(failureText(deactivate)));
    QCOMPARE(
        runAdminAs(QStringLiteral("check"), clinic.path(), QStringLiteral("sekretar"), {"sekretar-passord"}).exitCode,
        3);
    for (const QString& user : {QStringLiteral("admin"), QStringLiteral("leder")}) {
        const AdminOutcome check = runAdminAs(QStringLiteral("check"), clinic.path(), user, {Password});
        QVERIFY2(check.exitCode == 0, qPrintable(failureText(check)));
    }
    // The database key was rotated: the key every user had before opens nothing.
    QVERIFY(!Database::open(clinic.path(), oldKey));
    const AdminOutcome list =
        runAdminAs(QStringLiteral("user-list"), clinic.path(), QStringLiteral("admin"), {Password});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(listRow(list.out, QStringLiteral("sekretar")).value(3), QStringLiteral("deactivated"));
}

void TestUsersCli::auditVerifyDetectsAnEditedRow()
{
    test::TestClinic clinic;
    auto verify = [&](const QString& user) {
        return runAdminAs(QStringLiteral("audit-verify"), clinic.path(), user, {Password});
    };
    for (const QString& user : {QStringLiteral("admin"), QStringLiteral("leder")}) {
        const AdminOutcome intact = verify(user);
        QVERIFY2(intact.exitCode == 0, qPrintable(failureText(intact)));
        QVERIFY(intact.out.contains(QStringLiteral("intact")));
    }
    // Secretaries and clinicians do not review the log.
    const AdminOutcome add =
        runAdminAs(QStringLiteral("user-add"), clinic.path(), QStringLiteral("admin"), {Password, Password},
                   userAdd(QStringLiteral("sekretar"), QStringLiteral("secretary")));
    QCOMPARE(add.exitCode, 0);
    QCOMPARE(verify(QStringLiteral("sekretar")).exitCode, 1);

    {
        // An insider with the key and a SQL tool: no authorizer, triggers dropped.
        SecretBytes key;
        {
            auto leader = clinic.open(QStringLiteral("leder"));
            QVERIFY(leader);
            key = leader->databaseKey().clone();
        }
        auto raw = Database::open(clinic.path(), key);
        QVERIFY(raw);
        QVERIFY(raw->queryInt("SELECT count(*) FROM audit_log").value() > 3);
        QVERIFY(raw->exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"));
        QVERIFY(raw->exec("UPDATE audit_log SET user_name = 'leder' WHERE seq = 3"));
        QCOMPARE(raw->changes(), 1);
    }
    const AdminOutcome broken = verify(QStringLiteral("admin"));
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(QRegularExpression(QStringLiteral("\\b3\\b"))), qPrintable(broken.err));
    QVERIFY(!broken.out.contains(QStringLiteral("intact")));
    // It stays broken: the failed check wrote nothing that could paper over it.
    QCOMPARE(verify(QStringLiteral("leder")).exitCode, 1);
}

void TestUsersCli::auditVerifyDetectsRowsCutFromTheEnd()
{
    test::TestClinic clinic;
    std::int64_t head = 0;
    {
        SecretBytes key;
        {
            auto leader = clinic.open(QStringLiteral("leder"));
            QVERIFY(leader);
            key = leader->databaseKey().clone();
        }
        // Closing the session anchored the head in the key file; the last rows go, the key file stays.
        auto raw = Database::open(clinic.path(), key);
        QVERIFY(raw);
        head = raw->queryInt("SELECT max(seq) FROM audit_log").value();
        QVERIFY(raw->exec("DROP TRIGGER audit_log_no_delete;"));
        QVERIFY(raw->exec("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log)"));
        QCOMPARE(raw->changes(), 2);
        const auto keyring = Keyring::load(Keyring::pathFor(clinic.path()));
        QVERIFY(keyring);
        QCOMPARE(keyring->auditAnchorSeq, head);
    }
    // The sign-in appends fresh rows where the removed ones were, and re-anchors the key file: only the anchor
    // as it was before signing in shows the cut.
    const AdminOutcome broken =
        runAdminAs(QStringLiteral("audit-verify"), clinic.path(), QStringLiteral("admin"), {Password});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(QString::number(head - 1)) || broken.err.contains(QString::number(head)),
             qPrintable(broken.err));
}

void TestUsersCli::auditExportOfOnePatient()
{
    test::TestClinic clinic;
    RegisteredPatient first;
    RegisteredPatient second;
    {
        auto leader = clinic.open(QStringLiteral("leder"));
        QVERIFY(leader);
        auto registered = PatientRegistry::registerEnquiry(*leader, PatientIdentity{});
        QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message));
        first = *registered;
        registered = PatientRegistry::registerEnquiry(*leader, PatientIdentity{});
        QVERIFY(registered);
        second = *registered;
        // More rows for the first patient, and one for the second after them.
        QVERIFY(PatientRegistry::get(*leader, first.patientId));
        QVERIFY(PatientRegistry::get(*leader, first.patientId));
        QVERIFY(PatientRegistry::get(*leader, second.patientId));
    }
    QVERIFY(first.patientId != second.patientId);
    const std::int64_t firstRows = patientAuditRows(clinic, first.patientId);
    QVERIFY(firstRows >= 3);
    QVERIFY(patientAuditRows(clinic, second.patientId) >= 2);

    auto exportLog = [&](const QString& user, const QString& patient, const QStringList& more = {}) {
        return runAdminAs(QStringLiteral("audit-export"), clinic.path(), user, {Password},
                          QStringList{QStringLiteral("--patient"), patient} + more);
    };
    const QString header = QStringLiteral("Time,Who,Role,What,Basis,Reason");

    // By pseudonym: the header, then one record per audit row of that patient, none of the other's.
    const AdminOutcome byPseudonym = exportLog(QStringLiteral("leder"), first.pseudonym);
    QVERIFY2(byPseudonym.exitCode == 0, qPrintable(failureText(byPseudonym)));
    QVERIFY2(byPseudonym.out.startsWith(header + QStringLiteral("\r\n")), qPrintable(byPseudonym.out));
    QCOMPARE(csvRecords(byPseudonym.out).size(), firstRows);
    QVERIFY(!byPseudonym.out.contains(second.pseudonym));

    // The export is itself in the patient's log, so the next one has one record more.
    const AdminOutcome byNumber = exportLog(QStringLiteral("leder"), QString::number(first.patientId));
    QVERIFY2(byNumber.exitCode == 0, qPrintable(failureText(byNumber)));
    QCOMPARE(csvRecords(byNumber.out).size(), firstRows + 1);
    QVERIFY(byNumber.out.startsWith(byPseudonym.out));
    const AdminOutcome other = exportLog(QStringLiteral("leder"), second.pseudonym.toLower());
    QVERIFY2(other.exitCode == 0, qPrintable(failureText(other)));
    QCOMPARE(csvRecords(other.out).size(), patientAuditRows(clinic, second.patientId) - 1);

    // To a file: written whole, and only the confirmation on standard output.
    const QString file = QDir(clinic.dir()).filePath(QStringLiteral("tilgangslogg.csv"));
    const AdminOutcome toFile = exportLog(QStringLiteral("leder"), first.pseudonym, {QStringLiteral("--output"), file});
    QVERIFY2(toFile.exitCode == 0, qPrintable(failureText(toFile)));
    const QString written = QString::fromUtf8(test::readAll(file));
    QVERIFY(written.startsWith(header + QStringLiteral("\r\n")));
    QCOMPARE(csvRecords(written).size(), firstRows + 2);
    QVERIFY(!toFile.out.contains(header));

    // Refused: administrators see no patient data; unknown patients; an unwritable file (nothing is left behind).
    const AdminOutcome byAdmin = exportLog(QStringLiteral("admin"), first.pseudonym);
    QCOMPARE(byAdmin.exitCode, 1);
    QVERIFY(byAdmin.out.isEmpty());
    QCOMPARE(exportLog(QStringLiteral("leder"), QStringLiteral("P-1999-0001")).exitCode, 1);
    QCOMPARE(exportLog(QStringLiteral("leder"), QStringLiteral("987654")).exitCode, 1);
    const QString unwritable = QDir(clinic.dir()).filePath(QStringLiteral("finnesikke/logg.csv"));
    QCOMPARE(exportLog(QStringLiteral("leder"), first.pseudonym, {QStringLiteral("--output"), unwritable}).exitCode, 1);
    QVERIFY(!QFile::exists(unwritable));
    QCOMPARE(patientAuditRows(clinic, first.patientId), firstRows + 3);
}

QTEST_GUILESS_MAIN(TestUsersCli)
#include "tst_users_cli.moc"
