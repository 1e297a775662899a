#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace forlop {

class BackupSettingsBox;
class Clinic;
class ModalJob;

// Backups for administrators and unit leaders: how old the last verified backup is, "Back up now", "Restore from
// backup…", the clinic's backup settings, and the backups in the backup folder.
class BackupPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr auto PageId = "backups";

    explicit BackupPage(Clinic& clinic, QWidget* parent = nullptr);

    [[nodiscard]] ModalJob* job() const { return m_job; }
    void refresh();

private:
    void refreshStatus();
    void refreshList();
    void backUpNow();
    void restore();
    void showMessage(const QString& text, bool error);

    Clinic& m_clinic;
    ModalJob* m_job = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_schedule = nullptr;
    QPushButton* m_backUpNow = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_message = nullptr;
    BackupSettingsBox* m_settings = nullptr;
    QLabel* m_listTitle = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace forlop
