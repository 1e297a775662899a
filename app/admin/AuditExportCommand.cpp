#include "ClinicCommand.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "access/Policy.h"
#include "audit/AuditReview.h"
#include "clinic/Clinic.h"
#include "pathway/PatientRegistry.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <memory>

namespace forlop::admin {

namespace {

// forlop-admin audit-export DB --user USER --password-stdin --patient ID [--output FILE]
class AuditExportCommand final : public ClinicCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditExportCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("audit-export"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Writes one patient's access log (who, when, in which role, why) as CSV, for the patient's copy "
                  "(unit leaders only).");
    }

protected:
    [[nodiscard]] QList<Option> moreOptions() const override
    {
        return {
            {QCommandLineOption(QStringLiteral("patient"),
                                tr("The patient's pseudonym (such as P-2026-0042) or record number."),
                                QStringLiteral("ID")),
             true},
            {QCommandLineOption(QStringLiteral("output"),
                                tr("Write the CSV to this file instead of standard output. The file is replaced "
                                   "only once it has been written completely."),
                                QStringLiteral("FILE")),
             false},
        };
    }

    [[nodiscard]] int prepare(CommandContext& context) override
    {
        if (context.value(QStringLiteral("patient")).trimmed().isEmpty()) {
            return context.usageError(tr("--patient needs a pseudonym or a record number."));
        }
        if (!context.isSet(QStringLiteral("output"))) {
            return ExitCode::Success;
        }
        // Opened before signing in, so an unwritable path fails before anything is read or audited. The file
        // only replaces what is there on commit(); an early return discards it.
        const QString path = context.value(QStringLiteral("output"));
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly)) {
            return context.fail(
                {ErrorCode::Failed,
                 tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), m_file->errorString())});
        }
        return ExitCode::Success;
    }

    [[nodiscard]] int runOn(Clinic& clinic, CommandContext& context) override
    {
        // Checked by AuditReview too; first here so that someone who may not export is told so, whatever the ID.
        if (auto status = Policy::require(clinic.session(), Permission::ExportPatientAccessLog); !status) {
            return context.fail(status.error());
        }
        auto patientId = resolvePatient(clinic, context.value(QStringLiteral("patient")).trimmed());
        if (!patientId) {
            return context.fail(patientId.error());
        }
        auto entries = AuditReview::patientAccessLog(clinic, *patientId);
        if (!entries) {
            return context.fail(entries.error());
        }
        const QString csv = AuditReview::toCsv(*entries);
        if (!m_file) {
            context.out() << csv;
            context.out().flush();
            return ExitCode::Success;
        }
        const QByteArray bytes = csv.toUtf8();
        if (m_file->write(bytes) != bytes.size() || !m_file->commit()) {
            return context.fail(
                {ErrorCode::Failed, tr("Cannot write %1: %2")
                                        .arg(QFileInfo(m_file->fileName()).absoluteFilePath(), m_file->errorString())});
        }
        context.out() << tr("Wrote %n access log entries to %1.", nullptr, static_cast<int>(entries->size()))
                             .arg(QFileInfo(m_file->fileName()).absoluteFilePath())
                      << Qt::endl;
        return ExitCode::Success;
    }

private:
    // A record number (the patient table's id) or a pseudonym. Messages name no patient, not even by pseudonym.
    static Result<std::int64_t> resolvePatient(Clinic& clinic, const QString& id)
    {
        static const QRegularExpression recordNumber(QStringLiteral("^[0-9]{1,18}$"));
        if (!recordNumber.match(id).hasMatch()) {
            auto found = PatientRegistry::findByPseudonym(clinic, id);
            if (!found) {
                return std::unexpected(found.error());
            }
            if (!*found) {
                return fail(ErrorCode::NotFound, tr("No patient has that pseudonym."));
            }
            return **found;
        }
        const std::int64_t number = id.toLongLong();
        auto stmt = clinic.db().prepare("SELECT count(*) FROM patient WHERE id = ?1");
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, number);
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row || stmt->int64(0) == 0) {
            return fail(ErrorCode::NotFound, tr("No patient has that record number."));
        }
        return number;
    }

    std::unique_ptr<QSaveFile> m_file;
};

const CommandRegistration<AuditExportCommand> registration;

} // namespace

} // namespace forlop::admin
