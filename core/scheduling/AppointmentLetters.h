#pragma once

#include "Error.h"
#include "scheduling/Modality.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <cstdint>

namespace forlop {

class Clinic;
class Database;

// A letter confirming one appointment, ready to lay out: the clinic's discreet address, the recipient, and the
// clinic's template filled in. Nothing in it may say what kind of service this is (DiscreetText), and nothing
// clinical: not even the kind of appointment.
struct AppointmentLetter
{
    std::int64_t appointmentId = 0;
    std::int64_t patientId = 0;
    QStringList senderLines;    // the clinic's address for letters, as the administrator wrote it
    QStringList recipientLines; // the name (the pseudonym when nameless) and the address, if known
    QString dateLine;           // the day the letter is written
    QString body;               // the template, filled in
    QDateTime start;
    QDateTime end;

    // Everything printed, in reading order.
    [[nodiscard]] QString plainText() const;
    // What shows through an envelope's window or is written on it: the return address on one line, the recipient.
    [[nodiscard]] QString envelopeText() const;
};

struct LetterSettings
{
    QString letterTemplate; // the clinic's own, or the translated default when none is saved
    QString clinicAddress;
    bool isDefaultTemplate = true;
};

// The clinic's appointment letter: its template and address (administrators), composing a letter for a booked
// appointment, and recording that it was printed.
class AppointmentLetters
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentLetters)

public:
    static constexpr int MaxTemplateLength = 4000;
    static constexpr int MaxAddressLength = 400;

    // The placeholders a template may use, with braces: {name}, {weekday}, {date}, {time}, {end_time}, {place},
    // {address}, {sender}.
    [[nodiscard]] static QStringList placeholders();
    // What each placeholder stands for, translated, for the settings screen.
    [[nodiscard]] static QString placeholderHelp(const QString& placeholder);
    // The letter a clinic gets until its administrator writes its own, in the current language.
    [[nodiscard]] static QString defaultTemplate();

    // InvalidInput naming the problem: empty, too long, an unknown placeholder, no {date} or {time}, or a word
    // that would reveal the service.
    [[nodiscard]] static Status validateTemplate(const QString& text);
    [[nodiscard]] static Status validateAddress(const QString& address);

    // Any signed-in session (letters are printed at the desk); settings are no patient data.
    [[nodiscard]] static Result<LetterSettings> settings(Database& db);
    // Administrators: both validated, then saved together and audited. An empty template returns to the default.
    [[nodiscard]] static Status saveSettings(Clinic& clinic, const QString& letterTemplate,
                                             const QString& clinicAddress);

    // The letter for a booked appointment (reading the appointment and the patient's identity is audited).
    // Refused when the clinic's address for letters is missing or anything the clinic wrote would reveal the
    // service.
    [[nodiscard]] static Result<AppointmentLetter> compose(Clinic& clinic, std::int64_t appointmentId);
    // Audits "letter.print" for the appointment's patient; call when the letter went to the printer or a file.
    [[nodiscard]] static Status recordPrinted(Clinic& clinic, std::int64_t appointmentId);

    // Fills a template (no checks): placeholder name without braces → value.
    [[nodiscard]] static QString fill(const QString& letterTemplate, const QHash<QString, QString>& values);
    // How the letter says where to come: the clinic's address on one line, or how a video or phone meeting works.
    [[nodiscard]] static QString placeText(Modality modality, const QString& clinicAddress);
};

} // namespace forlop
