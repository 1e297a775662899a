#include "firstrun/FirstRunDialog.h"

#include "clinic/ClinicFactory.h"
#include "firstrun/AccountFields.h"
#include "security/PasswordPolicy.h"
#include "security/SecretBytes.h"
#include "util/BackgroundTask.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace forlop {

namespace {

QLabel* explanation(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

FirstRunDialog::FirstRunDialog(QString databasePath, ClinicKind kind, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_kind(kind)
    , m_clock(clock)
    , m_task(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(kind == ClinicKind::Demo ? tr("Create a demo clinic") : tr("Create the clinic"));

    auto* intro = explanation(kind == ClinicKind::Demo
                                  ? tr("This demo clinic is for trying Forløp with made-up people only. "
                                       "Name it and its first users to begin.")
                                  : tr("No clinic has been set up on this computer yet. Name the clinic and its "
                                       "first users to begin. All its data is stored encrypted."));

    auto* accounts = new QHBoxLayout;
    accounts->setSpacing(12);
    accounts->addWidget(buildAdminGroup(), 1);
    auto* leaderColumn = new QVBoxLayout;
    leaderColumn->addWidget(buildLeaderGroup(), 1);
    leaderColumn->addWidget(m_noLeaderNote);
    accounts->addLayout(leaderColumn, 1);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_busyLabel = new QLabel(tr("Creating the clinic and its keys. This takes a few seconds…"));
    m_busyBar = new QProgressBar;
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0); // no steps to count: an indeterminate bar
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(160);
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel, 1);
    busyRow->addWidget(m_busyBar);
    m_busyLabel->hide();
    m_busyBar->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_createButton = m_buttons->addButton(tr("C&reate clinic"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    connect(m_createButton, &QPushButton::clicked, this, &FirstRunDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(buildClinicGroup());
    layout->addLayout(accounts);
    layout->addWidget(m_error);
    layout->addLayout(busyRow);
    layout->addWidget(m_buttons);
    // Wide enough for the two account columns side by side without wrapping every hint.
    setMinimumWidth(820);
    m_clinicName->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

QGroupBox* FirstRunDialog::buildClinicGroup()
{
    auto* group = new QGroupBox(tr("Clinic"));
    m_clinicName = new QLineEdit;
    m_clinicName->setObjectName(QStringLiteral("clinicNameEdit"));
    m_clinicName->setPlaceholderText(tr("for example: Det finnes hjelp Nord"));
    m_site = new QLineEdit;
    m_site->setObjectName(QStringLiteral("siteEdit"));
    m_site->setPlaceholderText(tr("town or address"));
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Clinic &name:"), m_clinicName);
    form->addRow(tr("&Site:"), m_site);
    return group;
}

QGroupBox* FirstRunDialog::buildAdminGroup()
{
    auto* group = new QGroupBox(tr("First administrator"));
    m_admin = new AccountFields(QStringLiteral("admin"));
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(explanation(tr("Manages user accounts and settings. Administrators never see patient "
                                     "records.")));
    layout->addWidget(m_admin);
    layout->addStretch();
    return group;
}

QGroupBox* FirstRunDialog::buildLeaderGroup()
{
    m_leaderGroup = new QGroupBox(tr("First unit leader"));
    m_leaderGroup->setObjectName(QStringLiteral("leaderGroupBox"));
    m_leaderGroup->setCheckable(true);
    m_leaderGroup->setChecked(true);
    m_leader = new AccountFields(QStringLiteral("leader"));
    m_noLeaderNote = explanation(tr("Without a unit leader, only the recovery key holds the key to clinical "
                                    "records until a unit leader is given it with the recovery key."));
    m_noLeaderNote->setObjectName(QStringLiteral("noLeaderNoteLabel"));
    m_noLeaderNote->setVisible(false);
    auto* layout = new QVBoxLayout(m_leaderGroup);
    layout->addWidget(explanation(tr("Holds the key to clinical records and gives it to clinicians. "
                                     "Untick to leave this out for now.")));
    layout->addWidget(m_leader);
    layout->addStretch();
    connect(m_leaderGroup, &QGroupBox::toggled, this, [this](bool on) {
        m_leader->setVisible(on);
        m_noLeaderNote->setVisible(!on);
    });
    return m_leaderGroup;
}

bool FirstRunDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest) {
        growToFit();
    }
    return handled;
}

void FirstRunDialog::growToFit()
{
    // A window's minimum height ignores height-for-width, so when a message, the busy row or the unit-leader
    // note appears, the wrapped texts would squeeze the fields. Grow to what the contents need at this width.
    if (!layout() || !layout()->hasHeightForWidth()) {
        return;
    }
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height()) {
        resize(width(), needed);
    }
}

bool FirstRunDialog::isBusy() const
{
    return m_task->isRunning();
}

void FirstRunDialog::reject()
{
    if (!isBusy()) {
        QDialog::reject();
    }
}

bool FirstRunDialog::checkInput()
{
    bool ok = true;
    auto checkAccount = [&](AccountFields* account) {
        account->showMessage(QString());
        QByteArray password = account->password();
        if (!account->passwordsMatch()) {
            account->showMessage(tr("The two passwords differ."));
            ok = false;
        } else if (auto status = PasswordPolicy::check(password, m_kind); !status) {
            account->showMessage(status.error().message);
            ok = false;
        }
        wipe(password);
    };
    checkAccount(m_admin);
    if (m_leaderGroup->isChecked()) {
        checkAccount(m_leader);
    }
    return ok;
}

void FirstRunDialog::create()
{
    if (isBusy()) {
        return;
    }
    showError(QString());
    if (!checkInput()) {
        return;
    }
    NewClinic request;
    request.databasePath = m_databasePath;
    request.name = m_clinicName->text().trimmed();
    request.site = m_site->text().trimmed();
    request.kind = m_kind;
    request.adminName = m_admin->userName();
    request.adminPassword = m_admin->password();
    if (m_leaderGroup->isChecked()) {
        request.leaderName = m_leader->userName();
        request.leaderPassword = m_leader->password();
    }
    request.kdf = KdfParams::forClinics();

    setBusy(true);
    const Clock& clock = m_clock;
    m_task->run(
        [request = std::move(request), &clock]() mutable {
            auto created = ClinicFactory::create(request, clock);
            wipe(request.adminPassword);
            wipe(request.leaderPassword);
            return created;
        },
        [this, name = m_clinicName->text().trimmed(), admin = m_admin->userName()](Result<CreatedClinic> created) {
            setBusy(false);
            if (!created) {
                showError(created.error().message);
                return;
            }
            m_admin->clearPasswords();
            m_leader->clearPasswords();
            Q_EMIT clinicCreated(created->recoveryKey, name, admin);
            accept();
        });
}

void FirstRunDialog::setBusy(bool busy)
{
    for (QWidget* widget : findChildren<QGroupBox*>(Qt::FindDirectChildrenOnly)) {
        widget->setEnabled(!busy);
    }
    m_buttons->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
}

void FirstRunDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace forlop
