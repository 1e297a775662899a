#include "shell/MainWindow.h"

#include "access/Policy.h"
#include "accounts/ChangePasswordDialog.h"
#include "backup/BackupController.h"
#include "clinic/Clinic.h"
#include "firstrun/FirstRunDialog.h"
#include "firstrun/RecoveryKeyDialog.h"
#include "pathway/DemoClinicGenerator.h"
#include "security/Keyring.h"
#include "secretary/intake/PhoneIntakeDialog.h"
#include "security/SecretBytes.h"
#include "session/IdleTimer.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "shell/LoginPage.h"
#include "shell/NavigationFrame.h"
#include "shell/NoClinicPage.h"
#include "util/BackgroundTask.h"
#include "util/Clipboard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

namespace forlop {

MainWindow::MainWindow(AppOptions options, const Clock& clock, QList<WorkspacePage> pages, QWidget* parent)
    : QMainWindow(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_pages(std::move(pages))
    , m_idle(new IdleTimer(clock, this))
    , m_signInTask(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_noClinic = new NoClinicPage;
    m_noClinic->setDatabasePath(m_options.databasePath);
    m_login = new LoginPage;
    m_login->setDatabasePath(m_options.databasePath);
    if (m_options.demo) {
        // Only scripts/run --demo passes --demo, on a generated clinic whose users are all synthetic.
        if (auto keyring = Keyring::load(Keyring::pathFor(m_options.databasePath))) {
            QStringList names;
            for (const KeyringEntry& entry : keyring->entries) {
                if (entry.name != QLatin1String(Keyring::RecoveryName)) {
                    names << entry.name;
                }
            }
            m_login->showDemoUsers(names, QLatin1String(DemoClinicGenerator::Password));
        }
    }
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_noClinic);
    m_stack->addWidget(m_login);
    setCentralWidget(m_stack);

    buildActions();
    m_backup = new BackupController(this, clock);
    buildStatusBar();
    applySettings();

    connect(m_noClinic, &NoClinicPage::createRequested, this, &MainWindow::showFirstRun);
    connect(m_login, &LoginPage::signInRequested, this, &MainWindow::signIn);
    connect(m_idle, &IdleTimer::idle, this, &MainWindow::lock);
    resize(1100, 700);
    updateChrome();
}

MainWindow::~MainWindow()
{
    // The workspace goes before the clinic it reads from, and the lock is recorded in the audit trail.
    lock();
}

void MainWindow::buildActions()
{
    m_lockAction = new QAction(tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Also while a dialog has the focus: locking closes it.
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setIcon(QIcon::fromTheme(QStringLiteral("system-lock-screen")));
    m_lockAction->setToolTip(tr("Lock Forløp (Ctrl+L): closes the clinic until you sign in again"));
    // Queued: the trigger may come from a widget inside the workspace that the lock deletes.
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock, Qt::QueuedConnection);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setIcon(QIcon::fromTheme(QStringLiteral("preferences-system")));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_passwordAction = new QAction(tr("Change my &password…"), this);
    m_passwordAction->setObjectName(QStringLiteral("changePasswordAction"));
    connect(m_passwordAction, &QAction::triggered, this, &MainWindow::openChangePassword);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    // A phone call can come at any moment: one shortcut from anywhere in the window opens the intake.
    m_intakeAction = new QAction(tr("New &phone contact…"), this);
    m_intakeAction->setObjectName(QStringLiteral("phoneIntakeAction"));
    m_intakeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_intakeAction->setIcon(QIcon::fromTheme(QStringLiteral("call-start")));
    m_intakeAction->setToolTip(tr("Register a caller and book a first appointment (Ctrl+Shift+N)"));
    connect(m_intakeAction, &QAction::triggered, this, &MainWindow::openPhoneIntake);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_intakeAction);
    file->addAction(m_lockAction);
    file->addAction(m_passwordAction);
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QToolBar* toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_intakeAction);
    toolBar->addAction(m_lockAction);
    toolBar->addAction(m_settingsAction);
}

void MainWindow::buildStatusBar()
{
    auto label = [this](const QString& name) {
        auto* l = new QLabel;
        l->setObjectName(name);
        l->setContentsMargins(6, 0, 6, 0);
        statusBar()->addWidget(l);
        return l;
    };
    m_userStatus = label(QStringLiteral("userStatusLabel"));
    m_rolesStatus = label(QStringLiteral("rolesStatusLabel"));
    m_clinicStatus = label(QStringLiteral("clinicStatusLabel"));
}

void MainWindow::start()
{
    if (QFileInfo::exists(m_options.databasePath)) {
        showLogin(QString());
        return;
    }
    m_stack->setCurrentWidget(m_noClinic);
    updateChrome();
    showFirstRun();
}

void MainWindow::showFirstRun()
{
    // A closed dialog may still await deletion, so only a visible one counts.
    if (auto* open = findChild<FirstRunDialog*>(); open && open->isVisible()) {
        open->raise();
        return;
    }
    auto* dialog = new FirstRunDialog(m_options.databasePath,
                                      m_options.demo ? ClinicKind::Demo : ClinicKind::Production, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstRunDialog::clinicCreated, this, &MainWindow::showRecoveryKey);
    dialog->open();
}

void MainWindow::showRecoveryKey(const QString& recoveryKey, const QString& clinicName, const QString& adminName)
{
    // The clinic exists now: whatever happens next, this window only offers to sign in.
    showLogin(adminName);
    auto* dialog = new RecoveryKeyDialog(recoveryKey, clinicName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_login, &LoginPage::reset);
    dialog->open();
}

