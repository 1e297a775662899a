// Issue 3 end to end through the real main window: an administrator creates a clinician on the Users page, the
// clinician waits for access to clinical records, the unit leader grants it, and the clinician then has the
// clinical screens; a secretary has no clinical page and no clinical text anywhere on screen. Also the password
// dialogs (reset by the administrator, change of one's own), deactivation with its database-key rotation, and the
// unit leader's clinical-key rotation with progress.
#include "GuiTestHelpers.h"
#include "PathwayFixture.h"
#include "Screenshots.h"
#include "accounts/AddUserDialog.h"
#include "accounts/ChangePasswordDialog.h"
#include "accounts/ResetPasswordDialog.h"
#include "accounts/UserAdmin.h"
#include "accounts/UserTableModel.h"
#include "accounts/UsersPage.h"
#include "backup/ModalJob.h"
#include "clinic/Clinic.h"
#include "pathway/ClinicalNote.h"
#include "pathway/Referrals.h"
#include "shell/NavigationFrame.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

using namespace forlop;
using namespace forlop::test;

namespace {

constexpr int Timeout = 30000;
const QString Clinician = QStringLiteral("synne.behandler");
const QString NoteMarker = QStringLiteral("KLINISKMARKOR samtale om risiko");
const QString ReasonMarker = QStringLiteral("Syntetisk henvisningsgrunn");

void signIn(MainWindow& window, const QString& user, const QString& password = QStringLiteral("test"))
{
    submitLogin(window, user, password);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), Timeout);
    QCOMPARE(window.clinic()->session().userName, user);
}

template <typename T> T* waitForWindow()
{
    T* found = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((found = visibleWindow<T>()) != nullptr, Timeout); }();
    return found;
}

// Clicks the accept button of the confirmation box that is open now.
bool confirmOpenBox()
{
    auto* box = waitForWindow<QMessageBox>();
    if (!box) {
        return false;
    }
    auto* confirm = box->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    if (!confirm) {
        return false;
    }
    QTest::mouseClick(confirm, Qt::LeftButton);
    return true;
}

QString cellText(QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

void collectModelTexts(const QAbstractItemModel* model, const QModelIndex& parent, QStringList& into)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            into << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
            if (column == 0 && model->hasChildren(index)) {
                collectModelTexts(model, index, into);
            }
        }
    }
}

// Every text a person could see or hover in a widget tree: labels, buttons, fields, documents, lists and tables.
QStringList allTexts(QWidget* root)
{
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        texts << widget->windowTitle() << widget->toolTip();
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            texts << label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            texts << button->text();
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            texts << edit->text();
        } else if (auto* text = qobject_cast<QTextEdit*>(widget)) {
            texts << text->toPlainText();
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            texts << plain->toPlainText();
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                texts << combo->itemText(i);
            }
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            collectModelTexts(view->model(), view->rootIndex(), texts);
        }
    }
    return texts;
}

} // namespace

class TestAccountsGui : public QObject
{
    Q_OBJECT

private:
    // The pages the window shows for the signed-in session.
    static QStringList pages(MainWindow& window) { return window.workspace()->pageIds(); }

    static UsersPage* openUsersPage(MainWindow& window)
    {
        if (!window.workspace()->showPage(QStringLiteral("users"))) {
            return nullptr;
        }
        return qobject_cast<UsersPage*>(window.workspace()->page(QStringLiteral("users")));
    }

private Q_SLOTS:
    void initTestCase() { prepareGuiTest(); }

