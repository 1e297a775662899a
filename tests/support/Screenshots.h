#pragma once

#include <QCoreApplication>
#include <QString>

namespace forlop::test {

// The PNG file for a screenshot named name, in the folder FORLOP_SCREENSHOTS names (created if needed);
// empty when the variable is unset, so screenshots cost nothing in normal test runs.
[[nodiscard]] QString screenshotPath(const QString& name);

// Grabs a widget (as painted now, without window decorations) to <FORLOP_SCREENSHOTS>/<name>.png.
// A no-op returning true when the variable is unset; false when the file could not be written.
// A template so this header needs no widget headers: testsupport links no widgets, GUI tests do.
template <typename Widget>
bool saveScreenshot(Widget* widget, const QString& name)
{
    const QString path = screenshotPath(name);
    if (path.isEmpty() || !widget) {
        return true;
    }
    // Pending layout requests first, or the picture shows the layout before the last change.
    QCoreApplication::processEvents();
    return widget->grab().save(path, "PNG");
}

} // namespace forlop::test
