#pragma once

#include "Error.h"
#include "reports/Report.h"
#include "reports/ReportPeriod.h"

#include <QCoreApplication>

namespace forlop {

class Clinic;

// The period report leaving the app as a file (Permission::ViewReports). Making it for export computes the
// figures and records the export ("report.export", with the period and the format) in one transaction: no audit
// row, no report. The file holds figures only: no override reasons, no patient ids, no pseudonyms.
class PeriodReportExport
{
    Q_DECLARE_TR_FUNCTIONS(PeriodReportExport)

public:
    enum class Format { Pdf, Csv };

    // The report laid out (PeriodReport::build) for a front end to render, with the export audited.
    [[nodiscard]] static Result<Report> prepare(Clinic& clinic, const ReportPeriod& period, Format format);
    // prepare(Csv) and ReportCsv written to path as UTF-8, atomically (QSaveFile): a failed export leaves no
    // half-written file. A path that cannot be written is refused before anything is computed or audited.
    [[nodiscard]] static Status writeCsv(Clinic& clinic, const ReportPeriod& period, const QString& path);

    // "csv", "pdf": how the audit row names the format.
    [[nodiscard]] static QString formatId(Format format);
};

} // namespace forlop
