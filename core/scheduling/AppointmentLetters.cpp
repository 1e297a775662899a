#include "scheduling/AppointmentLetters.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "clinic/ClinicSettings.h"
#include "pathway/PatientStore.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/DiscreetText.h"
#include "scheduling/PatientAppointments.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QRegularExpression>

namespace forlop {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_]+)\\}"));
    return pattern;
}

QStringList lines(const QString& text)
{
    QStringList result;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            result << line.trimmed();
        }
    }
    return result;
}

// The words found, quoted and listed, for a refusal.
QString quotedList(const QStringList& words)
{
    QStringList quoted;
    for (const QString& word : words) {
        quoted << QStringLiteral("“%1”").arg(word);
    }
    return quoted.join(QStringLiteral(", "));
}

Status requireDiscreet(const QString& text, const QString& messageWithList)
{
    const QStringList found = DiscreetText::revealingWords(text);
    if (!found.isEmpty()) {
        return fail(ErrorCode::InvalidInput, messageWithList.arg(quotedList(found)));
    }
    return {};
}

} // namespace

QString AppointmentLetter::plainText() const
{
    QStringList parts;
    parts << senderLines.join(QLatin1Char('\n')) << recipientLines.join(QLatin1Char('\n')) << dateLine << body;
    return parts.join(QStringLiteral("\n\n"));
}

QString AppointmentLetter::envelopeText() const
{
    QStringList parts;
    parts << senderLines.join(QStringLiteral(", ")) << recipientLines.join(QLatin1Char('\n'));
    return parts.join(QStringLiteral("\n\n"));
}

QStringList AppointmentLetters::placeholders()
{
    return {QStringLiteral("{name}"),    QStringLiteral("{weekday}"),  QStringLiteral("{date}"),
            QStringLiteral("{time}"),    QStringLiteral("{end_time}"), QStringLiteral("{place}"),
            QStringLiteral("{address}"), QStringLiteral("{sender}")};
}

QString AppointmentLetters::placeholderHelp(const QString& placeholder)
{
    if (placeholder == QLatin1String("{name}")) {
        return tr("the recipient's name (the reference number when no name is known)");
    }
    if (placeholder == QLatin1String("{weekday}")) {
        return tr("the day of the week of the appointment");
    }
    if (placeholder == QLatin1String("{date}")) {
        return tr("the date of the appointment");
    }
    if (placeholder == QLatin1String("{time}")) {
        return tr("the time it starts");
    }
    if (placeholder == QLatin1String("{end_time}")) {
        return tr("the time it ends");
    }
    if (placeholder == QLatin1String("{place}")) {
        return tr("where: the address, or how a video or phone meeting works");
    }
    if (placeholder == QLatin1String("{address}")) {
        return tr("the clinic's address for letters, on one line");
    }
    if (placeholder == QLatin1String("{sender}")) {
        return tr("the first line of the clinic's address");
    }
    return {};
}

QString AppointmentLetters::defaultTemplate()
{
    //: The default appointment letter. It must stay discreet: whoever opens the post may read it, so it names no
    //: service, no health profession and nothing about why the person comes. Keep the {placeholders} as they are.
    return tr("Dear {name},\n\n"
              "This is to confirm your appointment on {weekday} {date} at {time}.\n\n"
              "Place: {place}\n\n"
              "If you cannot come, please let us know as early as you can, so that the time can be given to "
              "someone else.\n\n"
              "Kind regards\n"
              "{sender}");
}

QString AppointmentLetters::fill(const QString& letterTemplate, const QHash<QString, QString>& values)
{
    QString result;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(letterTemplate);
    while (it.hasNext()) {
        const auto match = it.next();
        result += letterTemplate.mid(last, match.capturedStart() - last);
        result += values.value(match.captured(1), match.captured(0));
        last = match.capturedEnd();
    }
    result += letterTemplate.mid(last);
    return result;
}

QString AppointmentLetters::placeText(Modality modality, const QString& clinicAddress)
{
    switch (modality) {
    case Modality::InPerson:
        return lines(clinicAddress).join(QStringLiteral(", "));
    case Modality::Video:
        return tr("a video meeting; you will receive the link separately.");
    case Modality::Phone:
        return tr("by phone; we will call you at that time.");
    }
    return {};
}

Status AppointmentLetters::validateTemplate(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("The letter is empty."));
    }
    if (text.size() > MaxTemplateLength) {
        return fail(ErrorCode::InvalidInput,
                    tr("The letter is longer than %n characters.", nullptr, MaxTemplateLength));
    }
    const QStringList known = placeholders();
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString found = it.next().captured(0);
        if (!known.contains(found)) {
            //: %1 is a placeholder such as {nmae}; %2 lists the ones that work.
            return fail(ErrorCode::InvalidInput, tr("The letter uses %1, which Forløp does not know. Use %2.")
                                                     .arg(found, known.join(QStringLiteral(", "))));
        }
    }
    if (!text.contains(QLatin1String("{date}")) || !text.contains(QLatin1String("{time}"))) {
        return fail(ErrorCode::InvalidInput, tr("The letter must say when: keep {date} and {time} in it."));
    }
    //: %1 lists the words found, each in quotes.
    return requireDiscreet(text, tr("The letter must not reveal what kind of service this is. Remove %1."));
}

Status AppointmentLetters::validateAddress(const QString& address)
{
    if (lines(address).isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Write the clinic's address for letters."));
    }
    if (address.size() > MaxAddressLength) {
        return fail(ErrorCode::InvalidInput,
                    tr("The address is longer than %n characters.", nullptr, MaxAddressLength));
    }
    //: %1 lists the words found, each in quotes.
    return requireDiscreet(address, tr("The address is printed on letters and envelopes, so it must not reveal what "
                                       "kind of service this is. Remove %1."));
}

