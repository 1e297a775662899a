#include "settings/AppSettings.h"

#include "util/Language.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace forlop {

namespace {

struct Entry
{
    AppSettings::Key key;
    const char* name;
    QVariant fallback;
};

const Entry& entry(AppSettings::Key key)
{
    static const Entry table[] = {
        {AppSettings::Key::Language, "ui/language", QVariant()},
        {AppSettings::Key::IdleLockMinutes, "security/idleLockMinutes", AppSettings::DefaultIdleLockMinutes},
    };
    return *std::find_if(std::begin(table), std::end(table), [key](const Entry& e) { return e.key == key; });
}

QSettings store()
{
    // A fixed ASCII file name (~/.config/Forlop/forlop.conf), independent of the translated display name.
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Forlop"), QStringLiteral("forlop"));
}

} // namespace

QVariant AppSettings::value(Key key)
{
    const Entry& e = entry(key);
    return store().value(QLatin1String(e.name), e.fallback);
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    auto settings = store();
    settings.setValue(QLatin1String(entry(key).name), value);
}

void AppSettings::remove(Key key)
{
    auto settings = store();
    settings.remove(QLatin1String(entry(key).name));
}

QString AppSettings::language()
{
    const QString stored = value(Key::Language).toString();
    return Language::available().contains(stored) ? stored : Language::fromLocale(QLocale::system());
}

int AppSettings::idleLockMinutes()
{
    bool ok = false;
    const int minutes = value(Key::IdleLockMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, MinIdleLockMinutes, MaxIdleLockMinutes) : DefaultIdleLockMinutes;
}

} // namespace forlop
