#pragma once

#include "accounts/TaskDialog.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;

namespace forlop {

class Clinic;
class Clock;

// Restores a backup into a new database file, leaving the open clinic as it is: choose the backup (from the
// clinic's backup folder or anywhere), choose where the restored copy goes, and sign in to the backup with a
// password (or the recovery key) that can take backups. Core checks the backup, restores, checks the result as
// `forlop-admin check` does, and records the restore in the restored copy's audit trail. A file that already
// exists is replaced only after the person types the confirmation word, and never while it is open.
class RestoreDialog : public TaskDialog
{
    Q_OBJECT

public:
    RestoreDialog(Clinic& clinic, const QString& backupFolder, QWidget* parent);

    // The confirmation word to type before an existing database is replaced.
    [[nodiscard]] static QString confirmationWord();

Q_SIGNALS:
    void restored(const QString& databasePath);

protected:
    void submit() override;
    void setFieldsEnabled(bool enabled) override;

private:
    void chooseBackup();
    void chooseTarget();
    void updateFields();
    [[nodiscard]] QString backupPath() const;

    Clinic& m_clinic;
    const Clock& m_clock;
    QFormLayout* m_form = nullptr;
    QComboBox* m_backup = nullptr;
    QLineEdit* m_target = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_useRecovery = nullptr;
    QLineEdit* m_recovery = nullptr;
    QLabel* m_replaceWarning = nullptr;
    QLineEdit* m_confirm = nullptr;
    QList<QWidget*> m_fields;
};

} // namespace forlop