Result<LetterSettings> AppointmentLetters::settings(Database& db)
{
    auto stored = ClinicSettings::value(db, Setting::LetterTemplate);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    auto address = ClinicSettings::value(db, Setting::ClinicAddress);
    if (!address) {
        return std::unexpected(address.error());
    }
    LetterSettings settings;
    settings.isDefaultTemplate = stored->toString().trimmed().isEmpty();
    settings.letterTemplate = settings.isDefaultTemplate ? defaultTemplate() : stored->toString();
    settings.clinicAddress = address->toString();
    return settings;
}

Status AppointmentLetters::saveSettings(Clinic& clinic, const QString& letterTemplate, const QString& clinicAddress)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageSettings); !status) {
        return status;
    }
    const bool useDefault = letterTemplate.trimmed().isEmpty();
    if (!useDefault) {
        if (auto status = validateTemplate(letterTemplate); !status) {
            return status;
        }
    }
    if (auto status = validateAddress(clinicAddress); !status) {
        return status;
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    const std::pair<Setting, QString> changes[] = {
        {Setting::LetterTemplate, useDefault ? QString() : letterTemplate},
        {Setting::ClinicAddress, lines(clinicAddress).join(QLatin1Char('\n'))},
    };
    for (const auto& [setting, value] : changes) {
        if (auto status = ClinicSettings::store(clinic.db(), setting, value); !status) {
            return status;
        }
        if (auto status =
                clinic.audit(AuditEvent{QStringLiteral("setting.change"), std::nullopt, QStringLiteral("setting"),
                                        static_cast<std::int64_t>(setting), QLatin1String(AuditBasis::Administrative),
                                        ClinicSettings::key(setting), QStringLiteral("ok")});
            !status) {
            return status;
        }
    }
    return transaction->commit();
}

Result<AppointmentLetter> AppointmentLetters::compose(Clinic& clinic, std::int64_t appointmentId)
{
    if (auto status = Policy::require(clinic.session(), Permission::PrintLetters); !status) {
        return std::unexpected(status.error());
    }
    auto appointment = PatientAppointments::get(clinic, appointmentId);
    if (!appointment) {
        return std::unexpected(appointment.error());
    }
    if (appointment->status != AppointmentStatus::Booked) {
        return fail(ErrorCode::Conflict, tr("Only a booked appointment gets a letter; this one is marked “%1”.")
                                             .arg(AppointmentStatuses::displayName(appointment->status)));
    }
    auto patient = PatientStore::find(clinic.db(), appointment->patientId);
    if (!patient) {
        return std::unexpected(patient.error());
    }
    if (!*patient) {
        return fail(ErrorCode::NotFound, tr("The patient was not found."));
    }
    auto letterSettings = settings(clinic.db());
    if (!letterSettings) {
        return std::unexpected(letterSettings.error());
    }
    if (lines(letterSettings->clinicAddress).isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("The clinic's address for letters is not set yet. An administrator "
                                                "writes it under Letter settings."));
    }

    const QStringList sender = lines(letterSettings->clinicAddress);
    const QDateTime start = ClinicTime::toLocal(appointment->time.start);
    QHash<QString, QString> values{
        {QStringLiteral("weekday"), ClinicTime::weekdayName(start.date().dayOfWeek())},
        {QStringLiteral("date"), ClinicTime::dateText(start.date())},
        {QStringLiteral("time"), ClinicTime::timeText(appointment->time.start)},
        {QStringLiteral("end_time"), ClinicTime::timeText(appointment->time.end)},
        {QStringLiteral("place"), placeText(appointment->modality, letterSettings->clinicAddress)},
        {QStringLiteral("address"), sender.join(QStringLiteral(", "))},
        {QStringLiteral("sender"), sender.first()},
        {QStringLiteral("name"), QString()},
    };
    // Everything the clinic wrote is checked, with the patient's own name and address left out: a word in those
    // is the patient's, not the clinic's (someone may well live in Barnesvei).
    if (auto status = requireDiscreet(fill(letterSettings->letterTemplate, values) + QLatin1Char('\n') +
                                          letterSettings->clinicAddress,
                                      tr("The letter would reveal what kind of service this is, so it was not "
                                         "made. An administrator must remove %1 from the letter settings."));
        !status) {
        return std::unexpected(status.error());
    }
    const Patient& person = **patient;
    values.insert(QStringLiteral("name"), person.displayName());

    AppointmentLetter letter;
    letter.appointmentId = appointmentId;
    letter.patientId = person.id;
    letter.senderLines = sender;
    letter.recipientLines = QStringList{person.displayName()} + lines(person.identity.address);
    letter.dateLine = ClinicTime::dateText(ClinicTime::dateOf(clinic.clock().now()));
    letter.body = fill(letterSettings->letterTemplate, values);
    letter.start = appointment->time.start;
    letter.end = appointment->time.end;
    return letter;
}

Status AppointmentLetters::recordPrinted(Clinic& clinic, std::int64_t appointmentId)
{
    if (auto status = Policy::require(clinic.session(), Permission::PrintLetters); !status) {
        return status;
    }
    auto appointment = PatientAppointments::get(clinic, appointmentId);
    if (!appointment) {
        return std::unexpected(appointment.error());
    }
    return clinic.audit(AuditEvent{QStringLiteral("letter.print"),
                                   appointment->patientId,
                                   QStringLiteral("appointment"),
                                   appointmentId,
                                   QLatin1String(AuditBasis::Administrative),
                                   {},
                                   QStringLiteral("ok")});
}

} // namespace forlop
