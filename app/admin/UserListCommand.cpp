#include "ClinicCommand.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "access/Role.h"
#include "accounts/UserAdmin.h"

#include <algorithm>
#include <array>

namespace forlop::admin {

namespace {

// forlop-admin user-list DB --user USER --password-stdin
class UserListCommand final : public ClinicCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserListCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("user-list"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Lists every user account: roles, whether it is active, and its access to clinical records.");
    }

protected:
    [[nodiscard]] int runOn(Clinic& clinic, CommandContext& context) override
    {
        auto users = UserAdmin::list(clinic);
        if (!users) {
            return context.fail(users.error());
        }
        constexpr std::size_t Columns = 5;
        QList<std::array<QString, Columns>> rows;
        rows.append({tr("Name"), tr("Full name"), tr("Roles"), tr("Status"), tr("Clinical access")});
        for (const UserSummary& summary : *users) {
            const User& user = summary.user;
            // Role identifiers, as typed after user-add --role.
            rows.append({user.name, user.fullName, RoleNames::toIds(user.roles),
                         user.active ? tr("active") : tr("deactivated"), clinicalAccess(summary)});
        }
        std::array<qsizetype, Columns> widths{};
        for (const auto& row : rows) {
            for (std::size_t column = 0; column < Columns; ++column) {
                widths[column] = std::max(widths[column], row[column].size());
            }
        }
        QTextStream& out = context.out();
        for (const auto& row : rows) {
            QString line;
            for (std::size_t column = 0; column < Columns; ++column) {
                // Two spaces between columns, so a full name with single spaces stays one column for scripts.
                line += column + 1 < Columns ? row[column].leftJustified(widths[column] + 2) : row[column];
            }
            out << line << '\n';
        }
        out.flush();
        return ExitCode::Success;
    }

private:
    static QString clinicalAccess(const UserSummary& summary)
    {
        if (summary.holdsClinicalKey) {
            //: Clinical access column of user-list: the user holds the clinical key
            return tr("yes");
        }
        if (summary.awaitingClinicalAccess) {
            //: Clinical access column of user-list: a clinician or unit leader not yet granted the clinical key
            return tr("waiting");
        }
        //: Clinical access column of user-list: the role has no clinical access
        return tr("—");
    }
};

const CommandRegistration<UserListCommand> registration;

} // namespace

} // namespace forlop::admin
