#include "backup/ModalJob.h"

#include <QCloseEvent>
#include <QProgressDialog>
#include <QTimer>

namespace forlop {

namespace {

// Cannot be dismissed while its job runs: Escape, the close button and a lock's reject() leave it open.
class BusyDialog : public QProgressDialog
{
public:
    BusyDialog(const QString& label, QWidget* parent) : QProgressDialog(label, QString(), 0, 0, parent) {}

    void allowClose() { m_mayClose = true; }

    void reject() override
    {
        if (m_mayClose) {
            QProgressDialog::reject();
        }
    }

protected:
    void closeEvent(QCloseEvent* event) override
    {
        if (!m_mayClose) {
            event->ignore();
            return;
        }
        QProgressDialog::closeEvent(event);
    }

private:
    bool m_mayClose = false;
};

} // namespace

ModalJob::ModalJob(QWidget* parent)
    : QObject(parent), m_parent(parent), m_task(new BackgroundTask(this)), m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ModalJob::showProgress);
    connect(m_task, &BackgroundTask::runningChanged, this, &ModalJob::runningChanged);
}

ModalJob::~ModalJob()
{
    // The task's own destructor waits for the worker; the dialog goes with its parent window.
    delete m_task;
    m_task = nullptr;
    if (m_dialog) {
        static_cast<BusyDialog*>(m_dialog)->allowClose();
        m_dialog->deleteLater();
    }
}

std::shared_ptr<ModalJob::Progress> ModalJob::begin(const QString& label)
{
    m_progress = std::make_shared<Progress>();
    auto* dialog = new BusyDialog(label, m_parent ? m_parent->window() : nullptr);
    dialog->setObjectName(QStringLiteral("busyDialog"));
    dialog->setWindowTitle(tr("Please wait"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setMinimumWidth(380);
    dialog->setValue(0);
    dialog->show();
    m_dialog = dialog;
    m_timer->start();
    return m_progress;
}

void ModalJob::finish()
{
    m_timer->stop();
    if (m_dialog) {
        static_cast<BusyDialog*>(m_dialog)->allowClose();
        m_dialog->close();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    m_progress.reset();
}

void ModalJob::showProgress()
{
    if (!m_dialog || !m_progress) {
        return;
    }
    const qint64 total = m_progress->total.load();
    if (total <= 0) {
        return; // busy indicator until the first report
    }
    // QProgressDialog counts in int; scale large totals down rather than overflow.
    const qint64 scale = total > 1'000'000 ? total / 1'000'000 + 1 : 1;
    m_dialog->setMaximum(static_cast<int>(total / scale));
    m_dialog->setValue(static_cast<int>(std::min(m_progress->done.load(), total) / scale));
}

} // namespace forlop
