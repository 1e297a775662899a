#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>

namespace forlop {

// Runs one slow job (a key derivation) on a worker thread and hands its result back on the owner's thread,
// so the window keeps painting. Destroying the task waits for a running job instead of abandoning it.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundTask(QObject* parent = nullptr);
    ~BackgroundTask() override;

    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

    // work() runs on the worker thread and must not touch widgets; done(result) runs on this object's thread.
    // One job at a time: callers disable their controls while isRunning().
    template <typename Work, typename Done>
    void run(Work work, Done done)
    {
        Q_ASSERT(!isRunning());
        using Result = std::invoke_result_t<Work&>;
        auto result = std::make_shared<std::optional<Result>>();
        m_thread = QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
        connect(m_thread, &QThread::finished, this, [this, result, done = std::move(done)]() mutable {
            release();
            done(std::move(**result));
        });
        Q_EMIT runningChanged(true);
        m_thread->start();
    }

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void release();

    QThread* m_thread = nullptr;
};

} // namespace forlop
