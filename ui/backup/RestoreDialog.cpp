#include "backup/RestoreDialog.h"

#include "accounts/NewPasswordFields.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupRestore.h"
#include "backup/PathPrompt.h"
#include "clinic/Clinic.h"
#include "security/SecretBytes.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace forlop {

namespace {

QWidget* withButton(QWidget* field, QPushButton* button)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

QString RestoreDialog::confirmationWord()
{
    //: Typed by the user to confirm replacing an existing database; keep it one short word in capitals
    return tr("REPLACE");
}

RestoreDialog::RestoreDialog(Clinic& clinic, const QString& backupFolder, QWidget* parent)
    : TaskDialog(tr("&Restore"), parent), m_clinic(clinic), m_clock(clinic.clock())
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));

    auto* intro = new QLabel(tr("The backup is restored into a new database file, which you can then open in a "
                                "second window. The clinic open now is not changed."));
    intro->setWordWrap(true);
    body()->addWidget(intro);

    m_backup = new QComboBox;
    m_backup->setObjectName(QStringLiteral("backupComboBox"));
    m_backup->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_backup->setMinimumContentsLength(30);
    const QLocale locale;
    auto entries = backupFolder.isEmpty() ? QList<BackupCatalog::Entry>() : BackupCatalog::list(backupFolder);
    std::reverse(entries.begin(), entries.end()); // newest first
    for (const BackupCatalog::Entry& entry : entries) {
        if (entry.backup && entry.backup->manifest.clinicId == clinic.info().uuid) {
            const BackupManifest& manifest = entry.backup->manifest;
            m_backup->addItem(
                tr("%1, by %2", "backup time, by user")
                    .arg(locale.toString(manifest.createdAt.toLocalTime(), QLocale::ShortFormat), manifest.createdBy),
                entry.folder);
        }
    }
    auto* browseBackup = new QPushButton(tr("&Browse…"));
    browseBackup->setObjectName(QStringLiteral("browseBackupButton"));

    const QFileInfo live(clinic.databasePath());
    m_target = new QLineEdit(
        live.dir().filePath(tr("%1-restored-%2.forlop", "file name: database name, time")
                                .arg(live.completeBaseName(),
                                     clinic.clock().now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")))));
    m_target->setObjectName(QStringLiteral("targetEdit"));
    auto* browseTarget = new QPushButton(tr("C&hoose…"));
    browseTarget->setObjectName(QStringLiteral("browseTargetButton"));

    m_userName = new QLineEdit(clinic.session().userName);
    m_userName->setObjectName(QStringLiteral("restoreUserNameEdit"));
    m_password = newSecretEdit(QStringLiteral("restorePasswordEdit"));
    m_useRecovery = new QCheckBox(tr("Use the recovery key instead"));
    m_useRecovery->setObjectName(QStringLiteral("useRecoveryKeyCheckBox"));
    m_recovery = newSecretEdit(QStringLiteral("recoveryKeyEdit"));
    m_recovery->setEchoMode(QLineEdit::Normal); // typed from paper; seeing it avoids typos

    m_replaceWarning = new QLabel(tr("A database already exists there. It is kept beside the restored one under a "
                                     "new name, but every computer must close it first. To replace it, type %1.")
                                      .arg(confirmationWord()));
    m_replaceWarning->setObjectName(QStringLiteral("replaceWarningLabel"));
    m_replaceWarning->setWordWrap(true);
    QFont bold = m_replaceWarning->font();
    bold.setBold(true);
    m_replaceWarning->setFont(bold);
    m_confirm = new QLineEdit;
    m_confirm->setObjectName(QStringLiteral("confirmReplaceEdit"));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Backup:"), withButton(m_backup, browseBackup));
    m_form->addRow(tr("Restore &to:"), withButton(m_target, browseTarget));
    m_form->addRow(QString(), m_replaceWarning);
    m_form->addRow(tr("Con&firm:"), m_confirm);
    m_form->addRow(tr("&User name:"), m_userName);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(QString(), m_useRecovery);
    m_form->addRow(tr("Recovery &key:"), m_recovery);
    body()->addLayout(m_form);

    m_fields = {m_backup,   browseBackup,  m_target,   browseTarget, m_userName,
                m_password, m_useRecovery, m_recovery, m_confirm};
    connect(browseBackup, &QPushButton::clicked, this, &RestoreDialog::chooseBackup);
    connect(browseTarget, &QPushButton::clicked, this, &RestoreDialog::chooseTarget);
    connect(m_target, &QLineEdit::textChanged, this, &RestoreDialog::updateFields);
    connect(m_useRecovery, &QCheckBox::toggled, this, &RestoreDialog::updateFields);
    updateFields();
    setMinimumWidth(620);
}

QString RestoreDialog::backupPath() const
{
    return m_backup->currentData().toString();
}

void RestoreDialog::chooseBackup()
{
    const QString start = backupPath().isEmpty() ? QDir::homePath() : QFileInfo(backupPath()).absolutePath();
    const QString chosen = PathPrompt::existingFolder(this, tr("Choose the backup folder (forlop-backup-…)"), start);
    if (chosen.isEmpty()) {
        return;
    }
    auto located = BackupCatalog::locate(chosen);
    if (!located) {
        showError(located.error().message);
        return;
    }
    showError(QString());
    int index = m_backup->findData(located->folder);
    if (index < 0) {
        m_backup->insertItem(0, QDir::toNativeSeparators(located->folder), located->folder);
        index = 0;
    }
    m_backup->setCurrentIndex(index);
}

void RestoreDialog::chooseTarget()
{
    const QString chosen =
        PathPrompt::saveFile(this, tr("Restore the backup to"), m_target->text(), tr("Forløp databases (*.forlop)"));
    if (!chosen.isEmpty()) {
        m_target->setText(chosen);
    }
}

void RestoreDialog::updateFields()
{
    const bool exists = QFileInfo::exists(m_target->text().trimmed());
    m_form->setRowVisible(m_replaceWarning, exists);
    m_form->setRowVisible(m_confirm, exists);
    const bool recovery = m_useRecovery->isChecked();
    m_form->setRowVisible(m_userName, !recovery);
    m_form->setRowVisible(m_password, !recovery);
    m_form->setRowVisible(m_recovery, recovery);
}

void RestoreDialog::setFieldsEnabled(bool enabled)
{
    for (QWidget* field : std::as_const(m_fields)) {
        field->setEnabled(enabled);
    }
}

void RestoreDialog::submit()
{
    RestoreRequest request;
    request.backup = backupPath();
    request.target = QDir::cleanPath(QDir::current().absoluteFilePath(m_target->text().trimmed()));
    if (request.backup.isEmpty()) {
        showError(tr("Choose a backup to restore."));
        return;
    }
    if (m_target->text().trimmed().isEmpty()) {
        showError(tr("Choose where the restored database goes."));
        return;
    }
    if (QFileInfo::exists(request.target)) {
        if (m_confirm->text().trimmed() != confirmationWord()) {
            showError(tr("A database exists at %1. Type %2 to replace it, or choose a new location.")
                          .arg(QDir::toNativeSeparators(request.target), confirmationWord()));
            m_confirm->setFocus();
            return;
        }
        request.replaceExisting = true;
    }
    request.withRecoveryKey = m_useRecovery->isChecked();
    request.userName = m_userName->text().trimmed();
    request.secret = request.withRecoveryKey ? m_recovery->text().toUtf8() : m_password->text().toUtf8();
    if (request.secret.isEmpty()) {
        showError(request.withRecoveryKey ? tr("Type the recovery key.") : tr("Type the password."));
        return;
    }
    const Clock& clock = m_clock;
    run(
        tr("Checking and restoring the backup…"),
        [request, &clock]() mutable -> Result<QString> {
            auto restored = BackupRestore::restore(request, clock);
            wipe(request.secret);
            if (!restored) {
                return std::unexpected(restored.error());
            }
            // Checked and recorded by core; closed again here, to be opened in its own window.
            (*restored)->lock();
            return request.target;
        },
        [this](Result<QString> target) {
            m_password->clear();
            m_recovery->clear();
            if (!target) {
                showError(target.error().message);
                updateFields();
                return;
            }
            Q_EMIT restored(*target);
            succeed();
        });
    wipe(request.secret);
}

} // namespace forlop
