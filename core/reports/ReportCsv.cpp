#include "reports/ReportCsv.h"

#include "scheduling/ClinicTime.h"
#include "util/Csv.h"

namespace forlop {

QString ReportCsv::write(const Report& report)
{
    QList<QStringList> lines;
    lines << QStringList{report.title} << QStringList{report.subtitle};
    //: CSV line: when and by whom a report was made
    lines << QStringList{tr("Made %1 %2 by %3")
                             .arg(ClinicTime::dateText(ClinicTime::dateOf(report.generatedAt)),
                                  ClinicTime::timeText(report.generatedAt), report.generatedBy)};
    lines << QStringList{};
    for (const ReportSection& section : report.sections) {
        for (const ReportTable& table : section.tables) {
            //: CSV line naming a table: section – table
            lines << QStringList{tr("%1 – %2").arg(section.title, table.title)};
            lines << table.headers;
            for (const QList<ReportCell>& row : table.rows) {
                QStringList fields;
                fields.reserve(row.size());
                for (const ReportCell& cell : row) {
                    fields << cell.text;
                }
                lines << fields;
            }
            if (!table.note.isEmpty()) {
                lines << QStringList{table.note};
            }
            lines << QStringList{};
        }
    }
    return Csv::write(lines);
}

} // namespace forlop
