#pragma once

#include "accounts/UserAdmin.h"

#include <QAbstractTableModel>

namespace forlop {

// The clinic's staff as the Users page lists them. A clinic has tens of users, not thousands, so the whole list
// is loaded at once (UserAdmin::list); deactivated users stay in it, greyed, because users are never deleted.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        FullNameColumn,
        RolesColumn,
        ProfessionColumn,
        StatusColumn,
        ClinicalColumn,
        ColumnCount
    };
    // The user name of a row, whatever the column.
    static constexpr int UserNameRole = Qt::UserRole + 1;

    explicit UserTableModel(QObject* parent = nullptr);

    void setUsers(QList<UserSummary> users);
    [[nodiscard]] const UserSummary* userAt(int row) const;
    [[nodiscard]] int rowOf(const QString& userName) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString professionName(Profession profession);
    // "Yes", "Waiting for access" or "—" (the role does not include clinical records).
    [[nodiscard]] static QString clinicalAccessText(const UserSummary& user);

private:
    QList<UserSummary> m_users;
};

} // namespace forlop
