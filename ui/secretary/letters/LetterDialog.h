#pragma once

#include "scheduling/AppointmentLetters.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTextDocument;

namespace forlop {

class Clinic;

// The appointment letter as it will be printed, with printing and saving as PDF. Every print and every PDF is
// audited ("letter.print") before it is made.
class LetterDialog : public QDialog
{
    Q_OBJECT

public:
    // Composes the letter through core and shows the dialog (non-modal, deleted on close); on a refusal (no clinic
    // address yet, a revealing word in the template) shows the reason instead.
    static LetterDialog* openFor(Clinic& clinic, std::int64_t appointmentId, QWidget* parent);

    LetterDialog(Clinic& clinic, AppointmentLetter letter, QWidget* parent = nullptr);

    [[nodiscard]] const AppointmentLetter& letter() const { return m_letter; }
    [[nodiscard]] QTextDocument* document() const { return m_document; }
    // Audits, then writes the PDF; false (with the reason shown) when either fails.
    bool saveAsPdf(const QString& path);

    // Test seam: the next "Save as PDF" writes here instead of asking with a file dialog.
    static void setNextPdfPath(const QString& path);

private:
    void askAndSave();
    void print();
    void showResult(bool ok, const QString& text);

    Clinic& m_clinic;
    AppointmentLetter m_letter;
    QTextDocument* m_document = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace forlop
