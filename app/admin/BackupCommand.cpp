#include "ClinicCommand.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "backup/BackupRetention.h"
#include "backup/BackupWriter.h"
#include "clinic/Clinic.h"

#include <QDir>
#include <QFileInfo>

namespace forlop::admin {

namespace {

// forlop-admin backup DB --user USER --password-stdin DEST-FOLDER [--keep-daily N] [--keep-weekly N]
//                     [--keep-monthly N] [--no-prune]
class BackupCommand final : public ClinicCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("backup"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Takes a verified, encrypted backup of the clinic into a folder, and removes old backups there.");
    }

protected:
    [[nodiscard]] QList<Argument> moreArguments() const override
    {
        return {{QStringLiteral("DEST-FOLDER"),
                 tr("The backup folder, preferably on another disk. Each backup is a new folder inside it, holding "
                    "the encrypted database, its key file and a description."),
                 true}};
    }
    [[nodiscard]] QList<Option> moreOptions() const override
    {
        const BackupRetention::Policy defaults;
        return {
            {QCommandLineOption(QStringLiteral("keep-daily"),
                                tr("Keep the newest backup of this many recent days (default %1).").arg(defaults.daily),
                                QStringLiteral("N")),
             false},
            {QCommandLineOption(
                 QStringLiteral("keep-weekly"),
                 tr("Keep the newest backup of this many recent weeks (default %1).").arg(defaults.weekly),
                 QStringLiteral("N")),
             false},
            {QCommandLineOption(
                 QStringLiteral("keep-monthly"),
                 tr("Keep the newest backup of this many recent months (default %1).").arg(defaults.monthly),
                 QStringLiteral("N")),
             false},
            {QCommandLineOption(QStringLiteral("no-prune"), tr("Remove no old backups.")), false},
        };
    }

    [[nodiscard]] int prepare(CommandContext& context) override
    {
        for (const auto& [option, field] : {std::pair{"keep-daily", &BackupRetention::Policy::daily},
                                            std::pair{"keep-weekly", &BackupRetention::Policy::weekly},
                                            std::pair{"keep-monthly", &BackupRetention::Policy::monthly}}) {
            const QString name = QLatin1String(option);
            if (!context.isSet(name)) {
                continue;
            }
            bool ok = false;
            const int value = context.value(name).toInt(&ok);
            if (!ok || value < 0 || value > 10000) {
                return context.usageError(tr("The option --%1 needs a whole number of 0 or more.").arg(name));
            }
            m_policy.*field = value;
        }
        return ExitCode::Success;
    }

    [[nodiscard]] int runOn(Clinic& clinic, CommandContext& context) override
    {
        const QString destination = context.argument(QStringLiteral("DEST-FOLDER"));
        auto backup = BackupWriter::write(clinic, destination);
        if (!backup) {
            return context.fail(backup.error());
        }
        QTextStream& out = context.out();
        out << tr("Backup written and verified: %1").arg(QDir::toNativeSeparators(backup->folder)) << '\n';
        out << tr("  audit trail up to row %1; schema version %2")
                   .arg(backup->manifest.content.auditHeadSeq)
                   .arg(backup->manifest.content.schemaVersion)
            << '\n';
        out << tr("It can be restored with any current user's password or with the recovery key.") << '\n';
        if (context.isSet(QStringLiteral("no-prune"))) {
            out.flush();
            return ExitCode::Success;
        }
        auto pruned = BackupRetention::apply(QFileInfo(destination).absoluteFilePath(), clinic.info().uuid, m_policy);
        if (!pruned) {
            // The new backup is safe; a failed clean-up is worth a warning, not a failed backup.
            context.err() << pruned.error().message << Qt::endl;
            out.flush();
            return ExitCode::Success;
        }
        for (const QString& removed : pruned->removed) {
            out << tr("Removed old backup %1").arg(removed) << '\n';
        }
        for (const QString& problem : pruned->problems) {
            context.err() << problem << Qt::endl;
        }
        out.flush();
        return ExitCode::Success;
    }

private:
    BackupRetention::Policy m_policy;
};

const CommandRegistration<BackupCommand> registration;

} // namespace

} // namespace forlop::admin
