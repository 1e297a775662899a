#pragma once

#include "Resources.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

namespace forlop::test {

// Registers the icons as main() does, keeps the tests' settings out of the user's own (~/.qttest instead of
// ~/.config) and starts from the defaults.
inline void prepareGuiTest()
{
    initResources();
    QStandardPaths::setTestModeEnabled(true);
    AppSettings::remove(AppSettings::Key::Language);
    AppSettings::remove(AppSettings::Key::IdleLockMinutes);
}

// The visible window of type T (dialogs are opened with open(), so the test keeps running while they show).
template <typename T>
T* visibleWindow()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (auto* found = qobject_cast<T*>(window); found && found->isVisible()) {
            return found;
        }
    }
    return nullptr;
}

template <typename T = QLineEdit>
T* child(QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QLatin1String(name));
    if (!found) {
        qWarning("no child named %s", name);
    }
    return found;
}

// Replaces a line edit's text by typing, as a user would.
inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Types the credentials into the login page and presses Enter in the password field.
inline void submitLogin(MainWindow& window, const QString& user, const QString& password)
{
    typeInto(child(&window, "userNameEdit"), user);
    auto* passwordEdit = child(&window, "passwordEdit");
    typeInto(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

} // namespace forlop::test
