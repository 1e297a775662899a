#include "audit/PatientLogExport.h"

#include "access/Role.h"
#include "audit/AuditActionNames.h"

#include <QBuffer>
#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace forlop {

namespace {

QString roleText(const QString& ids)
{
    if (auto roles = RoleNames::fromIds(ids)) {
        return RoleNames::displayNames(*roles);
    }
    return ids;
}

QString cell(const QString& text)
{
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

} // namespace

QList<PatientAccessEntry> PatientLogExport::within(const QList<PatientAccessEntry>& entries, const QDate& from,
                                                   const QDate& to)
{
    QList<PatientAccessEntry> kept;
    for (const PatientAccessEntry& entry : entries) {
        const QDate day = entry.at.toLocalTime().date();
        if ((!from.isValid() || day >= from) && (!to.isValid() || day <= to)) {
            kept.append(entry);
        }
    }
    return kept;
}

Status PatientLogExport::save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ErrorCode::Failed,
                    tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

Status PatientLogExport::writeCsv(const QString& path, const QList<PatientAccessEntry>& entries)
{
    return save(path, AuditReview::toCsv(entries).toUtf8());
}

QString PatientLogExport::html(const PatientLogHeading& heading, const QList<PatientAccessEntry>& entries)
{
    const QLocale locale;
    QDate from = heading.from;
    QDate to = heading.to;
    if (!from.isValid() && !entries.isEmpty()) {
        from = entries.first().at.toLocalTime().date();
    }
    if (!to.isValid() && !entries.isEmpty()) {
        to = entries.last().at.toLocalTime().date();
    }
    const QString period = from.isValid() && to.isValid() ? tr("%1 to %2", "period from date to date")
                                                                .arg(locale.toString(from, QLocale::ShortFormat),
                                                                     locale.toString(to, QLocale::ShortFormat))
                                                          : tr("No entries");
    const QString clinic = heading.site.isEmpty() ? heading.clinicName
                                                  : tr("%1, %2", "clinic, site").arg(heading.clinicName, heading.site);

    QString body;
    body += QStringLiteral("<h2>%1</h2>").arg(tr("Access log for patient %1").arg(heading.pseudonym).toHtmlEscaped());
    body += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const auto& [label, value] :
         {std::pair{tr("Clinic:"), clinic}, std::pair{tr("Patient:"), heading.pseudonym},
          std::pair{tr("Period:"), period},
          std::pair{tr("Printed:"), locale.toString(heading.printedAt.toLocalTime(), QLocale::ShortFormat)}}) {
        body +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    body += QStringLiteral("</table>");
    body += QStringLiteral("<p>%1</p>")
                .arg(tr("Everyone at the clinic who opened or changed your record, when, in which role and on what "
                        "basis. An emergency access also shows the reason the person gave. The list holds no "
                        "content of the record itself.")
                         .toHtmlEscaped());
    body += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><thead><tr>");
    for (const QString& title : {tr("When"), tr("Who"), tr("Role"), tr("What"), tr("Basis"), tr("Reason")}) {
        body += QStringLiteral("<th align='left' bgcolor='#e8e8e8'>%1</th>").arg(title.toHtmlEscaped());
    }
    body += QStringLiteral("</tr></thead>");
    for (const PatientAccessEntry& entry : entries) {
        body += QStringLiteral("<tr>") + cell(locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat)) +
                cell(entry.who) + cell(roleText(entry.role)) + cell(AuditActionNames::displayName(entry.action)) +
                cell(AuditReview::basisDisplayName(entry.basis)) + cell(entry.reason) + QStringLiteral("</tr>");
    }
    if (entries.isEmpty()) {
        body += QStringLiteral("<tr><td colspan='6'>%1</td></tr>")
                    .arg(tr("Nobody has opened the record in this period.").toHtmlEscaped());
    }
    body += QStringLiteral("</table>");
    return QStringLiteral("<html><body>%1</body></html>").arg(body);
}

Status PatientLogExport::writePdf(const QString& path, const PatientLogHeading& heading,
                                  const QList<PatientAccessEntry>& entries)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Access log for patient %1").arg(heading.pseudonym));
        writer.setCreator(QStringLiteral("Forløp"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSize(9);
        document.setDefaultFont(font);
        document.setHtml(html(heading, entries));
        document.print(&writer);
    }
    if (bytes.isEmpty()) {
        return fail(ErrorCode::Failed, tr("The PDF could not be made."));
    }
    return save(path, bytes);
}

} // namespace forlop
