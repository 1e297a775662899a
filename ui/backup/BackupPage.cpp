#include "backup/BackupPage.h"

#include "accounts/Confirmation.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupNow.h"
#include "backup/BackupRun.h"
#include "backup/BackupSettingsBox.h"
#include "backup/BackupStatus.h"
#include "backup/ClinicLauncher.h"
#include "backup/ModalJob.h"
#include "backup/RestoreDialog.h"
#include "clinic/Clinic.h"
#include "util/MessageLine.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace forlop {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

BackupPage::BackupPage(Clinic& clinic, QWidget* parent) : QWidget(parent), m_clinic(clinic), m_job(new ModalJob(this))
{
    setObjectName(QStringLiteral("backupPage"));

    auto* heading = new QLabel(tr("Backups"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("backupStatusLabel"));
    m_status->setWordWrap(true);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_schedule = new QLabel;
    m_schedule->setObjectName(QStringLiteral("scheduleLabel"));
    m_schedule->setWordWrap(true);

    m_backUpNow = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Back up now"));
    m_backUpNow->setObjectName(QStringLiteral("backUpNowButton"));
    m_restore = new QPushButton(QIcon::fromTheme(QStringLiteral("document-revert")), tr("&Restore from backup…"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backUpNow);
    buttons->addWidget(m_restore);
    buttons->addStretch();

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_settings = new BackupSettingsBox(clinic);

    auto* listBox = new QGroupBox(tr("Backups in the backup folder"));
    m_listTitle = new QLabel;
    m_listTitle->setObjectName(QStringLiteral("listTitleLabel"));
    m_listTitle->setWordWrap(true);
    m_listTitle->setForegroundRole(QPalette::PlaceholderText);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("By"), tr("Size"), tr("State")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAlternatingRowColors(true);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_listTitle);
    listLayout->addWidget(m_list);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addWidget(m_schedule);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_settings);
    layout->addWidget(listBox, 1);

    connect(m_backUpNow, &QPushButton::clicked, this, &BackupPage::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupPage::restore);
    connect(m_settings, &BackupSettingsBox::saved, this, [this](bool ok, const QString& error) {
        showMessage(ok ? tr("The backup settings were saved.") : error, !ok);
    });
    connect(&BackupNotifier::instance(), &BackupNotifier::backupTaken, this, &BackupPage::refresh);
    connect(&BackupNotifier::instance(), &BackupNotifier::settingsChanged, this, &BackupPage::refresh);
    refresh();
}

void BackupPage::refresh()
{
    refreshStatus();
    refreshList();
}

void BackupPage::refreshStatus()
{
    auto status = BackupStatus::read(m_clinic.db(), m_clinic.clock());
    auto preferences = BackupPreferences::read(m_clinic.db());
    if (!status || !preferences) {
        m_status->setText(!status ? status.error().message : preferences.error().message);
        return;
    }
    QString text;
    if (!status->lastVerified) {
        text = tr("This clinic has no verified backup yet.");
    } else if (const qint64 days = *status->ageDays(); days == 0) {
        text = tr("Last verified backup: %1, today.")
                   .arg(QLocale().toString(status->lastVerified->toLocalTime(), QLocale::ShortFormat));
    } else {
        text = tr("Last verified backup: %1, %n day(s) ago.", nullptr, static_cast<int>(days))
                   .arg(QLocale().toString(status->lastVerified->toLocalTime(), QLocale::ShortFormat));
    }
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, status->overdue() ? MessageLine::errorColor() : MessageLine::doneColor());
    m_status->setPalette(palette);
    m_status->setText(text);
    m_schedule->setText(preferences->folder.isEmpty()
                            ? tr("No backup folder is set, so no backup is taken automatically.")
                            : tr("Automatic backups to %1 every %n hour(s), and when Forløp closes.", nullptr,
                                 preferences->intervalHours)
                                  .arg(QDir::toNativeSeparators(preferences->folder)));
}

void BackupPage::refreshList()
{
    m_list->clear();
    auto preferences = BackupPreferences::read(m_clinic.db());
    const QString folder = preferences ? preferences->folder : QString();
    if (folder.isEmpty()) {
        m_listTitle->setText(tr("Choose a backup folder in the settings above to list its backups here."));
        return;
    }
    m_listTitle->setText(QDir::toNativeSeparators(folder));
    auto entries = BackupCatalog::list(folder);
    std::reverse(entries.begin(), entries.end()); // newest first
    const QLocale locale;
    for (const BackupCatalog::Entry& entry : entries) {
        auto* item = new QTreeWidgetItem(m_list);
        if (!entry.backup) {
            item->setText(0, QDir(entry.folder).dirName());
            item->setText(3, entry.problem);
            item->setForeground(3, MessageLine::errorColor());
            continue;
        }
        const BackupManifest& manifest = entry.backup->manifest;
        item->setText(0, locale.toString(manifest.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, manifest.createdBy);
        item->setText(2, sizeText(manifest.databaseSize));
        item->setText(3, manifest.clinicId == m_clinic.info().uuid ? tr("Verified") : tr("Another clinic's backup"));
        item->setToolTip(0, QDir::toNativeSeparators(entry.folder));
    }
    for (int column = 0; column < m_list->columnCount() - 1; ++column) {
        m_list->resizeColumnToContents(column);
    }
}

void BackupPage::backUpNow()
{
    showMessage(QString(), false);
    BackupNow::start(this, *m_job, m_clinic, [this](const QString& message, bool ok) {
        refresh();
        showMessage(message, !ok);
    });
}

void BackupPage::restore()
{
    auto preferences = BackupPreferences::read(m_clinic.db());
    auto* dialog = new RestoreDialog(m_clinic, preferences ? preferences->folder : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::restored, this, [this](const QString& path) {
        showMessage(tr("The backup was restored to %1 and checked.").arg(QDir::toNativeSeparators(path)), false);
        confirm(this, QMessageBox::Information, tr("Backup restored"),
                tr("The backup was restored to %1 and passed its checks.").arg(QDir::toNativeSeparators(path)),
                tr("Open it now in a second Forløp window? The clinic open here stays as it is."), tr("&Open"),
                [this, path] {
                    if (!ClinicLauncher::open(path)) {
                        showMessage(tr("Forløp could not be started for %1.").arg(QDir::toNativeSeparators(path)),
                                    true);
                    }
                });
    });
    dialog->open();
}

void BackupPage::showMessage(const QString& text, bool error)
{
    MessageLine::show(m_message, text, error);
}

} // namespace forlop
