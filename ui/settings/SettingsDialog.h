#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace forlop {

// The language and the idle-lock time of this computer. Saves to AppSettings when accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    [[nodiscard]] QString selectedLanguage() const;
    [[nodiscard]] int idleLockMinutes() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateRestartNote();

    QComboBox* m_language = nullptr;
    QLabel* m_restartNote = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    QString m_initialLanguage;
};

} // namespace forlop
