#include "ClinicCommand.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "accounts/UserAdmin.h"

namespace forlop::admin {

namespace {

// forlop-admin grant-clinical DB --user USER --password-stdin --name NAME
class GrantClinicalCommand final : public ClinicCommand
{
    Q_DECLARE_TR_FUNCTIONS(GrantClinicalCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("grant-clinical"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Gives a clinician or unit leader the key to clinical records (done by a unit leader who holds "
                  "it).");
    }

protected:
    [[nodiscard]] QList<Option> moreOptions() const override
    {
        return {{QCommandLineOption(QStringLiteral("name"), tr("The clinician or unit leader to give access."),
                                    QStringLiteral("NAME")),
                 true}};
    }

    [[nodiscard]] int runOn(Clinic& clinic, CommandContext& context) override
    {
        const QString user = context.value(QStringLiteral("name")).trimmed();
        if (auto status = UserAdmin::grantClinicalKey(clinic, user); !status) {
            return context.fail(status.error());
        }
        context.out() << tr("%1 now has access to clinical records.").arg(user) << Qt::endl;
        return ExitCode::Success;
    }
};

const CommandRegistration<GrantClinicalCommand> registration;

} // namespace

} // namespace forlop::admin
