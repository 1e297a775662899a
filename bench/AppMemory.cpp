#include "AppMemory.h"

#include "Measurement.h"
#include "clinician/CaseloadModel.h"
#include "clinician/ClinicianDayPage.h"
#include "shell/LoginPage.h"
#include "shell/MainWindow.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>

namespace forlop::bench {

namespace {

constexpr int TimeoutMs = 60000;

// Lets the window work (sign-in runs on a background task) until done() holds or time runs out.
template <typename Done>
bool waitFor(Done done, int timeoutMs = TimeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return done();
}

} // namespace

AppMemoryResult measureAppMemory(const QString& databasePath, const QString& userName, const QByteArray& password)
{
    AppMemoryResult result;
    MainWindow window(AppOptions{databasePath, false}, SystemClock::instance());
    window.resize(1280, 800);
    window.show();
    window.start();
    if (!waitFor([&] { return window.loginPage() && window.loginPage()->isVisible(); })) {
        result.error = QStringLiteral("the login page did not appear");
        return result;
    }
    Stopwatch watch;
    Q_EMIT window.loginPage()->signInRequested(userName, password);
    if (!waitFor([&] { return !window.isLocked(); })) {
        result.error = QStringLiteral("sign-in did not finish");
        return result;
    }
    // The first usable screen: the clinician's day page with the first page of the caseload in its model.
    auto* page = window.findChild<ClinicianDayPage*>();
    if (!waitFor([&] { return page && page->isVisible() && page->caseloadModel()->rowCount() > 0; })) {
        result.error = QStringLiteral("the caseload screen did not show patients");
        return result;
    }
    result.signInMs = watch.ms();
    // Let pending paints and queued loads settle before reading memory.
    (void)waitFor([] { return false; }, 1000);
    result.rssMiB = currentRssMiB();
    result.peakRssMiB = peakRssMiB();
    result.ok = true;
    window.lock();
    return result;
}

} // namespace forlop::bench
