#pragma once

#include <QString>
#include <QVariant>

namespace forlop {

// This computer's preferences for the desktop app. Keys are a typed enum backed by one table of names and
// defaults (AppSettings.cpp), never string keys scattered through the code. Nothing secret is stored here.
class AppSettings
{
public:
    enum class Key {
        Language,        // "nb", "nn" or "en"; unset means: follow the system locale
        IdleLockMinutes, // minutes without input before the window locks itself
    };

    static constexpr int MinIdleLockMinutes = 1;
    static constexpr int MaxIdleLockMinutes = 60;
    static constexpr int DefaultIdleLockMinutes = 5;

    [[nodiscard]] static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);
    static void remove(Key key);

    // The chosen language, or the system locale's when none was chosen.
    [[nodiscard]] static QString language();
    [[nodiscard]] static int idleLockMinutes();
};

} // namespace forlop
