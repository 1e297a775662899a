#include "accounts/UsersPage.h"

#include "access/Policy.h"
#include "accounts/AddUserDialog.h"
#include "accounts/ClinicalKeyRotation.h"
#include "accounts/Confirmation.h"
#include "accounts/ResetPasswordDialog.h"
#include "accounts/UserAdmin.h"
#include "accounts/UserTableModel.h"
#include "backup/ModalJob.h"
#include "clinic/Clinic.h"
#include "util/MessageLine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace forlop {

namespace {

QPushButton* button(const QString& text, const QString& objectName, const QString& icon)
{
    auto* b = new QPushButton(QIcon::fromTheme(icon), text);
    b->setObjectName(objectName);
    return b;
}

} // namespace

UsersPage::UsersPage(Clinic& clinic, QWidget* parent)
    : QWidget(parent), m_clinic(clinic), m_model(new UserTableModel(this)), m_job(new ModalJob(this))
{
    setObjectName(QStringLiteral("usersPage"));
    const Session& session = clinic.session();
    const bool manages = Policy::allows(session, Permission::ManageUsers);

    auto* heading = new QLabel(tr("Users"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(manages ? tr("Add staff, reset forgotten passwords and deactivate accounts. Users are "
                                          "never deleted, so the record of who wrote what stays intact.")
                                     : tr("Clinicians and unit leaders marked “Waiting for access” cannot read "
                                          "clinical records until you grant access."));
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_add = button(tr("&Add user…"), QStringLiteral("addUserButton"), QStringLiteral("list-add-user"));
    m_reset = button(tr("&Reset password…"), QStringLiteral("resetPasswordButton"), QStringLiteral("view-refresh"));
    m_deactivate = button(tr("&Deactivate…"), QStringLiteral("deactivateButton"), QStringLiteral("list-remove-user"));
    m_grant =
        button(tr("&Grant access to clinical records"), QStringLiteral("grantButton"), QStringLiteral("security-high"));
    m_rotate =
        button(tr("Re&place clinical key…"), QStringLiteral("rotateClinicalKeyButton"), QStringLiteral("view-refresh"));
    m_add->setVisible(manages);
    m_reset->setVisible(manages);
    m_deactivate->setVisible(manages);
    m_grant->setVisible(Policy::allows(session, Permission::GrantClinicalKey));
    m_rotate->setVisible(Policy::allows(session, Permission::RotateClinicalKey));

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    for (QPushButton* b : {m_add, m_reset, m_deactivate, m_grant}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    buttons->addWidget(m_rotate);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("usersTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_grant->isVisible() && m_grant->isEnabled()) {
            grantClinicalAccess();
        }
    });

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_deactivate, &QPushButton::clicked, this, &UsersPage::deactivate);
    connect(m_grant, &QPushButton::clicked, this, &UsersPage::grantClinicalAccess);
    connect(m_rotate, &QPushButton::clicked, this, &UsersPage::rotateClinicalKey);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    reload();
}

void UsersPage::reload()
{
    const QString keep = selected() ? selected()->user.name : QString();
    auto users = UserAdmin::list(m_clinic);
    if (!users) {
        m_model->setUsers({});
        showMessage(users.error().message, true);
        updateButtons();
        return;
    }
    m_model->setUsers(std::move(*users));
    m_view->resizeColumnsToContents();
    if (!keep.isEmpty()) {
        selectUser(keep);
    }
    updateButtons();
}

bool UsersPage::selectUser(const QString& userName)
{
    const int row = m_model->rowOf(userName);
    if (row < 0) {
        return false;
    }
    m_view->selectRow(row);
    return true;
}

const UserSummary* UsersPage::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

void UsersPage::updateButtons()
{
    const UserSummary* user = selected();
    const bool active = user && user->user.active;
    m_reset->setEnabled(active);
    m_deactivate->setEnabled(active && user->user.id != m_clinic.session().userId);
    m_grant->setEnabled(active && user->awaitingClinicalAccess);
}

