// The overview page tells each role what it can see; a clinician without the clinical key is told to wait.
#include "Screenshots.h"

#include "access/Session.h"
#include "clinic/ClinicInfo.h"
#include "shell/OverviewPage.h"

#include <QFrame>
#include <QLabel>
#include <QTest>

using namespace forlop;

class TestOverviewPage : public QObject
{
    Q_OBJECT

private:
    static ClinicInfo clinic(ClinicKind kind = ClinicKind::Production)
    {
        return ClinicInfo{QStringLiteral("00000000-0000-0000-0000-000000000001"), QStringLiteral("Klinikk Sør"),
                          QStringLiteral("Kristiansand"), kind};
    }
    static Session session(Roles roles, bool holdsClinicalKey)
    {
        return Session{7, QStringLiteral("per.klin"), QStringLiteral("Per Klinikersen"), roles, holdsClinicalKey};
    }
    static QString text(QWidget& page, const char* name)
    {
        auto* label = page.findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
    }

private Q_SLOTS:
    void clinicianWithoutKeyWaits()
    {
        OverviewPage page(clinic(), session(Role::Clinician, false));
        page.resize(800, 500);
        page.show();
        QCOMPARE(OverviewPage::clinicalAccess(session(Role::Clinician, false)), OverviewPage::ClinicalAccess::Waiting);
        QCOMPARE(text(page, "clinicNameLabel"), QStringLiteral("Klinikk Sør"));
        QCOMPARE(text(page, "userLabel"), QStringLiteral("Per Klinikersen (per.klin)"));
        QCOMPARE(text(page, "rolesLabel"), QStringLiteral("Clinician"));
        QCOMPARE(text(page, "clinicalAccessLabel"), QStringLiteral("Waiting for access to clinical records."));
        auto* notice = page.findChild<QFrame*>(QStringLiteral("waitingNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY(!page.findChild<QFrame*>(QStringLiteral("demoNotice")));
        QVERIFY(test::saveScreenshot(&page, QStringLiteral("20-overview-waiting-clinician")));
    }

    void holdersAndOtherRoles_data()
    {
        QTest::addColumn<int>("roles");
        QTest::addColumn<bool>("holdsKey");
        QTest::addColumn<int>("access");
        using Access = OverviewPage::ClinicalAccess;
        QTest::newRow("clinician with key") << int(Role::Clinician) << true << int(Access::Holds);
        QTest::newRow("clinician waiting") << int(Role::Clinician) << false << int(Access::Waiting);
        QTest::newRow("unit leader with key") << int(Role::UnitLeader) << true << int(Access::Holds);
        QTest::newRow("unit leader waiting") << int(Role::UnitLeader) << false << int(Access::Waiting);
        QTest::newRow("secretary") << int(Role::Secretary) << false << int(Access::NotInRole);
        QTest::newRow("administrator") << int(Role::Administrator) << false << int(Access::NotInRole);
    }

    void holdersAndOtherRoles()
    {
        QFETCH(int, roles);
        QFETCH(bool, holdsKey);
        QFETCH(int, access);
        const Session s = session(Roles::fromInt(roles), holdsKey);
        QCOMPARE(int(OverviewPage::clinicalAccess(s)), access);
        OverviewPage page(clinic(), s);
        const bool waiting = access == int(OverviewPage::ClinicalAccess::Waiting);
        QCOMPARE(page.findChild<QFrame*>(QStringLiteral("waitingNotice")) != nullptr, waiting);
    }

    void demoClinicSaysSo()
    {
        OverviewPage page(clinic(ClinicKind::Demo), session(Roles(Role::Clinician) | Role::UnitLeader, true));
        QVERIFY(page.findChild<QFrame*>(QStringLiteral("demoNotice")));
        QCOMPARE(text(page, "rolesLabel"), QStringLiteral("Clinician, Unit leader"));
        QCOMPARE(text(page, "clinicalAccessLabel"), QStringLiteral("You hold the key to clinical records."));
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
