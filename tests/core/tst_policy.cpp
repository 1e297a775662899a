// The role × operation matrix: every permission for every role, allowed and denied, written out here
// independently of Policy.cpp so a change to the policy table must be made twice on purpose.
#include "access/Policy.h"
#include "access/Session.h"

#include <QTest>

using namespace forlop;

Q_DECLARE_METATYPE(forlop::Permission)

namespace {

// Columns: secretary, clinician (with clinical key), clinician waiting for the key, unit leader, administrator.
struct Row
{
    Permission permission;
    const char* name;
    bool secretary, clinician, clinicianWaiting, leader, admin;
};

const Row Matrix[] = {
    {Permission::ManageUsers, "ManageUsers", false, false, false, false, true},
    {Permission::GrantClinicalKey, "GrantClinicalKey", false, false, false, true, false},
    {Permission::RotateDatabaseKey, "RotateDatabaseKey", false, false, false, false, true},
    {Permission::RotateClinicalKey, "RotateClinicalKey", false, false, false, true, false},
    {Permission::ManageSettings, "ManageSettings", false, false, false, false, true},
    {Permission::Backup, "Backup", false, false, false, true, true},
    {Permission::VerifyAudit, "VerifyAudit", false, false, false, true, true},
    {Permission::ReviewAuditLog, "ReviewAuditLog", false, false, false, true, false},
    {Permission::ExportPatientAccessLog, "ExportPatientAccessLog", false, false, false, true, false},
    {Permission::RegisterContact, "RegisterContact", true, true, true, true, false},
    {Permission::ViewAdministrative, "ViewAdministrative", true, true, true, true, false},
    {Permission::EditIdentity, "EditIdentity", true, true, true, true, false},
    {Permission::ManageAppointments, "ManageAppointments", true, true, true, true, false},
    {Permission::ViewWaitingList, "ViewWaitingList", true, true, true, true, false},
    {Permission::PrintLetters, "PrintLetters", true, true, true, true, false},
    {Permission::ImportReferrals, "ImportReferrals", true, false, false, true, false},
    {Permission::AllocateReferral, "AllocateReferral", false, false, false, true, false},
    {Permission::ViewStatistics, "ViewStatistics", false, false, false, true, true},
    {Permission::ViewClinical, "ViewClinical", false, true, false, true, false},
    {Permission::WriteClinical, "WriteClinical", false, true, false, false, false},
    {Permission::SignClinical, "SignClinical", false, true, false, false, false},
    {Permission::EmergencyAccess, "EmergencyAccess", false, true, false, false, false},
    {Permission::DecideDeletionRequest, "DecideDeletionRequest", false, false, false, true, false},
    {Permission::ViewReports, "ViewReports", false, false, false, true, false},
    {Permission::ExportRegistry, "ExportRegistry", false, false, false, true, false},
    {Permission::ExportNationalStatistics, "ExportNationalStatistics", false, false, false, true, false},
    {Permission::ManageCatalogues, "ManageCatalogues", false, false, false, true, false},
};

Session sessionFor(Roles roles, bool clinicalKey)
{
    Session session;
    session.userId = 1;
    session.userName = QStringLiteral("someone");
    session.roles = roles;
    session.holdsClinicalKey = clinicalKey;
    return session;
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<int>("roles");
        QTest::addColumn<bool>("clinicalKey");
        QTest::addColumn<bool>("allowed");
        for (const Row& row : Matrix) {
            const auto add = [&](const char* who, Roles roles, bool key, bool allowed) {
                QTest::addRow("%s/%s/%s", row.name, who, allowed ? "allowed" : "denied")
                    << row.permission << int(roles) << key << allowed;
            };
            add("secretary", Role::Secretary, false, row.secretary);
            add("clinician", Role::Clinician, true, row.clinician);
            add("clinician-waiting", Role::Clinician, false, row.clinicianWaiting);
            add("unit_leader", Role::UnitLeader, true, row.leader);
            add("administrator", Role::Administrator, false, row.admin);
        }
    }

    void matrix()
    {
        QFETCH(Permission, permission);
        QFETCH(int, roles);
        QFETCH(bool, clinicalKey);
        QFETCH(bool, allowed);
        const Session session = sessionFor(Roles::fromInt(roles), clinicalKey);
        QCOMPARE(Policy::allows(session, permission), allowed);
        auto status = Policy::require(session, permission);
        QCOMPARE(status.has_value(), allowed);
        if (!allowed) {
            QCOMPARE(status.error().code, ErrorCode::PermissionDenied);
            QVERIFY(!status.error().message.isEmpty());
        }
    }

    void everyPermissionIsInTheMatrix()
    {
        // Permission is a contiguous enum from ManageUsers to ManageCatalogues.
        const int count = int(Permission::ManageCatalogues) + 1;
        QCOMPARE(int(std::size(Matrix)), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(int(Matrix[i].permission), i);
        }
    }

    void severalRolesCombine()
    {
        // A unit leader who also treats patients may both allocate and write notes.
        const Session both = sessionFor(Roles(Role::UnitLeader) | Role::Clinician, true);
        QVERIFY(Policy::allows(both, Permission::AllocateReferral));
        QVERIFY(Policy::allows(both, Permission::SignClinical));
        QVERIFY(!Policy::allows(both, Permission::ManageUsers));
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
