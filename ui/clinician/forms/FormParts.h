#pragma once

#include "Error.h"
#include "pathway/PatientState.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>

class QDateEdit;
class QDate;
class QFrame;
class QGroupBox;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace forlop {

class Clinic;

// The small pieces every structured form of the record is built from, so the forms look alike: section boxes,
// hints in the muted colour, the amber notice that names a departure from the national standard, and the
// inline feedback line under a form's buttons.
class FormParts
{
    Q_DECLARE_TR_FUNCTIONS(FormParts)

public:
    [[nodiscard]] static QGroupBox* section(const QString& title, const QString& objectName = {});
    [[nodiscard]] static QLabel* hint(const QString& text, const QString& objectName = {});
    [[nodiscard]] static QLabel* heading(const QString& text);
    // An amber box with a warning icon: the text says why the field below it is needed.
    [[nodiscard]] static QFrame* notice(const QString& text, const QString& objectName, QLabel** label = nullptr);
    // The line under a form's buttons: errors in red, confirmations in green; hidden while empty.
    [[nodiscard]] static QLabel* feedback(const QString& objectName);
    static void showError(QLabel* feedback, const QString& text);
    static void showDone(QLabel* feedback, const QString& text);
    static void clear(QLabel* feedback);

    // A multi-line field of a few lines' height, for reasons and rationales.
    [[nodiscard]] static QPlainTextEdit* textBox(const QString& objectName, const QString& placeholder, int lines = 3);
    // A date field with a calendar popup that cannot go past today (core refuses future dates).
    [[nodiscard]] static QDateEdit* dateField(const QString& objectName, const QDate& today);
    // Moves a date field on to the clinic's today (its latest allowed date too), as when a page is reloaded.
    static void setToday(QDateEdit* edit, const QDate& today);
    // A row of buttons aligned right.
    [[nodiscard]] static QHBoxLayout* buttonRow(const QList<QWidget*>& buttons);
    // Fills page with a frameless scroll area (a long form must not be cut off at 1366×768) and returns the layout
    // of the scrolled content, with the spacing every form page uses.
    [[nodiscard]] static QVBoxLayout* scrollingContent(QWidget* page);
    [[nodiscard]] static QString dateFormat();
    [[nodiscard]] static QString date(const QDate& date);
    [[nodiscard]] static QString dateTime(const QDateTime& at);

    // The patient's current state, read through the patient registry (audited there); nullopt with the error.
    [[nodiscard]] static Result<PatientState> stateOf(Clinic& clinic, std::int64_t patientId);
};

} // namespace forlop
