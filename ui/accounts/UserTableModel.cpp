#include "accounts/UserTableModel.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace forlop {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(QList<UserSummary> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const UserSummary* UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserTableModel::rowOf(const QString& userName) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).user.name == userName) {
            return row;
        }
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::professionName(Profession profession)
{
    switch (profession) {
    case Profession::Psychologist:
        return tr("Psychologist");
    case Profession::Psychiatrist:
        return tr("Psychiatrist");
    case Profession::None:
        break;
    }
    return {};
}

QString UserTableModel::clinicalAccessText(const UserSummary& user)
{
    if (user.holdsClinicalKey) {
        return tr("Yes");
    }
    if (user.awaitingClinicalAccess) {
        return tr("Waiting for access");
    }
    //: No clinical access because the user's roles do not include it
    return tr("—");
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const UserSummary& summary = m_users.at(index.row());
    const User& user = summary.user;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return user.name;
        case FullNameColumn:
            return user.fullName;
        case RolesColumn:
            return RoleNames::displayNames(user.roles);
        case ProfessionColumn:
            return user.hprNumber.isEmpty() || user.profession == Profession::None
                       ? professionName(user.profession)
                       : tr("%1 (HPR %2)", "profession (HPR number)")
                             .arg(professionName(user.profession), user.hprNumber);
        case StatusColumn:
            return user.active ? tr("Active") : tr("Deactivated");
        case ClinicalColumn:
            return user.active ? clinicalAccessText(summary) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ClinicalColumn && summary.awaitingClinicalAccess) {
            return tr("A unit leader must grant this user access to clinical records.");
        }
        break;
    case Qt::ForegroundRole:
        if (!user.active) {
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        }
        if (index.column() == ClinicalColumn && summary.awaitingClinicalAccess) {
            return QColor(0x9a, 0x5b, 0x00);
        }
        break;
    case Qt::FontRole:
        if (index.column() == ClinicalColumn && summary.awaitingClinicalAccess) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case UserNameRole:
        return user.name;
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("User name");
    case FullNameColumn:
        return tr("Full name");
    case RolesColumn:
        return tr("Roles");
    case ProfessionColumn:
        return tr("Profession");
    case StatusColumn:
        return tr("Status");
    case ClinicalColumn:
        return tr("Clinical records");
    }
    return {};
}

} // namespace forlop
