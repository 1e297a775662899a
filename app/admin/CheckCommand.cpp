#include "ClinicCommand.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "HealthCheck.h"
#include "audit/AuditEvent.h"
#include "clinic/Clinic.h"
#include "security/Keyring.h"

#include <optional>

namespace forlop::admin {

namespace {

// forlop-admin check DB --user USER --password-stdin
class CheckCommand final : public ClinicCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("check"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Checks the database file, its schema version, the key file and the audit anchor.");
    }

protected:
    [[nodiscard]] int prepare(CommandContext& context) override
    {
        // Signing in moves the key file's audit anchor up to the log's head, which would hide a log cut short
        // since the last session. A key file that cannot be read is reported by the sign-in itself.
        auto keyring = Keyring::load(Keyring::pathFor(context.argument(QLatin1String(DatabaseArgument))));
        if (keyring) {
            m_keyringBeforeSignIn = std::move(*keyring);
        }
        return ExitCode::Success;
    }

    [[nodiscard]] int runOn(Clinic& clinic, CommandContext& context) override
    {
        auto report = HealthCheck::run(clinic, m_keyringBeforeSignIn);
        if (!report) {
            return context.fail(report.error());
        }
        QTextStream& out = context.out();
        out << tr("Clinic: %1").arg(clinic.info().name);
        if (!clinic.info().site.isEmpty()) {
            out << " (" << clinic.info().site << ')';
        }
        out << '\n';
        qsizetype width = 0;
        for (const HealthCheck::Part& part : report->parts) {
            width = std::max(width, part.title.size() + 1);
        }
        for (const HealthCheck::Part& part : report->parts) {
            out << (part.title + QLatin1Char(':')).leftJustified(width + 1);
            if (part.problems.isEmpty()) {
                out << part.summary << '\n';
                continue;
            }
            out << tr("%n problem(s)", nullptr, static_cast<int>(part.problems.size())) << '\n';
            for (const QString& problem : part.problems) {
                out << "  - " << problem << '\n';
            }
        }
        out.flush();

        const bool healthy = report->healthy();
        if (!healthy) {
            // Nothing more is written into a damaged file; the sign-in is already in its audit trail.
            context.err() << tr("The clinic is damaged. Restore the database and its key file from the latest "
                                "backup that passes this check.")
                          << Qt::endl;
            return ExitCode::Damaged;
        }
        AuditEvent checked{QStringLiteral("clinic.check"), std::nullopt, QStringLiteral("clinic"), 1,
                           QLatin1String(AuditBasis::System), {}, QStringLiteral("ok")};
        if (auto status = clinic.audit(checked); !status) {
            return context.fail(status.error());
        }
        out << tr("The clinic is healthy.") << Qt::endl;
        return ExitCode::Success;
    }

private:
    std::optional<Keyring> m_keyringBeforeSignIn;
};

const CommandRegistration<CheckCommand> registration;

} // namespace

} // namespace forlop::admin
