#include "AppMemory.h"

#include "Measurement.h"
#include "clinician/CaseloadModel.h"
#include "clinician/ClinicianDayPage.h"
#include "shell/LoginPage.h"
#include "shell/MainWindow.h"
#include "shell/NavigationFrame.h"
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
    // The caseload screen, as the clinician opens it from the navigation.
    if (!window.workspace() || !window.workspace()->showPage(QLatin1String(ClinicianDayPage::PageId))) {
        result.error = QStringLiteral("the workspace has no caseload screen");
        return result;
    }
    ClinicianDayPage* page = nullptr;
    const bool shown = waitFor([&] {
        page = window.findChild<ClinicianDayPage*>();
        return page && page->isVisible() && page->caseloadModel()->rowCount() > 0;
    });
    if (!shown) {
        result.error = QStringLiteral("the caseload screen did not show patients (page %1, visible %2, rows %3)")
                           .arg(page ? 1 : 0)
                           .arg(page && page->isVisible() ? 1 : 0)
                           .arg(page ? page->caseloadModel()->rowCount() : -1);
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
