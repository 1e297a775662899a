#pragma once

#include "scheduling/AppointmentLetters.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPrinter;
class QTextDocument;

namespace forlop {

// Lays out an appointment letter for A4 and a window envelope: the recipient where the window shows it, the clinic's
// address at the top right, the date, then the letter. Only what the letter holds is printed: no logo, no service
// name, and the PDF's title is just "Letter".
class LetterDocument
{
    Q_DECLARE_TR_FUNCTIONS(LetterDocument)

public:
    // The document is the caller's (parent it, or delete it).
    [[nodiscard]] static QTextDocument* create(const AppointmentLetter& letter, QObject* parent = nullptr);
    // A4, margins for a window envelope, the discreet document title.
    static void preparePrinter(QPrinter& printer);
    // Writes a PDF; false when the file could not be written.
    [[nodiscard]] static bool writePdf(const AppointmentLetter& letter, const QString& path);
};

} // namespace forlop
