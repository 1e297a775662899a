#pragma once

#include <QByteArray>
#include <QString>

namespace forlop {

// Copies text for the user and takes it back when the window locks, but only while the clipboard
// still holds what Forløp put there: text the user has since copied from another program is left alone.
class Clipboard
{
public:
    // Copies with the hint that asks clipboard managers not to keep a history of it.
    static void copy(const QString& text);
    // True when the clipboard (or the X11 selection) holds text that came from this application.
    [[nodiscard]] static bool holdsOurText();
    static void clearIfOurs();

private:
    // A digest, not the text itself, so the copied datum is not kept in memory a second time.
    [[nodiscard]] static QByteArray digest(const QString& text);
    static QByteArray s_lastDigest;
};

} // namespace forlop
