#pragma once

#include <QCoreApplication>
#include <QObject>
#include <functional>

class QWidget;

namespace forlop {

class Clinic;
class ModalJob;

// Tells every interested widget that a backup was taken (the warning bar hides, the Backups page lists it).
class BackupNotifier : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] static BackupNotifier& instance();

Q_SIGNALS:
    void backupTaken();
    void settingsChanged();
};

// The "Back up now" action of the Backups page and of the warning bar: to the clinic's backup folder, or to one
// the person chooses when none is set (an administrator's choice is kept as the clinic's backup folder). Runs
// off the UI thread under a busy dialog. A failed verification is shown loudly, in a message box that says the
// earlier backups are kept; done(message, ok) also gets the outcome for the page's own status line.
class BackupNow
{
    Q_DECLARE_TR_FUNCTIONS(BackupNow)

public:
    using Done = std::function<void(const QString& message, bool ok)>;
    static void start(QWidget* parent, ModalJob& job, Clinic& clinic, Done done = {});
};

} // namespace forlop
