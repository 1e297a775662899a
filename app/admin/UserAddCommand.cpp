#include "ClinicCommand.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "access/Role.h"
#include "accounts/UserAdmin.h"
#include "accounts/UserStore.h"

namespace forlop::admin {

namespace {

// forlop-admin user-add DB --user USER --password-stdin --name NEW --role ROLE[,ROLE…] [--full-name NAME]
//                       [--profession psychologist|psychiatrist] [--hpr NUMBER]
class UserAddCommand final : public ClinicCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserAddCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("user-add"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Creates a user account with one or more roles (administrators only).");
    }

protected:
    [[nodiscard]] QList<Option> moreOptions() const override
    {
        return {
            {QCommandLineOption(QStringLiteral("name"), tr("The new user's sign-in name."), QStringLiteral("NEW")),
             true},
            {QCommandLineOption(QStringLiteral("role"),
                                //: Keep the role identifiers (secretary, …) untranslated: they are typed as shown
                                tr("The new user's roles, separated by commas: secretary, clinician, unit_leader, "
                                   "administrator."),
                                QStringLiteral("ROLE[,ROLE…]")),
             true},
            {QCommandLineOption(QStringLiteral("full-name"),
                                tr("The new user's full name, as shown to colleagues "
                                   "and in a patient's access log."),
                                QStringLiteral("NAME")),
             false},
            {QCommandLineOption(QStringLiteral("profession"),
                                //: Keep psychologist and psychiatrist untranslated: they are typed as shown
                                tr("psychologist or psychiatrist; required for the clinician role."),
                                QStringLiteral("PROFESSION")),
             false},
            {QCommandLineOption(QStringLiteral("hpr"), tr("The new user's HPR number (health personnel register)."),
                                QStringLiteral("NUMBER")),
             false},
        };
    }
    [[nodiscard]] QStringList moreInputLines() const override { return {tr("the new user's initial password")}; }

    [[nodiscard]] int prepare(CommandContext& context) override
    {
        const QString roles = context.value(QStringLiteral("role"));
        const auto parsed = RoleNames::fromIds(roles);
        if (!parsed) {
            //: %1 is what was typed after --role; keep the role identifiers untranslated
            return context.usageError(tr("Unknown role in \"%1\". The roles are secretary, clinician, unit_leader "
                                         "and administrator, separated by commas.")
                                          .arg(roles));
        }
        m_roles = *parsed;
        if (context.isSet(QStringLiteral("profession"))) {
            const QString profession = context.value(QStringLiteral("profession"));
            m_profession = UserStore::professionFromId(profession.trimmed());
            if (m_profession == Profession::None) {
                //: %1 is what was typed after --profession; keep psychologist and psychiatrist untranslated
                return context.usageError(
                    tr("Unknown profession \"%1\". The professions are psychologist and psychiatrist.")
                        .arg(profession));
            }
        }
        return ExitCode::Success;
    }

    [[nodiscard]] int runOn(Clinic& clinic, CommandContext& context) override
    {
        auto password = context.readSecret(tr("the new user's initial password"));
        if (!password) {
            return password.error();
        }
        NewUser request;
        request.name = context.value(QStringLiteral("name")).trimmed();
        request.fullName = context.value(QStringLiteral("full-name"));
        request.roles = m_roles;
        request.profession = m_profession;
        request.hprNumber = context.value(QStringLiteral("hpr"));
        // Shares the Secret's buffer; wiping the request detaches and wipes only its own copy, if any.
        request.initialPassword = password->bytes();
        auto added = UserAdmin::add(clinic, request);
        wipe(request.initialPassword);
        if (!added) {
            return context.fail(added.error());
        }

        QTextStream& out = context.out();
        out << tr("Created the user %1 (%2).").arg(request.name, RoleNames::displayNames(m_roles)) << '\n';
        if (m_roles & (Roles(Role::Clinician) | Role::UnitLeader)) {
            out << tr("%1 is waiting for access to clinical records until a unit leader grants it (forlop-admin "
                      "grant-clinical).")
                       .arg(request.name)
                << '\n';
        }
        out.flush();
        return ExitCode::Success;
    }

private:
    Roles m_roles;
    Profession m_profession = Profession::None;
};

const CommandRegistration<UserAddCommand> registration;

} // namespace

} // namespace forlop::admin
