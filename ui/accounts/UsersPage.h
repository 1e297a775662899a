#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace forlop {

class Clinic;
class ModalJob;
class UserTableModel;
struct UserSummary;

// The clinic's staff. Administrators add users, reset forgotten passwords and deactivate accounts; unit leaders
// see the list read-only and grant access to clinical records to those waiting, and may replace the clinical key.
// Each button shows only for the roles core allows it; core checks again.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(Clinic& clinic, QWidget* parent = nullptr);

    void reload();
    // Selects the row of a user (false when there is none), as a click would.
    bool selectUser(const QString& userName);
    [[nodiscard]] ModalJob* job() const { return m_job; }

private:
    [[nodiscard]] const UserSummary* selected() const;
    void updateButtons();
    void showMessage(const QString& text, bool error);

    void addUser();
    void resetPassword();
    void deactivate();
    void grantClinicalAccess();
    void rotateClinicalKey();

    Clinic& m_clinic;
    UserTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_deactivate = nullptr;
    QPushButton* m_grant = nullptr;
    QPushButton* m_rotate = nullptr;
    ModalJob* m_job = nullptr;
};

} // namespace forlop
