#include "reports/FidelityReports.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "reports/EligibilityQuery.h"
#include "reports/FidelityBuilder.h"
#include "reports/PackageCompletionQuery.h"
#include "reports/ReferralQuery.h"
#include "reports/StaffNames.h"
#include "reports/TreatmentLengthQuery.h"
#include "reports/UnmetNeedQuery.h"
#include "reports/WaitingFigures.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <algorithm>

namespace forlop {

QString FidelityReports::auditPeriod(const ReportPeriod& period)
{
    return QStringLiteral("period %1/%2").arg(period.fromDate(), period.toDate());
}

Result<FidelityReport> FidelityReports::computeUnaudited(Clinic& clinic, const ReportPeriod& period)
{
    FidelityReport report;
    report.period = period;
    report.generatedAt = clinic.clock().now();
    FidelityBuilder builder;
    Database& db = clinic.db();
    for (const auto& collect : {PackageCompletionQuery::collect, TreatmentLengthQuery::collect,
                                UnmetNeedQuery::collect, ReferralQuery::collect}) {
        if (auto status = collect(db, period, builder); !status) {
            return std::unexpected(status.error());
        }
    }
    if (auto status = EligibilityQuery::collect(db, period, builder, report.overrides); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = WaitingFigures::collect(clinic, period, builder, report.waitingByMonth); !status) {
        return std::unexpected(status.error());
    }
    auto names = StaffNames::all(db);
    if (!names) {
        return std::unexpected(names.error());
    }
    report.clinic = builder.takeClinic();
    const QMap<std::int64_t, FidelityFigures> byClinician = builder.takeClinicians();
    for (auto it = byClinician.cbegin(); it != byClinician.cend(); ++it) {
        const QString name = it.key() == FidelityBuilder::Unallocated ? tr("Not allocated") : names->value(it.key());
        report.clinicians.append(ClinicianFidelity{it.key(), name, it.value()});
    }
    std::stable_sort(report.clinicians.begin(), report.clinicians.end(),
                     [](const ClinicianFidelity& a, const ClinicianFidelity& b) {
                         const bool aNone = a.clinicianId == FidelityBuilder::Unallocated;
                         const bool bNone = b.clinicianId == FidelityBuilder::Unallocated;
                         if (aNone != bNone) {
                             return bNone;
                         }
                         return QString::localeAwareCompare(a.name, b.name) < 0;
                     });
    return report;
}

Result<FidelityReport> FidelityReports::compute(Clinic& clinic, const ReportPeriod& period)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewReports); !status) {
        return std::unexpected(status.error());
    }
    // One snapshot for every figure, and the audit row in the same transaction: no row, no report.
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto report = computeUnaudited(clinic, period);
    if (!report) {
        return report;
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("report.view"), std::nullopt,
                                              QStringLiteral("fidelity_report"), std::nullopt,
                                              QLatin1String(AuditBasis::Clinic), auditPeriod(period),
                                              QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(status.error());
    }
    return report;
}

} // namespace forlop
