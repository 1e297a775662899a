#pragma once

#include "util/BackgroundTask.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QTimer;
class QWidget;

namespace forlop {

// Runs one slow job on the signed-in clinic off the UI thread (BackgroundTask) while a window-modal progress
// dialog keeps the window, and so every page, from using the clinic meanwhile: a Clinic is not shared between
// threads. The automatic backup also waits while any modal dialog shows. The dialog offers no cancel: a key
// rotation or a backup stopped halfway helps nobody, and each finishes in seconds. Deleting the job (the lock
// deletes the workspace) waits for a running job, so the clinic is never closed under it.
class ModalJob : public QObject
{
    Q_OBJECT

public:
    // The dialog is window-modal over parent's window.
    explicit ModalJob(QWidget* parent);
    ~ModalJob() override;

    [[nodiscard]] bool isRunning() const { return m_task->isRunning(); }
    // The busy dialog while a job runs (named "busyDialog"), for tests.
    [[nodiscard]] QProgressDialog* dialog() const { return m_dialog; }

    // work() runs on the worker thread and must not touch widgets; done(result) runs on the UI thread after
    // the dialog has closed.
    template <typename Work, typename Done> void run(const QString& label, Work work, Done done)
    {
        begin(label);
        m_task->run(std::move(work), [this, done = std::move(done)](auto result) mutable {
            finish();
            done(std::move(result));
        });
    }

    // As run(), with a progress bar: work(report) calls report(done, total) from the worker thread as often as
    // it likes; the dialog shows the latest numbers a few times a second.
    using Report = std::function<void(qint64 done, qint64 total)>;
    template <typename Work, typename Done> void runWithProgress(const QString& label, Work work, Done done)
    {
        auto progress = begin(label);
        m_task->run(
            [progress, work = std::move(work)]() mutable {
                return work([progress](qint64 done, qint64 total) {
                    progress->total.store(total);
                    progress->done.store(done);
                });
            },
            [this, done = std::move(done)](auto result) mutable {
                finish();
                done(std::move(result));
            });
    }

Q_SIGNALS:
    void runningChanged(bool running);

private:
    // Written by the worker, read by a timer on the UI thread: no object crosses the threads.
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
    };

    std::shared_ptr<Progress> begin(const QString& label);
    void finish();
    void showProgress();

    QPointer<QWidget> m_parent;
    BackgroundTask* m_task = nullptr;
    QProgressDialog* m_dialog = nullptr;
    QTimer* m_timer = nullptr;
    std::shared_ptr<Progress> m_progress;
};

} // namespace forlop
