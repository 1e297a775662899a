#include "leader/PeriodReportPdf.h"

#include "reports/PeriodReportExport.h"
#include "scheduling/ClinicTime.h"

#include <QBuffer>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace forlop {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString tableHtml(const ReportTable& table)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(table.title));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><thead><tr>");
    for (int column = 0; column < table.headers.size(); ++column) {
        html +=
            QStringLiteral("<th align='%1' bgcolor='#e8e8e8'>%2</th>")
                .arg(column == 0 ? QStringLiteral("left") : QStringLiteral("right"), escaped(table.headers.at(column)));
    }
    html += QStringLiteral("</tr></thead>");
    for (const QList<ReportCell>& row : table.rows) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < row.size(); ++column) {
            html +=
                QStringLiteral("<td align='%1'>%2</td>")
                    .arg(column == 0 ? QStringLiteral("left") : QStringLiteral("right"), escaped(row.at(column).text));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (!table.note.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(table.note));
    }
    return html;
}

} // namespace

QString PeriodReportPdf::html(const Report& report)
{
    QString body = QStringLiteral("<h1>%1</h1><p>%2</p>").arg(escaped(report.title), escaped(report.subtitle));
    //: Under a report's title: when and by whom it was made
    body += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("Made %1 %2 by %3")
                                 .arg(ClinicTime::dateText(ClinicTime::dateOf(report.generatedAt)),
                                      ClinicTime::timeText(report.generatedAt), report.generatedBy)));
    for (const ReportSection& section : report.sections) {
        body += QStringLiteral("<h2>%1</h2>").arg(escaped(section.title));
        if (!section.description.isEmpty()) {
            body += QStringLiteral("<p>%1</p>").arg(escaped(section.description));
        }
        for (const ReportTable& table : section.tables) {
            body += tableHtml(table);
        }
    }
    return QStringLiteral("<html><body>%1</body></html>").arg(body);
}

Result<QByteArray> PeriodReportPdf::render(const Report& report)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Forløp"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSize(9);
        document.setDefaultFont(font);
        document.setHtml(html(report));
        document.print(&writer);
    }
    if (bytes.isEmpty()) {
        return fail(ErrorCode::Failed, tr("The PDF could not be made."));
    }
    return bytes;
}

Status PeriodReportPdf::exportTo(Clinic& clinic, const ReportPeriod& period, const QString& path)
{
    QSaveFile file(path);
    const auto cannotWrite = [&] {
        return fail(ErrorCode::Failed,
                    tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite();
    }
    auto report = PeriodReportExport::prepare(clinic, period, PeriodReportExport::Format::Pdf);
    if (!report) {
        return std::unexpected(report.error());
    }
    auto bytes = render(*report);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    if (file.write(*bytes) != bytes->size() || !file.commit()) {
        return cannotWrite();
    }
    return {};
}

} // namespace forlop
