#include "secretary/letters/LetterDialog.h"

#include "clinic/Clinic.h"
#include "secretary/letters/LetterDocument.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace forlop {

namespace {

QString& nextPdfPath()
{
    static QString path;
    return path;
}

} // namespace

void LetterDialog::setNextPdfPath(const QString& path)
{
    nextPdfPath() = path;
}

LetterDialog* LetterDialog::openFor(Clinic& clinic, std::int64_t appointmentId, QWidget* parent)
{
    auto letter = AppointmentLetters::compose(clinic, appointmentId);
    if (!letter) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Appointment letter"), letter.error().message,
                                    QMessageBox::Close, parent);
        box->setObjectName(QStringLiteral("letterRefusedBox"));
        box->button(QMessageBox::Close)->setText(tr("&Close"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    auto* dialog = new LetterDialog(clinic, std::move(*letter), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

LetterDialog::LetterDialog(Clinic& clinic, AppointmentLetter letter, QWidget* parent)
    : QDialog(parent), m_clinic(clinic), m_letter(std::move(letter))
{
    setObjectName(QStringLiteral("letterDialog"));
    setWindowTitle(tr("Appointment letter"));
    m_document = LetterDocument::create(m_letter, this);

    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    // Paper: white, with a margin like the printed page has.
    m_preview->setStyleSheet(QStringLiteral("QTextBrowser { background: white; color: black; padding: 18px; }"));
    m_preview->setDocument(m_document);
    m_preview->setMinimumSize(520, 360);

    auto* envelopeTitle = new QLabel(tr("On the envelope:"));
    auto* envelope = new QLabel(m_letter.envelopeText());
    envelope->setObjectName(QStringLiteral("envelopeLabel"));
    envelope->setFrameShape(QFrame::StyledPanel);
    envelope->setMargin(8);
    envelope->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("letterResultLabel"));
    m_result->setWordWrap(true);
    m_result->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printLetterButton"));
    auto* pdfButton = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("saveLetterPdfButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeLetterButton"));
    // Qt's own word for a standard button is only translated when Qt's catalogue is loaded; ours always is.
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    printButton->setDefault(true);
    connect(printButton, &QPushButton::clicked, this, &LetterDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &LetterDialog::askAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &LetterDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(envelopeTitle);
    layout->addWidget(envelope);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(640, 640);
}

void LetterDialog::showResult(bool ok, const QString& text)
{
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1e6b34;") : QStringLiteral("color: #b3261e;"));
    m_result->setText(text);
    m_result->show();
}

bool LetterDialog::saveAsPdf(const QString& path)
{
    // No audit row, no letter.
    if (auto status = AppointmentLetters::recordPrinted(m_clinic, m_letter.appointmentId); !status) {
        showResult(false, status.error().message);
        return false;
    }
    if (!LetterDocument::writePdf(m_letter, path)) {
        showResult(false, tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    showResult(true, tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void LetterDialog::askAndSave()
{
    QString path = std::exchange(nextPdfPath(), QString());
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        //: Suggested file name for a saved letter; keep it discreet.
        path = QFileDialog::getSaveFileName(this, tr("Save letter as PDF"), QDir(folder).filePath(tr("letter.pdf")),
                                            tr("PDF files (*.pdf)"));
    }
    if (!path.isEmpty()) {
        saveAsPdf(path);
    }
}

void LetterDialog::print()
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    LetterDocument::preparePrinter(*printer);
    auto* dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [printer](int) { delete printer; });
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        if (auto status = AppointmentLetters::recordPrinted(m_clinic, m_letter.appointmentId); !status) {
            showResult(false, status.error().message);
            return;
        }
        m_document->print(printer);
        showResult(true, tr("Sent to the printer."));
    });
    dialog->open();
}

} // namespace forlop
