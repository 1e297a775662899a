#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace forlop {

// The clinic's wall clock. Appointments are stored as UTC instants; working hours, days and every time a person
// reads are in the clinic's local time. All five clinics are in Norway, so that is Europe/Oslo, summer time
// included: a weekly session stays at 10:00 local time across the change.
class ClinicTime
{
    Q_DECLARE_TR_FUNCTIONS(ClinicTime)

public:
    [[nodiscard]] static const QTimeZone& zone();

    // The instant of a local date and time (a time inside the spring gap moves forward, as clocks do).
    [[nodiscard]] static QDateTime at(const QDate& date, const QTime& time);
    [[nodiscard]] static QDateTime startOfDay(const QDate& date);
    [[nodiscard]] static QDateTime toLocal(const QDateTime& instant);
    [[nodiscard]] static QDate dateOf(const QDateTime& instant);
    [[nodiscard]] static QTime timeOf(const QDateTime& instant);

    // Stored form: UTC, ISO 8601 with milliseconds. Fixed width, so text order is time order in SQL.
    [[nodiscard]] static QString toStored(const QDateTime& instant);
    [[nodiscard]] static QDateTime fromStored(const QString& text);
    [[nodiscard]] static QString toStoredDate(const QDate& date);
    [[nodiscard]] static QDate fromStoredDate(const QString& text);

    // For messages and screens: "10:00", "02.03.2026", "10:00–10:45".
    [[nodiscard]] static QString timeText(const QDateTime& instant);
    [[nodiscard]] static QString dateText(const QDate& date);
    [[nodiscard]] static QString rangeText(const QDateTime& start, const QDateTime& end);
    // "Monday 02.03.2026", translated.
    [[nodiscard]] static QString dayText(const QDate& date);
    [[nodiscard]] static QString weekdayName(int weekday);
};

} // namespace forlop
