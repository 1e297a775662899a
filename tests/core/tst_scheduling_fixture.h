#pragma once

// Shared by the tst_scheduling_*.cpp tests: a clinic with the scheduling desk's staff and regular weeks, and
// synthetic referred patients.

#include "TestClinic.h"
#include "TestStaff.h"
#include "pathway/PatientStore.h"
#include "pathway/Referrals.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/WorkingHours.h"
#include "storage/Database.h"

#include <QTest>

namespace forlop::test {

// Monday 2 March 2026, 10:00 in Oslo: the TestClinic's fixed clock.
inline QDateTime oslo(int year, int month, int day, int hour, int minute = 0)
{
    return ClinicTime::at(QDate(year, month, day), QTime(hour, minute));
}

inline std::int64_t scalar(Clinic& clinic, const char* sql, std::int64_t bound = 0)
{
    auto stmt = clinic.db().prepare(sql);
    if (!stmt) {
        qWarning("%s", qPrintable(stmt.error().message));
        return -1;
    }
    if (bound) {
        stmt->bind(1, bound);
    }
    auto row = stmt->step();
    return row && *row ? stmt->int64(0) : -1;
}

// A referred patient, registered through the pathway's own service by the session given (a secretary), then
// placed on the waiting list or, for states deep in the pathway that these tests only need as a starting point,
// set there directly through the pathway's store. Returns the patient id (0 on failure).
inline std::int64_t addPatient(Clinic& desk, const QString& state = QStringLiteral("waiting"),
                               std::optional<std::int64_t> clinicianId = std::nullopt,
                               const QDate& received = QDate(2026, 2, 2),
                               const QString& urgency = QStringLiteral("normal"), const QString& name = {})
{
    NewReferral referral;
    referral.receivedOn = received;
    referral.channel = ReferralChannel::Phone;
    referral.urgency = ReferralCodes::urgencyFromId(urgency).value_or(Urgency::Normal);
    referral.identity.name = name;
    auto registered = Referrals::registerReferral(desk, referral);
    if (!registered) {
        qWarning("referral: %s", qPrintable(registered.error().message));
        return 0;
    }
    const std::int64_t id = registered->patientId;
    const PatientState target = PatientStates::fromId(state).value_or(PatientState::Waiting);
    if (target == PatientState::Waiting) {
        if (auto status = Referrals::placeOnWaitingList(desk, id); !status) {
            qWarning("waiting list: %s", qPrintable(status.error().message));
            return 0;
        }
    } else if (target != PatientState::Referred) {
        if (auto status = PatientStore::setState(desk.db(), id, PatientState::Referred, target, desk.session().userId,
                                                 desk.clock().now());
            !status) {
            qWarning("state: %s", qPrintable(status.error().message));
            return 0;
        }
    }
    if (clinicianId) {
        if (auto status = PatientStore::setClinician(desk.db(), id, *clinicianId); !status) {
            qWarning("allocation: %s", qPrintable(status.error().message));
            return 0;
        }
    }
    return id;
}

inline QString pseudonymOf(Clinic& clinic, std::int64_t patientId)
{
    auto stmt = clinic.db().prepare("SELECT pseudonym FROM patient WHERE id = ?1");
    if (!stmt) {
        return {};
    }
    stmt->bind(1, patientId);
    auto row = stmt->step();
    return row && *row ? stmt->text(0) : QString();
}

inline WeekTemplate weekdays(const QTime& start, const QTime& end, const QDate& from = QDate(2026, 1, 1))
{
    WeekTemplate week{from, {}};
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        week.periods.append(WorkPeriod{day, start, end});
    }
    return week;
}

// Two psychologists and a psychiatrist working Monday to Friday 08:00–15:30, a secretary, and the unit leader.
class SchedulingClinic
{
public:
    SchedulingClinic()
    {
        psykolog1 = addStaff(clinic, QStringLiteral("psykolog1"), Role::Clinician);
        psykolog2 = addStaff(clinic, QStringLiteral("psykolog2"), Role::Clinician);
        psykiater1 = addStaff(clinic, QStringLiteral("psykiater1"), Role::Clinician);
        sekretar = addStaff(clinic, QStringLiteral("sekretar"), Role::Secretary);
        auto desk = open("sekretar");
        if (!desk) {
            qFatal("the secretary cannot sign in");
        }
        if (!desk->db().exec("UPDATE user SET profession = 'psychiatrist' WHERE name = 'psykiater1'")) {
            qFatal("profession");
        }
        for (std::int64_t id : {psykolog1, psykolog2, psykiater1}) {
            if (auto status = WorkingHours::setWeek(*desk, id, weekdays(QTime(8, 0), QTime(15, 30))); !status) {
                qFatal("working hours: %s", qPrintable(status.error().message));
            }
        }
    }

    std::unique_ptr<Clinic> open(const char* user) { return clinic.open(QString::fromLatin1(user)); }

    TestClinic clinic;
    std::int64_t psykolog1 = 0;
    std::int64_t psykolog2 = 0;
    std::int64_t psykiater1 = 0;
    std::int64_t sekretar = 0;
};

} // namespace forlop::test