    void adminCreatesLeaderGrantsClinicianSeesSecretaryDoesNot()
    {
        PathwayClinic clinic;
        std::int64_t patientId = 0;
        {
            // Clinical content that must never reach a secretary's screen: an encrypted referral reason and a note.
            PathwayDriver driver(clinic);
            auto patient = driver.patientIn(PatientState::Assessment);
            QVERIFY(patient);
            patientId = *patient;
            auto note = ClinicalNotes::createDraft(driver.clinician(), patientId, std::nullopt, NoteMarker);
            QVERIFY2(note.has_value(), note ? "" : qPrintable(note.error().message));
        }

        MainWindow window({clinic.path(), false}, clinic.clock());
        window.resize(1366, 768);
        window.show();
        window.start();

        // --- The administrator adds a clinician on the Users page.
        signIn(window, QStringLiteral("admin"));
        UsersPage* users = openUsersPage(window);
        QVERIFY(users);
        auto* view = child<QTableView>(users, "usersTableView");
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = view->model()->rowCount();
        QCOMPARE(before, 5);
        QVERIFY(child<QPushButton>(users, "addUserButton")->isVisible());
        QVERIFY(!child<QPushButton>(users, "grantButton")->isVisible());
        QVERIFY(saveScreenshot(&window, QStringLiteral("accounts-01-users-admin")));

        QTest::mouseClick(child<QPushButton>(users, "addUserButton"), Qt::LeftButton);
        auto* dialog = waitForWindow<AddUserDialog>();
        QVERIFY(dialog);
        typeInto(child(dialog, "userNameEdit"), Clinician);
        typeInto(child(dialog, "fullNameEdit"), QStringLiteral("Synne Testbehandler"));
        QVERIFY(!child(dialog, "hprEdit")->isVisible());
        child<QCheckBox>(dialog, "clinicianCheckBox")->setChecked(true);
        QVERIFY(child(dialog, "hprEdit")->isVisible());
        QVERIFY(child<QLabel>(dialog, "clinicalNoteLabel")->isVisible());
        child<QComboBox>(dialog, "professionComboBox")->setCurrentIndex(1);
        typeInto(child(dialog, "hprEdit"), QStringLiteral("9123456x"));
        QCOMPARE(child(dialog, "hprEdit")->text(), QStringLiteral("9123456")); // digits only
        typeInto(child(dialog, "initialPasswordEdit"), QStringLiteral("test"));
        typeInto(child(dialog, "initialRepeatEdit"), QStringLiteral("tesx"));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("accounts-02-add-user-dialog")));
        // Two different passwords: refused in the dialog, nothing created.
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
        QCOMPARE(view->model()->rowCount(), before);
        // A name core refuses: its message, in the dialog, which keeps what was typed.
        typeInto(child(dialog, "initialRepeatEdit"), QStringLiteral("test"));
        typeInto(child(dialog, "userNameEdit"), QStringLiteral("admin"));
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Timeout);
        QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("taken")));
        QVERIFY(dialog->isVisible());
        typeInto(child(dialog, "userNameEdit"), Clinician);
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<AddUserDialog>(), Timeout);

        QCOMPARE(view->model()->rowCount(), before + 1);
        const int row = static_cast<UserTableModel*>(view->model())->rowOf(Clinician);
        QVERIFY(row >= 0);
        QCOMPARE(cellText(view->model(), row, UserTableModel::FullNameColumn), QStringLiteral("Synne Testbehandler"));
        QCOMPARE(cellText(view->model(), row, UserTableModel::RolesColumn), QStringLiteral("Clinician"));
        QCOMPARE(cellText(view->model(), row, UserTableModel::ProfessionColumn),
                 QStringLiteral("Psychiatrist (HPR 9123456)"));
        QCOMPARE(cellText(view->model(), row, UserTableModel::ClinicalColumn), QStringLiteral("Waiting for access"));
        QVERIFY(child<QLabel>(users, "messageLabel")->text().contains(QStringLiteral("unit leader")));
        QVERIFY(saveScreenshot(&window, QStringLiteral("accounts-03-users-after-add")));
        window.lock();

        // --- The new clinician signs in and waits: no clinical page yet.
        signIn(window, Clinician);
        QVERIFY(!window.clinic()->session().holdsClinicalKey);
        QVERIFY(child<QLabel>(&window, "clinicalAccessLabel")->text().contains(QStringLiteral("Waiting")));
        const QStringList waitingPages = pages(window);
        window.lock();

        // --- The unit leader sees the list read-only and grants access.
        signIn(window, QStringLiteral("leder"));
        users = openUsersPage(window);
        QVERIFY(users);
        QVERIFY(!child<QPushButton>(users, "addUserButton")->isVisible());
        QVERIFY(!child<QPushButton>(users, "deactivateButton")->isVisible());
        auto* grant = child<QPushButton>(users, "grantButton");
        QVERIFY(grant->isVisible());
        QVERIFY(users->selectUser(QStringLiteral("sekretar")));
        QVERIFY(!grant->isEnabled()); // a secretary does not wait for clinical access
        QVERIFY(users->selectUser(Clinician));
        QVERIFY(grant->isEnabled());
        QVERIFY(saveScreenshot(&window, QStringLiteral("accounts-04-users-leader")));
        QTest::mouseClick(grant, Qt::LeftButton);
        QVERIFY(confirmOpenBox());
        view = child<QTableView>(users, "usersTableView");
        QTRY_COMPARE(cellText(view->model(), static_cast<UserTableModel*>(view->model())->rowOf(Clinician),
                              UserTableModel::ClinicalColumn),
                     QStringLiteral("Yes"));
        QVERIFY(!grant->isEnabled());
        window.lock();

        // --- The clinician signs in again and has the clinical screens.
        signIn(window, Clinician);
        QVERIFY(window.clinic()->session().holdsClinicalKey);
        const QString access = child<QLabel>(&window, "clinicalAccessLabel")->text();
        QVERIFY2(!access.contains(QStringLiteral("Waiting")), qPrintable(access));
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("waitingNotice")));
        const QStringList grantedPages = pages(window);
        QStringList clinicalPages;
        for (const WorkspacePage& page : PageCatalog::standard()) {
            Session waiting = window.clinic()->session();
            waiting.holdsClinicalKey = false;
            if (page.available(window.clinic()->session()) && !page.available(waiting)) {
                clinicalPages << page.id;
            }
        }
        // The clinician's desk is in the catalogue: its pages appear with the key and not before.
        QVERIFY2(!clinicalPages.isEmpty(), "no page needs clinical records");
        for (const QString& id : std::as_const(clinicalPages)) {
            QVERIFY2(grantedPages.contains(id), qPrintable(id));
            QVERIFY2(!waitingPages.contains(id), qPrintable(id));
        }
        window.lock();

        // --- A secretary: no clinical page, and no clinical text anywhere, on any page she can open.
        signIn(window, QStringLiteral("sekretar"));
        for (const QString& id : std::as_const(clinicalPages)) {
            QVERIFY2(!pages(window).contains(id), qPrintable(id));
        }
        QVERIFY(!pages(window).contains(QStringLiteral("users")));
        QVERIFY(!pages(window).contains(QStringLiteral("log-review")));
        for (const QString& id : pages(window)) {
            QVERIFY(window.workspace()->showPage(id));
            QTest::qWait(20);
            QStringList texts = allTexts(&window);
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (top->isVisible() && top != &window) {
                    texts << allTexts(top);
                }
            }
            for (const QString& text : std::as_const(texts)) {
                QVERIFY2(!text.contains(QStringLiteral("KLINISKMARKOR")) && !text.contains(ReasonMarker),
                         qPrintable(QStringLiteral("page %1 shows clinical text: %2").arg(id, text)));
            }
        }
        window.lock();
    }

    void resetDeactivateRotateAndOwnPassword()
    {
        PathwayClinic clinic;
        MainWindow window({clinic.path(), false}, clinic.clock());
        window.show();
        window.start();
        signIn(window, QStringLiteral("admin"));
        UsersPage* users = openUsersPage(window);
        QVERIFY(users);

        // The administrator cannot deactivate their own account: the button says so by being disabled.
        QVERIFY(users->selectUser(QStringLiteral("admin")));
        QVERIFY(!child<QPushButton>(users, "deactivateButton")->isEnabled());

        // --- Reset psykolog2's password: the dialog warns that clinical access must be granted again.
        QVERIFY(users->selectUser(QStringLiteral("psykolog2")));
        QTest::mouseClick(child<QPushButton>(users, "resetPasswordButton"), Qt::LeftButton);
        auto* reset = waitForWindow<ResetPasswordDialog>();
        QVERIFY(reset);
        QVERIFY(child<QLabel>(reset, "clinicalWarningLabel")->isVisible());
        typeInto(child(reset, "newPasswordEdit"), QStringLiteral("nytt passord"));
        typeInto(child(reset, "newRepeatEdit"), QStringLiteral("nytt passord"));
        QTest::mouseClick(reset->acceptButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<ResetPasswordDialog>(), Timeout);
        auto* view = child<QTableView>(users, "usersTableView");
        auto* model = static_cast<UserTableModel*>(view->model());
        QCOMPARE(cellText(model, model->rowOf(QStringLiteral("psykolog2")), UserTableModel::ClinicalColumn),
                 QStringLiteral("Waiting for access"));

        // --- Deactivate psykolog1: confirmed, run under the busy dialog, and the database key is replaced.
        const QByteArray keyringBefore = readAll(window.clinic()->keyringPath());
        QVERIFY(users->selectUser(QStringLiteral("psykolog1")));
        QTest::mouseClick(child<QPushButton>(users, "deactivateButton"), Qt::LeftButton);
        auto* box = waitForWindow<QMessageBox>();
        QVERIFY(box->informativeText().contains(QStringLiteral("database key")));
        QVERIFY(confirmOpenBox());
        // The busy dialog holds the window while the key is replaced off the UI thread.
        QTRY_VERIFY_WITH_TIMEOUT(users->job()->isRunning(), Timeout);
        QVERIFY(users->job()->dialog() && users->job()->dialog()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(users, "messageLabel")->text().contains(QStringLiteral("deactivated")),
                                 Timeout);
        QVERIFY(!users->job()->isRunning());
        QCOMPARE(cellText(model, model->rowOf(QStringLiteral("psykolog1")), UserTableModel::StatusColumn),
                 QStringLiteral("Deactivated"));
        QVERIFY(readAll(window.clinic()->keyringPath()) != keyringBefore);
        window.lock();
        submitLogin(window, QStringLiteral("psykolog1"), QStringLiteral("test"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&window, "errorLabel")->isVisible(), Timeout);
        QVERIFY(window.isLocked());

        // --- The unit leader replaces the clinical key; the progress dialog shows meanwhile.
        signIn(window, QStringLiteral("leder"));
        users = openUsersPage(window);
        QTest::mouseClick(child<QPushButton>(users, "rotateClinicalKeyButton"), Qt::LeftButton);
        QVERIFY(confirmOpenBox());
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(users, "messageLabel")->isVisible(), Timeout);
        QCOMPARE(child<QLabel>(users, "messageLabel")->text(), QStringLiteral("The clinical key was replaced."));
        QVERIFY(!users->job()->isRunning());
        window.lock();
        // Still readable by its holders after the rotation.
        {
            auto leader = clinic.open(QStringLiteral("leder"));
            QVERIFY(leader && leader->clinicalSecretKey());
        }

        // --- Every user changes their own password from the File menu; a wrong current one is refused.
        signIn(window, QStringLiteral("sekretar"));
        auto* action = window.findChild<QAction*>(QStringLiteral("changePasswordAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto* change = waitForWindow<ChangePasswordDialog>();
        QVERIFY(change);
        typeInto(child(change, "currentPasswordEdit"), QStringLiteral("feil"));
        typeInto(child(change, "newPasswordEdit"), QStringLiteral("mitt nye passord"));
        typeInto(child(change, "newRepeatEdit"), QStringLiteral("mitt nye passord"));
        QVERIFY(saveScreenshot(change, QStringLiteral("accounts-05-change-password")));
        QTest::mouseClick(change->acceptButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!change->isBusy() && child<QLabel>(change, "errorLabel")->isVisible(), Timeout);
        QCOMPARE(child<QLabel>(change, "errorLabel")->text(), QStringLiteral("The current password is wrong."));
        typeInto(child(change, "currentPasswordEdit"), QStringLiteral("test"));
        typeInto(child(change, "newPasswordEdit"), QStringLiteral("mitt nye passord"));
        typeInto(child(change, "newRepeatEdit"), QStringLiteral("mitt nye passord"));
        QTest::mouseClick(change->acceptButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<ChangePasswordDialog>(), Timeout);
        window.lock();
        signIn(window, QStringLiteral("sekretar"), QStringLiteral("mitt nye passord"));
        window.lock();
    }
};

QTEST_MAIN(TestAccountsGui)
#include "tst_accounts_gui.moc"