void MainWindow::showLogin(const QString& userName)
{
    if (!userName.isEmpty()) {
        m_login->setUserName(userName);
    }
    m_login->reset();
    m_stack->setCurrentWidget(m_login);
    updateChrome();
}

void MainWindow::signIn(const QString& userName, const QByteArray& password)
{
    if (m_signInTask->isRunning() || m_clinic) {
        return;
    }
    m_login->setBusy(true);
    const Clock& clock = m_clock;
    m_signInTask->run(
        [path = m_options.databasePath, userName, secret = QByteArray(password), &clock]() mutable {
            auto opened = Clinic::open(path, userName, secret, clock);
            wipe(secret);
            return opened;
        },
        [this](Result<std::unique_ptr<Clinic>> opened) { finishSignIn(std::move(opened)); });
}

void MainWindow::finishSignIn(Result<std::unique_ptr<Clinic>> opened)
{
    m_login->setBusy(false);
    if (!opened) {
        m_login->reset();
        m_login->showError(opened.error().message);
        return;
    }
    m_clinic = std::move(*opened);
    buildWorkspace();
    if (m_resume && m_resume->userId == m_clinic->session().userId) {
        m_workspace->showPage(m_resume->pageId);
    }
    // Someone else signing in starts fresh, and the previous user's place is forgotten.
    m_resume.reset();
    m_login->reset();
    m_stack->setCurrentWidget(m_workspace);
    m_idle->start();
    m_backup->signedIn(*m_clinic);
    updateChrome();
}

void MainWindow::buildWorkspace()
{
    m_workspace = new NavigationFrame;
    for (const WorkspacePage& page : std::as_const(m_pages)) {
        if (page.available(m_clinic->session())) {
            m_workspace->addPage(page.id, page.title(), page.create(*m_clinic));
        }
    }
    m_stack->addWidget(m_workspace);
}

void MainWindow::lock()
{
    if (!m_clinic) {
        return;
    }
    m_resume = Resume{m_clinic->session().userId, m_workspace ? m_workspace->currentPageId() : QString()};
    const QString userName = m_clinic->session().userName;
    closeDialogs();
    Clipboard::clearIfOurs();
    m_idle->stop();
    if (m_workspace) {
        m_stack->removeWidget(m_workspace);
        delete m_workspace;
        m_workspace = nullptr;
    }
    m_backup->signingOut();
    m_clinic->lock();
    m_clinic.reset();
    showLogin(userName);
}

void MainWindow::closeDialogs()
{
    // Bounded: a popup that refuses to close must not hang the lock.
    for (int i = 0; i < 8 && QApplication::activePopupWidget(); ++i) {
        QApplication::activePopupWidget()->close();
    }
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (auto* dialog = qobject_cast<QDialog*>(window); dialog && dialog->isVisible()) {
            dialog->reject();
        }
    }
}

void MainWindow::openSettings()
{
    if (auto* open = findChild<SettingsDialog*>(); open && open->isVisible()) {
        open->raise();
        return;
    }
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::openPhoneIntake()
{
    if (m_clinic && Policy::allows(m_clinic->session(), Permission::RegisterContact)) {
        PhoneIntakeDialog::openFor(*m_clinic, this);
    }
}

void MainWindow::openChangePassword()
{
    if (!m_clinic || !m_workspace) {
        return;
    }
    // Parented to the workspace: a lock deletes it, and with it a dialog still changing the password waits.
    auto* dialog = new ChangePasswordDialog(*m_clinic, m_workspace);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::applySettings()
{
    m_idle->setTimeoutSeconds(qint64(AppSettings::idleLockMinutes()) * 60);
}

void MainWindow::updateChrome()
{
    const bool open = m_clinic != nullptr;
    m_lockAction->setEnabled(open);
    m_passwordAction->setEnabled(open);
    const bool mayRegister = open && Policy::allows(m_clinic->session(), Permission::RegisterContact);
    m_intakeAction->setEnabled(mayRegister);
    m_intakeAction->setVisible(mayRegister);
    if (open) {
        const Session& session = m_clinic->session();
        const ClinicInfo& info = m_clinic->info();
        setWindowTitle(m_options.demo ? tr("%1 – Forløp – DEMO", "clinic name").arg(info.name)
                                      : tr("%1 – Forløp", "clinic name").arg(info.name));
        m_userStatus->setText(tr("Signed in: %1").arg(session.userName));
        m_rolesStatus->setText(RoleNames::displayNames(session.roles));
        m_clinicStatus->setText(info.site.isEmpty() ? info.name
                                                    : tr("%1, %2", "clinic, site").arg(info.name, info.site));
    } else {
        setWindowTitle(m_options.demo ? tr("Forløp – DEMO") : tr("Forløp"));
        m_userStatus->setText(m_stack->currentWidget() == m_noClinic ? tr("No clinic yet") : tr("Locked"));
        m_rolesStatus->clear();
        m_clinicStatus->clear();
    }
    m_rolesStatus->setVisible(open);
    m_clinicStatus->setVisible(open);
}

bool MainWindow::mustStayOpen() const
{
    // Closing now would lose a clinic being created or a recovery key nobody has written down.
    const auto creating = findChildren<FirstRunDialog*>();
    const auto showingKey = findChildren<RecoveryKeyDialog*>();
    return std::any_of(creating.begin(), creating.end(), [](const auto* d) { return d->isBusy(); }) ||
           std::any_of(showingKey.begin(), showingKey.end(), [](const auto* d) { return d->isVisible(); });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (mustStayOpen()) {
        event->ignore();
        return;
    }
    m_backup->backUpAtExit();
    lock();
    event->accept();
}

} // namespace forlop
