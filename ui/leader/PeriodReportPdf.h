#pragma once

#include "Error.h"
#include "reports/Report.h"
#include "reports/ReportPeriod.h"

#include <QCoreApplication>

namespace forlop {

class Clinic;

// The period report as a PDF for reading and printing: the title and period, who made it and when, then every
// section with its tables and notes, A4 landscape. Written atomically (QSaveFile), so a failed export leaves no
// half-written file.
class PeriodReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(PeriodReportPdf)

public:
    // Makes the report for the period (PeriodReportExport::prepare, which audits the export) and writes it to path.
    // A path that cannot be written is refused before anything is computed or audited.
    [[nodiscard]] static Status exportTo(Clinic& clinic, const ReportPeriod& period, const QString& path);
    // The PDF's bytes.
    [[nodiscard]] static Result<QByteArray> render(const Report& report);
    // The document the PDF is printed from.
    [[nodiscard]] static QString html(const Report& report);
};

} // namespace forlop
