#include "ClinicCommand.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "reports/RegistryExport.h"
#include "reports/RegistryFormat.h"

#include <QDir>

namespace forlop::admin {

namespace {

// forlop-admin export-registry DB --user USER --password-stdin DEST-FOLDER
class ExportRegistryCommand final : public ClinicCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportRegistryCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("export-registry"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Writes the registry export for KvaSO (patients who have consented) into a new folder (unit "
                  "leaders with access to clinical records).");
    }

protected:
    [[nodiscard]] QList<Argument> moreArguments() const override
    {
        return {{QStringLiteral("DEST-FOLDER"),
                 tr("The folder to create for the export. It must not exist yet, or be empty; it appears only once "
                    "the export is complete. The format is described in docs/registry-export/."),
                 true}};
    }

    [[nodiscard]] int runOn(Clinic& clinic, CommandContext& context) override
    {
        auto summary = RegistryExport::write(clinic, context.argument(QStringLiteral("DEST-FOLDER")));
        if (!summary) {
            return context.fail(summary.error());
        }
        QTextStream& out = context.out();
        out << tr("Exported %n patient(s) to %1 (format version %2).", nullptr, summary->patients)
                   .arg(QDir::toNativeSeparators(summary->folder))
                   .arg(RegistryFormat::Version)
            << '\n';
        for (auto it = summary->rows.cbegin(); it != summary->rows.cend(); ++it) {
            out << tr("  %1: %n row(s)", nullptr, it.value()).arg(it.key()) << '\n';
        }
        out.flush();
        return ExitCode::Success;
    }
};

const CommandRegistration<ExportRegistryCommand> registration;

} // namespace

} // namespace forlop::admin
