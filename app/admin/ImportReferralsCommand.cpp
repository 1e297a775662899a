#include "ClinicCommand.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "clinic/Clinic.h"
#include "pathway/ReferralImport.h"

#include <QFile>
#include <QFileInfo>

namespace forlop::admin {

namespace {

// forlop-admin import-referrals DB --user USER --password-stdin FILE.csv
class ImportReferralsCommand final : public ClinicCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportReferralsCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("import-referrals"); }
    [[nodiscard]] QString summary() const override
    {
        return tr("Imports referrals from a CSV file (secretaries and unit leaders): every row is checked, and "
                  "either all are imported or none.");
    }

protected:
    [[nodiscard]] QList<Argument> moreArguments() const override
    {
        return {{QStringLiteral("FILE.csv"),
                 tr("UTF-8, comma-separated, with a header row naming the columns: received and channel are "
                    "required; urgency, national_id, birth_year, name, phone and reason are optional (see "
                    "docs/referral-import.md)."),
                 true}};
    }

    [[nodiscard]] int prepare(CommandContext& context) override
    {
        // Read before signing in, so a wrong path fails before anything is opened or audited.
        const QString path = context.argument(QStringLiteral("FILE.csv"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return context.fail({ErrorCode::NotFound,
                                 tr("Cannot read %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString())});
        }
        m_csv = file.readAll();
        return ExitCode::Success;
    }

    [[nodiscard]] int runOn(Clinic& clinic, CommandContext& context) override
    {
        auto imported = ReferralImport::run(clinic, m_csv);
        if (!imported) {
            for (const ImportRowError& row : std::as_const(imported.error().rows)) {
                //: one bad row of the file: %1 line number, %2 what is wrong
                context.err() << tr("line %1: %2").arg(row.line).arg(row.message) << '\n';
            }
            return context.fail(imported.error().error);
        }
        QTextStream& out = context.out();
        for (qsizetype i = 0; i < imported->patients.size(); ++i) {
            //: %1 line of the file, %2 the new patient's pseudonym
            out << tr("line %1: %2").arg(imported->lines.at(i)).arg(imported->patients.at(i).pseudonym) << '\n';
        }
        out << tr("Imported %n referral(s).", nullptr, int(imported->patients.size())) << Qt::endl;
        return ExitCode::Success;
    }

private:
    QByteArray m_csv;
};

const CommandRegistration<ImportReferralsCommand> registration;

} // namespace

} // namespace forlop::admin
