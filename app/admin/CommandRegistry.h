#pragma once

#include "Command.h"

#include <QString>

#include <memory>
#include <vector>

namespace forlop::admin {

// Every command forlop-admin knows. Commands register themselves from their own file, so adding one never
// means editing a shared list:
//
//     namespace {
//     const CommandRegistration<UserAddCommand> registration;
//     }
//
// app/admin/*.cpp is globbed into the executable, so a new file is built and registered without CMake edits.
class CommandRegistry
{
public:
    using Factory = std::unique_ptr<Command> (*)();

    static void add(Factory factory);
    // One fresh instance of every command, sorted by name.
    [[nodiscard]] static std::vector<std::unique_ptr<Command>> all();
    // Null when no command has that name.
    [[nodiscard]] static std::unique_ptr<Command> find(const QString& name);
};

// Registers T (default-constructible, with a constructor that does no work) during static initialisation.
template <typename T>
struct CommandRegistration
{
    CommandRegistration()
    {
        CommandRegistry::add([]() -> std::unique_ptr<Command> { return std::make_unique<T>(); });
    }
};

} // namespace forlop::admin
