#include "secretary/letters/LetterDocument.h"

#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QTextDocument>
#include <memory>

namespace forlop {

namespace {

QString escapedLines(const QStringList& lines)
{
    QStringList escaped;
    for (const QString& line : lines) {
        escaped << line.toHtmlEscaped();
    }
    return escaped.join(QStringLiteral("<br>"));
}

// Blank lines part paragraphs; single line breaks stay inside one.
QString bodyHtml(const QString& body)
{
    QString html;
    const QStringList paragraphs = body.split(QStringLiteral("\n\n"));
    for (const QString& paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty()) {
            continue;
        }
        html += QStringLiteral("<p style=\"margin-bottom: 10px;\">%1</p>")
                    .arg(escapedLines(paragraph.split(QLatin1Char('\n'))));
    }
    return html;
}

} // namespace

QTextDocument* LetterDocument::create(const AppointmentLetter& letter, QObject* parent)
{
    auto* document = new QTextDocument(parent);
    QFont font = document->defaultFont();
    font.setPointSizeF(11);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    // The recipient sits low enough to show in a C5/DL window envelope; the sender block is the return address.
    const QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                        "<td width=\"58%\" valign=\"top\"><br><br><br><br><br>%1</td>"
                                        "<td width=\"42%\" valign=\"top\" align=\"right\">%2</td>"
                                        "</tr></table>"
                                        "<p align=\"right\" style=\"margin-top: 36px; margin-bottom: 28px;\">%3</p>"
                                        "%4")
                             .arg(escapedLines(letter.recipientLines), escapedLines(letter.senderLines),
                                  letter.dateLine.toHtmlEscaped(), bodyHtml(letter.body));
    document->setHtml(html);
    return document;
}

void LetterDocument::preparePrinter(QPrinter& printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(22, 18, 20, 18), QPageLayout::Millimeter);
    //: The title stored in the letter's PDF or print job. Keep it discreet: it may show in a print queue.
    printer.setDocName(tr("Letter"));
    printer.setCreator(QString());
}

bool LetterDocument::writePdf(const AppointmentLetter& letter, const QString& path)
{
    // The file dialog asked before replacing; an old file left behind must not pass for this letter.
    QFile::remove(path);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    preparePrinter(printer);
    std::unique_ptr<QTextDocument> document(create(letter));
    document->print(&printer);
    return QFileInfo(path).size() > 0;
}

} // namespace forlop
