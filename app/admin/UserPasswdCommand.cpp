#include "ClinicCommand.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "accounts/UserAdmin.h"

namespace forlop::admin {

namespace {

// forlop-admin user-passwd DB --user USER --password-stdin   (line 2: the new password)
class UserPasswdCommand final : public ClinicCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserPasswdCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("user-passwd"); }
    [[nodiscard]] QString summary() const override { return tr("Changes your own password."); }

protected:
    [[nodiscard]] QStringList moreInputLines() const override { return {tr("your new password")}; }

    [[nodiscard]] int runOn(Clinic& clinic, CommandContext& context) override
    {
        auto password = context.readSecret(tr("your new password"));
        if (!password) {
            return password.error();
        }
        if (auto status = UserAdmin::changeOwnPassword(clinic, password->bytes()); !status) {
            return context.fail(status.error());
        }
        context.out() << tr("Your password has been changed.") << Qt::endl;
        return ExitCode::Success;
    }
};

const CommandRegistration<UserPasswdCommand> registration;

} // namespace

} // namespace forlop::admin