void UsersPage::showMessage(const QString& text, bool error)
{
    MessageLine::show(m_message, text, error);
}

void UsersPage::addUser()
{
    auto* dialog = new AddUserDialog(m_clinic, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddUserDialog::userAdded, this, [this](const QString& name) {
        reload();
        selectUser(name);
        const UserSummary* user = selected();
        showMessage(user && user->awaitingClinicalAccess
                        ? tr("%1 was added. A unit leader must grant access to clinical records before they can "
                             "read them.")
                              .arg(name)
                        : tr("%1 was added.").arg(name),
                    false);
    });
    dialog->open();
}

void UsersPage::resetPassword()
{
    const UserSummary* user = selected();
    if (!user) {
        return;
    }
    const bool hadClinical = user->holdsClinicalKey;
    auto* dialog = new ResetPasswordDialog(m_clinic, user->user.name, hadClinical, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResetPasswordDialog::passwordReset, this, [this, hadClinical](const QString& name) {
        reload();
        showMessage(hadClinical ? tr("The password of %1 was reset. A unit leader must grant access to clinical "
                                     "records again.")
                                      .arg(name)
                                : tr("The password of %1 was reset.").arg(name),
                    false);
    });
    dialog->open();
}

void UsersPage::deactivate()
{
    const UserSummary* user = selected();
    if (!user) {
        return;
    }
    const QString name = user->user.name;
    confirm(this, QMessageBox::Warning, tr("Deactivate user"), tr("Deactivate %1?").arg(name),
            tr("%1 can no longer sign in, and their keys are removed from the key file. The database key is then "
               "replaced, so that a copy of their old key file opens nothing; everyone else signs in as before. "
               "This takes a few seconds. The account stays in the list as deactivated.")
                .arg(name),
            tr("&Deactivate"), [this, name] {
                Clinic& clinic = m_clinic;
                m_job->run(
                    tr("Deactivating %1 and replacing the database key…").arg(name),
                    [&clinic, name] { return UserAdmin::deactivate(clinic, name); },
                    [this, name](Status status) {
                        reload();
                        showMessage(status ? tr("%1 was deactivated and the database key was replaced.").arg(name)
                                           : status.error().message,
                                    !status);
                    });
            });
}

void UsersPage::grantClinicalAccess()
{
    const UserSummary* user = selected();
    if (!user || !user->awaitingClinicalAccess) {
        return;
    }
    const QString name = user->user.name;
    confirm(this, QMessageBox::Question, tr("Grant access to clinical records"),
            tr("Give %1 access to clinical records?").arg(name),
            tr("%1 will be able to read and write the clinical records of the patients allocated to them: notes, "
               "assessments and duty-to-report records. The grant is recorded in the audit log.")
                .arg(name),
            tr("&Grant access"), [this, name] {
                // Sealing one key to one user is quick: no derivation, no copy of the database.
                auto status = UserAdmin::grantClinicalKey(m_clinic, name);
                reload();
                showMessage(status ? tr("%1 now has access to clinical records.").arg(name) : status.error().message,
                            !status);
            });
}

void UsersPage::rotateClinicalKey()
{
    confirm(this, QMessageBox::Warning, tr("Replace clinical key"), tr("Replace the key to clinical records?"),
            tr("Every clinical field is decrypted and encrypted again under a new key, and the new key is given to "
               "everyone who holds the current one. Do this after someone with access to clinical records has "
               "left. Keep Forløp open until it is done."),
            tr("&Replace key"), [this] {
                Clinic& clinic = m_clinic;
                m_job->runWithProgress(
                    tr("Encrypting clinical records under the new key…"),
                    [&clinic](const ModalJob::Report& report) { return ClinicalKeyRotation::rotate(clinic, report); },
                    [this](Status status) {
                        reload();
                        showMessage(status ? tr("The clinical key was replaced.") : status.error().message, !status);
                    });
            });
}

} // namespace forlop
