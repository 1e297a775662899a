#include "util/BackgroundTask.h"

namespace forlop {

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::release()
{
    m_thread->wait();
    // Deleted later: this runs inside a call queued from the thread object's own signal.
    m_thread->deleteLater();
    m_thread = nullptr;
    Q_EMIT runningChanged(false);
}

} // namespace forlop
