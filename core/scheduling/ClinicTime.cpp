#include "scheduling/ClinicTime.h"

namespace forlop {

const QTimeZone& ClinicTime::zone()
{
    static const QTimeZone oslo(QByteArrayLiteral("Europe/Oslo"));
    return oslo;
}

QDateTime ClinicTime::at(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, zone());
}

QDateTime ClinicTime::startOfDay(const QDate& date)
{
    return date.startOfDay(zone());
}

QDateTime ClinicTime::toLocal(const QDateTime& instant)
{
    return instant.toTimeZone(zone());
}

QDate ClinicTime::dateOf(const QDateTime& instant)
{
    return toLocal(instant).date();
}

QTime ClinicTime::timeOf(const QDateTime& instant)
{
    return toLocal(instant).time();
}

QString ClinicTime::toStored(const QDateTime& instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime ClinicTime::fromStored(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString ClinicTime::toStoredDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QDate ClinicTime::fromStoredDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QString ClinicTime::timeText(const QDateTime& instant)
{
    return timeOf(instant).toString(QStringLiteral("HH:mm"));
}

QString ClinicTime::dateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString ClinicTime::rangeText(const QDateTime& start, const QDateTime& end)
{
    if (dateOf(start) == dateOf(end) || timeOf(end) == QTime(0, 0)) {
        return timeText(start) + QChar(0x2013) + timeText(end);
    }
    //: A time range over midnight: start date and time, end date and time.
    return tr("%1 %2 – %3 %4").arg(dateText(dateOf(start)), timeText(start), dateText(dateOf(end)), timeText(end));
}

QString ClinicTime::dayText(const QDate& date)
{
    //: A weekday name and a date, e.g. "Monday 02.03.2026".
    return tr("%1 %2").arg(weekdayName(date.dayOfWeek()), dateText(date));
}

QString ClinicTime::weekdayName(int weekday)
{
    switch (weekday) {
    case Qt::Monday:
        return tr("Monday");
    case Qt::Tuesday:
        return tr("Tuesday");
    case Qt::Wednesday:
        return tr("Wednesday");
    case Qt::Thursday:
        return tr("Thursday");
    case Qt::Friday:
        return tr("Friday");
    case Qt::Saturday:
        return tr("Saturday");
    case Qt::Sunday:
        return tr("Sunday");
    default:
        return {};
    }
}

} // namespace forlop
