#include "ClinicCommand.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "access/Policy.h"
#include "audit/AuditEvent.h"
#include "audit/AuditLog.h"
#include "clinic/Clinic.h"
#include "security/Keyring.h"

#include <optional>

namespace forlop::admin {

namespace {

// forlop-admin audit-verify DB --user USER --password-stdin
class AuditVerifyCommand final : public ClinicCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifyCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("audit-verify"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Recomputes the audit log's hash chain; exits 0 when it is intact and 1, naming the first bad "
                  "row, when a row has been changed, inserted or removed (administrators and unit leaders).");
    }

protected:
    [[nodiscard]] int prepare(CommandContext& context) override
    {
        // Signing in appends rows and moves the key file's anchor up to the new head, which would hide rows cut
        // from the end of the log since the last session: the anchor as it was before is the one to check.
        // A key file that cannot be read is reported by the sign-in itself.
        auto keyring = Keyring::load(Keyring::pathFor(context.argument(QLatin1String(DatabaseArgument))));
        if (keyring) {
            m_anchorSeq = keyring->auditAnchorSeq;
            m_anchorHash = keyring->auditAnchorHash;
        }
        return ExitCode::Success;
    }

    [[nodiscard]] int runOn(Clinic& clinic, CommandContext& context) override
    {
        if (auto status = Policy::require(clinic.session(), Permission::VerifyAudit); !status) {
            return context.fail(status.error());
        }
        const std::int64_t anchorSeq = m_anchorSeq.value_or(clinic.keyring().auditAnchorSeq);
        const QByteArray anchorHash = m_anchorSeq ? m_anchorHash : clinic.keyring().auditAnchorHash;
        auto verification = AuditLog::verify(clinic.db(), anchorSeq, anchorHash);
        if (!verification) {
            return context.fail(verification.error());
        }
        if (!verification->intact) {
            // Nothing more is written into a log that has been tampered with; the sign-in is already in it.
            return context.fail({ErrorCode::Failed, verification->problem});
        }
        AuditEvent verified;
        verified.action = QStringLiteral("audit_log.verify");
        verified.objectType = QStringLiteral("audit_log");
        verified.basis = QLatin1String(AuditBasis::Administrative);
        if (auto status = clinic.audit(verified); !status) {
            return context.fail(status.error());
        }
        context.out() << tr("The audit log is intact: %n row(s), chained from the first to the last and "
                            "matching the anchor kept in the key file.",
                            nullptr, static_cast<int>(verification->rows))
                      << Qt::endl;
        return ExitCode::Success;
    }

private:
    std::optional<std::int64_t> m_anchorSeq;
    QByteArray m_anchorHash;
};

const CommandRegistration<AuditVerifyCommand> registration;

} // namespace

} // namespace forlop::admin
