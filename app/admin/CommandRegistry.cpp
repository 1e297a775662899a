#include "CommandRegistry.h"

#include <algorithm>

namespace forlop::admin {

namespace {
// A function-local static, so registrations from other files' static initialisers find it constructed.
std::vector<CommandRegistry::Factory>& factories()
{
    static std::vector<CommandRegistry::Factory> list;
    return list;
}
} // namespace

void CommandRegistry::add(Factory factory)
{
    factories().push_back(factory);
}

std::vector<std::unique_ptr<Command>> CommandRegistry::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (const Factory factory : factories()) {
        commands.push_back(factory());
    }
    std::ranges::sort(commands, {}, [](const std::unique_ptr<Command>& command) { return command->name(); });
    const auto duplicate = std::ranges::adjacent_find(
        commands, {}, [](const std::unique_ptr<Command>& command) { return command->name(); });
    Q_ASSERT_X(duplicate == commands.end(), "CommandRegistry", "two commands share a name");
    (void)duplicate;
    return commands;
}

std::unique_ptr<Command> CommandRegistry::find(const QString& name)
{
    for (const Factory factory : factories()) {
        auto command = factory();
        if (command->name() == name) {
            return command;
        }
    }
    return nullptr;
}

} // namespace forlop::admin
