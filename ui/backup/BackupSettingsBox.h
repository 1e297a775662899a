#pragma once

#include "Error.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace forlop {

class Clinic;

// The clinic's backup settings: the folder automatic backups go to (a USB disk or a network share), how often
// they are taken, and after how many days without a verified backup the sign-in warns. They are clinic settings,
// stored in the encrypted database, so every computer of the clinic uses the same. Administrators change them;
// unit leaders see them.
class BackupSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackupSettingsBox(Clinic& clinic, QWidget* parent = nullptr);

    void load();
    // Saves all three through core (audited); the first error stops and is returned.
    [[nodiscard]] Status save();

Q_SIGNALS:
    // message: translated error, empty on success.
    void saved(bool ok, const QString& message);

private:
    void chooseFolder();
    void updateSaveButton();

    Clinic& m_clinic;
    bool m_editable = false;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_chooseFolder = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_warnAfter = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace forlop
