#include "accounts/AddUserDialog.h"

#include "accounts/NewPasswordFields.h"
#include "accounts/UserAdmin.h"
#include "accounts/UserTableModel.h"
#include "security/SecretBytes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace forlop {

AddUserDialog::AddUserDialog(Clinic& clinic, QWidget* parent) : TaskDialog(tr("&Add user"), parent), m_clinic(clinic)
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add user"));

    m_userName = new QLineEdit;
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setPlaceholderText(tr("e.g. kari.nordmann"));
    m_userName->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{0,40}")), m_userName));
    m_fullName = new QLineEdit;
    m_fullName->setObjectName(QStringLiteral("fullNameEdit"));

    auto* roleGrid = new QGridLayout;
    roleGrid->setContentsMargins(0, 0, 0, 0);
    roleGrid->setHorizontalSpacing(18);
    int index = 0;
    for (Role role : RoleNames::all()) {
        auto* box = new QCheckBox(RoleNames::displayName(role));
        box->setObjectName(RoleNames::id(role) + QStringLiteral("CheckBox"));
        roleGrid->addWidget(box, index / 2, index % 2);
        m_roles.insert(role, box);
        connect(box, &QCheckBox::toggled, this, &AddUserDialog::updateClinicianRows);
        ++index;
    }

    m_profession = new QComboBox;
    m_profession->setObjectName(QStringLiteral("professionComboBox"));
    m_profession->addItem(UserTableModel::professionName(Profession::Psychologist),
                          QVariant::fromValue(static_cast<int>(Profession::Psychologist)));
    m_profession->addItem(UserTableModel::professionName(Profession::Psychiatrist),
                          QVariant::fromValue(static_cast<int>(Profession::Psychiatrist)));
    m_hpr = new QLineEdit;
    m_hpr->setObjectName(QStringLiteral("hprEdit"));
    m_hpr->setPlaceholderText(tr("7 to 9 digits"));
    m_hpr->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,9}")), m_hpr));

    m_clinicalNote = new QLabel(tr("Clinicians and unit leaders wait for access to clinical records until a unit "
                                   "leader grants it on this page."));
    m_clinicalNote->setObjectName(QStringLiteral("clinicalNoteLabel"));
    m_clinicalNote->setWordWrap(true);
    m_clinicalNote->setForegroundRole(QPalette::PlaceholderText);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setVerticalSpacing(8);
    m_form->addRow(tr("&User name:"), m_userName);
    m_form->addRow(tr("&Full name:"), m_fullName);
    m_form->addRow(tr("Roles:"), roleGrid);
    m_form->addRow(tr("&Profession:"), m_profession);
    m_form->addRow(tr("&HPR number:"), m_hpr);
    m_form->addRow(QString(), m_clinicalNote);
    // The first password, which the new user changes after signing in.
    m_password = new NewPasswordFields(QStringLiteral("initial"), m_form, this, tr("Initial &password:"));
    body()->addLayout(m_form);

    updateClinicianRows();
    setMinimumWidth(520);
}

void AddUserDialog::updateClinicianRows()
{
    const bool clinician = m_roles.value(Role::Clinician)->isChecked();
    m_form->setRowVisible(m_profession, clinician);
    m_form->setRowVisible(m_hpr, clinician);
    m_form->setRowVisible(m_clinicalNote, clinician || m_roles.value(Role::UnitLeader)->isChecked());
}

void AddUserDialog::setFieldsEnabled(bool enabled)
{
    for (QWidget* field : std::initializer_list<QWidget*>{m_userName, m_fullName, m_profession, m_hpr}) {
        field->setEnabled(enabled);
    }
    for (QCheckBox* box : std::as_const(m_roles)) {
        box->setEnabled(enabled);
    }
    m_password->setEnabled(enabled);
}

void AddUserDialog::submit()
{
    if (!m_password->matches()) {
        showError(tr("The two passwords differ."));
        return;
    }
    NewUser request;
    request.name = m_userName->text().trimmed();
    request.fullName = m_fullName->text().trimmed();
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isChecked()) {
            request.roles |= it.key();
        }
    }
    if (request.roles.testFlag(Role::Clinician)) {
        request.profession = static_cast<Profession>(m_profession->currentData().toInt());
        request.hprNumber = m_hpr->text().trimmed();
    }
    request.initialPassword = m_password->password();
    Clinic& clinic = m_clinic;
    run(
        tr("Creating the account and its keys…"),
        [&clinic, request]() mutable {
            auto added = UserAdmin::add(clinic, request);
            wipe(request.initialPassword);
            return added;
        },
        [this, name = request.name](Result<std::int64_t> added) {
            if (!added) {
                showError(added.error().message);
                return;
            }
            m_password->clear();
            Q_EMIT userAdded(name);
            succeed();
        });
    wipe(request.initialPassword);
}

} // namespace forlop
