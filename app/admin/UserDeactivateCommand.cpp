#include "ClinicCommand.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "accounts/UserAdmin.h"

namespace forlop::admin {

namespace {

// forlop-admin user-deactivate DB --user USER --password-stdin --name NAME
class UserDeactivateCommand final : public ClinicCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserDeactivateCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("user-deactivate"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Deactivates a user account and changes the database key, so the user's old key opens nothing "
                  "(administrators only). Users are never deleted.");
    }

protected:
    [[nodiscard]] QList<Option> moreOptions() const override
    {
        return {
            {QCommandLineOption(QStringLiteral("name"), tr("The user to deactivate."), QStringLiteral("NAME")), true}};
    }

    [[nodiscard]] int runOn(Clinic& clinic, CommandContext& context) override
    {
        const QString user = context.value(QStringLiteral("name")).trimmed();
        if (auto status = UserAdmin::deactivate(clinic, user); !status) {
            return context.fail(status.error());
        }
        context.out()
            << tr("Deactivated %1. The database key has been changed; the other users sign in as before.").arg(user)
            << Qt::endl;
        return ExitCode::Success;
    }
};

const CommandRegistration<UserDeactivateCommand> registration;

} // namespace

} // namespace forlop::admin
