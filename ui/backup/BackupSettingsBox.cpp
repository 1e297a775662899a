#include "backup/BackupSettingsBox.h"

#include "access/Policy.h"
#include "backup/BackupNow.h"
#include "backup/BackupRun.h"
#include "backup/PathPrompt.h"
#include "clinic/Clinic.h"
#include "clinic/ClinicSettings.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace forlop {

BackupSettingsBox::BackupSettingsBox(Clinic& clinic, QWidget* parent)
    : QGroupBox(tr("Backup settings"), parent), m_clinic(clinic),
      m_editable(Policy::allows(clinic.session(), Permission::ManageSettings))
{
    setObjectName(QStringLiteral("backupSettingsBox"));

    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_folder->setPlaceholderText(tr("No folder chosen: backups are only taken by hand"));
    m_chooseFolder = new QPushButton(tr("C&hoose…"));
    m_chooseFolder->setObjectName(QStringLiteral("chooseFolderButton"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);

    m_interval = new QSpinBox;
    m_interval->setObjectName(QStringLiteral("intervalSpinBox"));
    m_interval->setRange(1, 24 * 31);
    m_interval->setSuffix(tr(" hours"));
    m_warnAfter = new QSpinBox;
    m_warnAfter->setObjectName(QStringLiteral("warnAfterSpinBox"));
    m_warnAfter->setRange(1, 365);
    m_warnAfter->setSuffix(tr(" days"));

    auto* help = new QLabel(tr("Choose a folder on another disk, such as a USB disk or a network share. Backups are "
                               "encrypted like the clinic itself; any current user's password or the recovery key "
                               "restores them. Automatic backups run while an administrator or unit leader is signed "
                               "in, and when Forløp closes."));
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);

    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save settings"));
    m_save->setObjectName(QStringLiteral("saveBackupSettingsButton"));
    auto* saveRow = new QHBoxLayout;
    auto* readOnly = new QLabel(tr("Only an administrator can change these settings."));
    readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    readOnly->setForegroundRole(QPalette::PlaceholderText);
    readOnly->setVisible(!m_editable);
    saveRow->addWidget(readOnly);
    saveRow->addStretch();
    saveRow->addWidget(m_save);

    auto* form = new QFormLayout;
    // The folder grows with the page; the two numbers keep their natural width.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* folderLabel = new QLabel(tr("Backup &folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Take a backup &every:"), m_interval);
    form->addRow(tr("&Warn when older than:"), m_warnAfter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addLayout(saveRow);

    for (QWidget* field : std::initializer_list<QWidget*>{m_folder, m_chooseFolder, m_interval, m_warnAfter}) {
        field->setEnabled(m_editable);
    }
    m_save->setVisible(m_editable);
    connect(m_chooseFolder, &QPushButton::clicked, this, &BackupSettingsBox::chooseFolder);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const Status status = save();
        Q_EMIT saved(status.has_value(), status ? QString() : status.error().message);
    });
    connect(&BackupNotifier::instance(), &BackupNotifier::settingsChanged, this, &BackupSettingsBox::load);
    load();
}

void BackupSettingsBox::load()
{
    auto preferences = BackupPreferences::read(m_clinic.db());
    const BackupPreferences values = preferences ? *preferences : BackupPreferences{};
    m_folder->setText(QDir::toNativeSeparators(values.folder));
    m_interval->setValue(values.intervalHours);
    m_warnAfter->setValue(values.warnAfterDays);
}

void BackupSettingsBox::chooseFolder()
{
    const QString start = m_folder->text().isEmpty() ? QDir::homePath() : QDir::fromNativeSeparators(m_folder->text());
    const QString chosen = PathPrompt::existingFolder(this, tr("Choose the backup folder"), start);
    if (!chosen.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(chosen));
    }
}

Status BackupSettingsBox::save()
{
    const QString folder = m_folder->text().trimmed().isEmpty()
                               ? QString()
                               : QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    if (!folder.isEmpty() && !QDir::isAbsolutePath(folder)) {
        return fail(ErrorCode::InvalidInput, tr("Give the backup folder as a full path, or choose it."));
    }
    for (const auto& [setting, value] : {std::pair{Setting::BackupFolder, QVariant(folder)},
                                         std::pair{Setting::BackupIntervalHours, QVariant(m_interval->value())},
                                         std::pair{Setting::BackupWarnAfterDays, QVariant(m_warnAfter->value())}}) {
        if (auto status = ClinicSettings::set(m_clinic, setting, value); !status) {
            return status;
        }
    }
    Q_EMIT BackupNotifier::instance().settingsChanged();
    return {};
}

} // namespace forlop
