#include "reports/PeriodReportExport.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "reports/FidelityReports.h"
#include "reports/PeriodReport.h"
#include "reports/ReportCsv.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QSaveFile>

namespace forlop {

QString PeriodReportExport::formatId(Format format)
{
    return format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
}

Result<Report> PeriodReportExport::prepare(Clinic& clinic, const ReportPeriod& period, Format format)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewReports); !status) {
        return std::unexpected(status.error());
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto fidelity = FidelityReports::computeUnaudited(clinic, period);
    if (!fidelity) {
        return std::unexpected(fidelity.error());
    }
    if (auto status = clinic.audit(AuditEvent{
            QStringLiteral("report.export"), std::nullopt, QStringLiteral("period_report"), std::nullopt,
            QLatin1String(AuditBasis::Clinic),
            FidelityReports::auditPeriod(period) + QLatin1Char(' ') + formatId(format), QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(status.error());
    }
    const Session& session = clinic.session();
    return PeriodReport::build(*fidelity, clinic.info().name,
                               session.fullName.isEmpty() ? session.userName : session.fullName);
}

Status PeriodReportExport::writeCsv(Clinic& clinic, const ReportPeriod& period, const QString& path)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewReports); !status) {
        return status;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Failed,
                    tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    auto report = prepare(clinic, period, Format::Csv);
    if (!report) {
        return std::unexpected(report.error());
    }
    const QByteArray bytes = ReportCsv::write(*report).toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ErrorCode::Failed,
                    tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace forlop
