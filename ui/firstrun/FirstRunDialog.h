#pragma once

#include "clinic/ClinicInfo.h"

#include <QDialog>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace forlop {

class AccountFields;
class BackgroundTask;
class Clock;

// Creates the clinic on first start: its name and site, the first administrator and (optionally) the first
// unit leader, who holds the key to clinical records. Key derivation runs off the UI thread.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(QString databasePath, ClinicKind kind, const Clock& clock, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    // The files exist; the recovery key must now be shown once.
    void clinicCreated(const QString& recoveryKey, const QString& clinicName, const QString& adminName);

protected:
    bool event(QEvent* event) override;

public Q_SLOTS:
    // Ignored while the clinic is being created: the files are half-written until it finishes.
    void reject() override;

private:
    QGroupBox* buildClinicGroup();
    QGroupBox* buildAdminGroup();
    QGroupBox* buildLeaderGroup();
    void create();
    [[nodiscard]] bool checkInput();
    void setBusy(bool busy);
    void showError(const QString& message);
    void growToFit();

    QString m_databasePath;
    ClinicKind m_kind;
    const Clock& m_clock;
    BackgroundTask* m_task = nullptr;

    QLineEdit* m_clinicName = nullptr;
    QLineEdit* m_site = nullptr;
    AccountFields* m_admin = nullptr;
    QGroupBox* m_leaderGroup = nullptr;
    AccountFields* m_leader = nullptr;
    QLabel* m_noLeaderNote = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_busyLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_createButton = nullptr;
};

} // namespace forlop
