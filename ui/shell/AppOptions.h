#pragma once

#include <QString>

namespace forlop {

// What the command line chose for this run of the desktop app.
struct AppOptions
{
    QString databasePath;
    // A demo run: the title says DEMO and a new clinic is created as a demo clinic (synthetic people only).
    bool demo = false;
};

} // namespace forlop
