#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace forlop {

// The period a report covers: the local days from `from` up to, not including, `to`. Half-open, so months and
// years join without overlap ([1 Jan, 1 Feb) then [1 Feb, 1 Mar)). Dates are the clinic's local days.
struct ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    static constexpr int MaximumDays = 366 * 10;

    QDate from; // first day in the period
    QDate to;   // first day after it

    // InvalidInput unless both dates are valid and from is before to (an empty period has nothing to report).
    [[nodiscard]] static Result<ReportPeriod> make(const QDate& from, const QDate& to);
    // From the first to the last day, both included (as typed on the command line and picked in a form).
    [[nodiscard]] static Result<ReportPeriod> days(const QDate& first, const QDate& last);
    // The calendar month or year holding the day.
    [[nodiscard]] static ReportPeriod monthOf(const QDate& day);
    [[nodiscard]] static ReportPeriod yearOf(const QDate& day);

    [[nodiscard]] QDate last() const { return to.addDays(-1); }
    [[nodiscard]] bool contains(const QDate& day) const { return day >= from && day < to; }
    // For columns holding a date ("2026-03-02"): compare with >= fromDate() AND < toDate().
    [[nodiscard]] QString fromDate() const;
    [[nodiscard]] QString toDate() const;
    // For columns holding a UTC instant in the stored form: the instants where the local days begin and end.
    [[nodiscard]] QString fromInstant() const;
    [[nodiscard]] QString toInstant() const;
    // The first day of every calendar month the period touches, in order.
    [[nodiscard]] QList<QDate> months() const;
    // "01.01.2026–31.12.2026"
    [[nodiscard]] QString displayText() const;

    [[nodiscard]] bool operator==(const ReportPeriod&) const = default;
};

} // namespace forlop
