#pragma once

#include "reports/Report.h"

#include <QCoreApplication>
#include <QString>

namespace forlop {

// A report as one RFC 4180 CSV file for a spreadsheet: the title, subtitle and time of making, then each table
// under a line naming its section and title, with its header row, its rows and a blank line. The shown texts
// are written (no patient ids: the CSV leaves the app). Returned as text; callers write it as UTF-8.
class ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)

public:
    [[nodiscard]] static QString write(const Report& report);
};

} // namespace forlop
