#include "TestClinic.h"
#include "TestStaff.h"
#include "accounts/UserAdmin.h"
#include "accounts/UserStore.h"
#include "audit/AuditLog.h"
#include "security/ClinicalCipher.h"
#include "security/LoginThrottle.h"

#include <QFile>

#include <sodium.h>

#include <QTest>

using namespace forlop;
using namespace forlop::test;

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adminCreatesUsersWithRoles()
    {
        TestClinic clinic;
        QVERIFY(addStaff(clinic, QStringLiteral("psykolog1"), Role::Clinician) > 0);
        QVERIFY(addStaff(clinic, QStringLiteral("sekretar"), Role::Secretary) > 0);
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        auto users = UserAdmin::list(*admin);
        QVERIFY(users);
        QCOMPARE(users->size(), 4);
        for (const UserSummary& summary : *users) {
            if (summary.user.name == QLatin1String("psykolog1")) {
                QVERIFY(summary.holdsClinicalKey);
                QCOMPARE(summary.user.profession, Profession::Psychologist);
            }
            if (summary.user.name == QLatin1String("sekretar")) {
                QVERIFY(!summary.holdsClinicalKey);
                QVERIFY(!summary.awaitingClinicalAccess);
            }
        }
        auto clinician = clinic.open(QStringLiteral("psykolog1"));
        QVERIFY(clinician);
        QVERIFY(clinician->session().has(Role::Clinician));
        QVERIFY(clinician->clinicalSecretKey());
    }

    void onlyAdministratorsManageUsers()
    {
        TestClinic clinic;
        auto leader = clinic.open(QStringLiteral("leder"));
        QVERIFY(leader);
        NewUser request{QStringLiteral("ny"), {}, Role::Secretary, Profession::None, {}, "test"};
        auto added = UserAdmin::add(*leader, request);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::PermissionDenied);
        auto users = UserAdmin::list(*leader);
        QVERIFY(users);
        QCOMPARE(users->size(), 2);
    }

    void badAccountInputIsRefused()
    {
        TestClinic clinic;
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin);
        auto count = [&] { return admin->db().queryInt("SELECT count(*) FROM user").value(); };
        const auto before = count();
        QCOMPARE(UserAdmin::add(*admin, {QStringLiteral("a b"), {}, Role::Secretary, {}, {}, "test"}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(UserAdmin::add(*admin, {QStringLiteral("x1"), {}, Roles(), {}, {}, "test"}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(UserAdmin::add(*admin, {QStringLiteral("x2"), {}, Role::Clinician, {}, {}, "test"}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(UserAdmin::add(*admin, {QStringLiteral("leder"), {}, Role::Secretary, {}, {}, "test"}).error().code,
                 ErrorCode::Conflict);
        QCOMPARE(count(), before);
    }

    void newClinicianWaitsForClinicalAccess()
    {
        TestClinic clinic;
        QVERIFY(addStaff(clinic, QStringLiteral("psykolog2"), Role::Clinician, false) > 0);
        {
            auto clinician = clinic.open(QStringLiteral("psykolog2"));
            QVERIFY(clinician);
            QVERIFY(!clinician->clinicalSecretKey());
            QVERIFY(!clinician->session().holdsClinicalKey);
            auto admin = clinic.open(QStringLiteral("admin"));
            auto users = UserAdmin::list(*admin);
            QVERIFY(users);
            QVERIFY(std::any_of(users->begin(), users->end(), [](const UserSummary& s) {
                return s.user.name == QLatin1String("psykolog2") && s.awaitingClinicalAccess;
            }));
            // An administrator holds no clinical key and cannot grant it.
            QCOMPARE(UserAdmin::grantClinicalKey(*admin, QStringLiteral("psykolog2")).error().code,
                     ErrorCode::PermissionDenied);
        }
        auto leader = clinic.open(QStringLiteral("leder"));
        QVERIFY(UserAdmin::grantClinicalKey(*leader, QStringLiteral("psykolog2")));
        auto granted = leader->db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'user.grant_clinical'");
        QCOMPARE(granted.value(), 1);
        leader.reset();
        auto clinician = clinic.open(QStringLiteral("psykolog2"));
        QVERIFY(clinician->clinicalSecretKey());
    }

    void secretaryCannotReadClinicalText()
    {
        TestClinic clinic;
        QVERIFY(addStaff(clinic, QStringLiteral("sekretar"), Role::Secretary) > 0);
        QVERIFY(addStaff(clinic, QStringLiteral("psykolog1"), Role::Clinician) > 0);
        QByteArray sealed;
        {
            auto secretary = clinic.open(QStringLiteral("sekretar"));
            QVERIFY(secretary);
            QVERIFY(!secretary->clinicalSecretKey());
            // She can write an intake reason for the clinicians ...
            sealed = ClinicalCipher::seal(*secretary, QStringLiteral("Ønsker samtale om bekymring"));
            QVERIFY(!sealed.contains("bekymring"));
            // ... but cannot read it back, not even with the storage-level cipher.
            auto readBack = ClinicalCipher::open(*secretary, sealed);
            QVERIFY(!readBack);
            QCOMPARE(readBack.error().code, ErrorCode::PermissionDenied);
            QVERIFY(!secretary->keyring().find(QStringLiteral("sekretar"))->holdsClinicalKey());
        }
        auto clinician = clinic.open(QStringLiteral("psykolog1"));
        auto text = ClinicalCipher::open(*clinician, sealed);
        QVERIFY(text);
        QCOMPARE(*text, QStringLiteral("Ønsker samtale om bekymring"));
    }

    void authorizerDeniesClinicalColumnsAndAuditChanges()
    {
        TestClinic clinic;
        auto admin = clinic.open(QStringLiteral("admin"));
        QVERIFY(admin->db().exec("CREATE TABLE scratch (id INTEGER PRIMARY KEY, body BLOB, plain TEXT)"));
        QVERIFY(admin->db().exec("INSERT INTO scratch VALUES (1, x'00', 'ok')"));
        admin->db().setAccessRules({{QStringLiteral("scratch.body")}, {QStringLiteral("audit_log")}});
        QVERIFY(!admin->db().prepare("SELECT body FROM scratch"));
        QVERIFY(!admin->db().prepare("SELECT * FROM scratch"));
        QVERIFY(admin->db().prepare("SELECT plain FROM scratch"));
        QVERIFY(!admin->db().prepare("UPDATE audit_log SET action = 'x'"));
        QVERIFY(!admin->db().prepare("DELETE FROM audit_log"));
    }

    void passwordChangeRewrapsOnlyThatUser()
    {
        TestClinic clinic;
        const QByteArray otherBefore = clinic.open(QStringLiteral("admin"))->keyring().find(QStringLiteral("admin"))->wrappedSecretKey;
        {
            auto leader = clinic.open(QStringLiteral("leder"));
            QVERIFY(UserAdmin::changeOwnPassword(*leader, "nytt-passord"));
        }
        QVERIFY(!clinic.open(QStringLiteral("leder"), "test"));
        auto leader = clinic.open(QStringLiteral("leder"), "nytt-passord");
        QVERIFY(leader);
        QVERIFY(leader->clinicalSecretKey()); // the sealed clinical key still opens
        QCOMPARE(leader->keyring().find(QStringLiteral("admin"))->wrappedSecretKey, otherBefore);
    }

    void deactivationRotatesTheDatabaseKey()
    {
        TestClinic clinic;
        QVERIFY(addStaff(clinic, QStringLiteral("sekretar"), Role::Secretary) > 0);
        SecretBytes oldKey;
        std::int64_t auditRows = 0;
        {
            auto admin = clinic.open(QStringLiteral("admin"));
            oldKey = admin->databaseKey().clone();
            QVERIFY(UserAdmin::deactivate(*admin, QStringLiteral("sekretar")));
            QVERIFY(admin->databaseKey().size() == oldKey.size());
            QVERIFY(sodium_memcmp(admin->databaseKey().data(), oldKey.data(), oldKey.size()) != 0);
            // The session keeps working on the re-keyed file.
            auto users = UserAdmin::list(*admin);
            QVERIFY(users);
            auditRows = admin->db().queryInt("SELECT count(*) FROM audit_log").value();
            QVERIFY(auditRows > 0);
        }
        auto withOldKey = Database::open(clinic.path(), oldKey);
        QVERIFY(!withOldKey);
        QCOMPARE(withOldKey.error().code, ErrorCode::Damaged);
        QVERIFY(!clinic.open(QStringLiteral("sekretar")));
        auto leader = clinic.open(QStringLiteral("leder"));
        QVERIFY(leader);
        QVERIFY(leader->db().queryInt("SELECT count(*) FROM audit_log").value() > auditRows);
        auto user = UserStore::findByName(leader->db(), QStringLiteral("sekretar"));
        QVERIFY(user && *user);
        QVERIFY(!(*user)->active); // kept, never deleted
        QVERIFY(!QFile::exists(clinic.path() + QStringLiteral(".keyring.next")));
        QVERIFY(!QFile::exists(clinic.path() + QStringLiteral(".rotating")));
        auto verified = AuditLog::verify(leader->db(), leader->keyring().auditAnchorSeq,
                                         leader->keyring().auditAnchorHash);
        QVERIFY(verified && verified->intact);
    }

    void lastAdministratorAndSelfStayActive()
    {
        TestClinic clinic;
        auto admin = clinic.open(QStringLiteral("admin"));
        QCOMPARE(UserAdmin::deactivate(*admin, QStringLiteral("admin")).error().code, ErrorCode::InvalidInput);
    }

    void resetPasswordNeedsNewGrant()
    {
        TestClinic clinic;
        QVERIFY(addStaff(clinic, QStringLiteral("psykolog1"), Role::Clinician) > 0);
        {
            auto admin = clinic.open(QStringLiteral("admin"));
            QVERIFY(UserAdmin::resetPassword(*admin, QStringLiteral("psykolog1"), "midlertidig"));
        }
        auto clinician = clinic.open(QStringLiteral("psykolog1"), "midlertidig");
        QVERIFY(clinician);
        QVERIFY(!clinician->clinicalSecretKey());
    }

    void recoveryKeyRestoresAccess()
    {
        TestClinic clinic(false); // no unit leader: only the recovery key holds the clinical key
        QString typed = clinic.recoveryKey().toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        auto recovery = Clinic::openWithRecoveryKey(clinic.path(), typed, clinic.clock());
        QVERIFY2(recovery, recovery ? "" : qPrintable(recovery.error().message));
        QVERIFY((*recovery)->clinicalSecretKey());
        NewUser leader{QStringLiteral("nyleder"), {}, Role::UnitLeader, {}, {}, "test"};
        QVERIFY(UserAdmin::add(**recovery, leader));
        QVERIFY(UserAdmin::grantClinicalKey(**recovery, QStringLiteral("nyleder")));
        QVERIFY(UserAdmin::resetPassword(**recovery, QStringLiteral("admin"), "glemt-passord"));
        recovery->reset();
        auto newLeader = clinic.open(QStringLiteral("nyleder"));
        QVERIFY(newLeader && newLeader->clinicalSecretKey());
        QVERIFY(clinic.open(QStringLiteral("admin"), "glemt-passord"));
        QVERIFY(!Clinic::openWithRecoveryKey(clinic.path(), QStringLiteral("AAAAA-BBBBB"), clinic.clock()));
    }

    void lockoutDelayAfterFiveFailures()
    {
        TestClinic clinic;
        for (int i = 0; i < LoginThrottle::FreeAttempts; ++i) {
            auto attempt = Clinic::open(clinic.path(), QStringLiteral("leder"), "feil", clinic.clock());
            QCOMPARE(attempt.error().code, ErrorCode::AuthenticationFailed);
        }
        auto blocked = Clinic::open(clinic.path(), QStringLiteral("leder"), "test", clinic.clock());
        QVERIFY(!blocked);
        QVERIFY(blocked.error().message.contains(QLatin1String("30")));
        clinic.clock().advanceSeconds(31);
        auto allowed = Clinic::open(clinic.path(), QStringLiteral("leder"), "test", clinic.clock());
        QVERIFY2(allowed, allowed ? "" : qPrintable(allowed.error().message));
        // The failures are in the audit trail once someone signs in.
        auto failures = (*allowed)->db().queryInt(
            "SELECT count(*) FROM audit_log WHERE action = 'login.failed' AND user_name = 'leder'");
        QCOMPARE(failures.value(), qint64(LoginThrottle::FreeAttempts));
        QCOMPARE(LoginThrottle::delayAfter(6).count(), 60);
        QCOMPARE(LoginThrottle::delayAfter(40).count(), 15 * 60);
    }

    void noUserNameEnumeration()
    {
        TestClinic clinic;
        auto unknown = Clinic::open(clinic.path(), QStringLiteral("finnesikke"), "test", clinic.clock());
        auto wrong = Clinic::open(clinic.path(), QStringLiteral("leder"), "feil", clinic.clock());
        QCOMPARE(unknown.error().code, ErrorCode::AuthenticationFailed);
        QCOMPARE(unknown.error().message, wrong.error().message);
        // Unknown names are throttled exactly like real ones.
        for (int i = 1; i < LoginThrottle::FreeAttempts; ++i) {
            (void)Clinic::open(clinic.path(), QStringLiteral("finnesikke"), "x", clinic.clock());
            (void)Clinic::open(clinic.path(), QStringLiteral("leder"), "x", clinic.clock());
        }
        auto unknownBlocked = Clinic::open(clinic.path(), QStringLiteral("finnesikke"), "test", clinic.clock());
        auto realBlocked = Clinic::open(clinic.path(), QStringLiteral("leder"), "x", clinic.clock());
        QCOMPARE(unknownBlocked.error().message, realBlocked.error().message);
        // The key file names no one who tried.
        QVERIFY(!readAll(Keyring::pathFor(clinic.path())).contains("finnesikke"));
    }

    void auditTamperingIsDetectedAndNamed_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("edited") << QStringLiteral("UPDATE audit_log SET action = 'x' WHERE seq = 3") << qint64(3);
        QTest::newRow("deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq = 3") << qint64(3);
        QTest::newRow("inserted")
            << QStringLiteral("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 3; "
                              "INSERT INTO audit_log SELECT 3, at, user_id, user_name, role, 'forged', patient_id, "
                              "object_type, object_id, basis, reason, outcome, hash FROM audit_log WHERE seq = 2; "
                              "UPDATE audit_log SET seq = seq - 999 WHERE seq > 1000")
            << qint64(3);
        QTest::newRow("truncated") << QStringLiteral("DELETE FROM audit_log WHERE seq > 4") << qint64(5);
    }

    void auditTamperingIsDetectedAndNamed()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, firstBad);
        TestClinic clinic;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(clinic.open(QStringLiteral("leder")));
        }
        SecretBytes key;
        Keyring keyring;
        {
            auto leader = clinic.open(QStringLiteral("leder"));
            key = leader->databaseKey().clone();
        }
        keyring = Keyring::load(Keyring::pathFor(clinic.path())).value();
        {
            // An insider with the key and a SQL tool: no authorizer, triggers dropped.
            auto raw = Database::open(clinic.path(), key);
            QVERIFY(raw);
            auto intact = AuditLog::verify(*raw, keyring.auditAnchorSeq, keyring.auditAnchorHash);
            QVERIFY2(intact && intact->intact, intact ? qPrintable(intact->problem) : "error");
            QVERIFY(intact->rows >= 8);
            QVERIFY(raw->exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"));
            QVERIFY(raw->exec(tamper.toUtf8().constData()));
            auto result = AuditLog::verify(*raw, keyring.auditAnchorSeq, keyring.auditAnchorHash);
            QVERIFY(result);
            QVERIFY(!result->intact);
            QCOMPARE(result->firstBadSeq, firstBad);
            QVERIFY(result->problem.contains(QString::number(firstBad)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
