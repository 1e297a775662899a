#include "scheduling/FreeSlotSearch.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/Availability.h"
#include "scheduling/BookingRules.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/Clinicians.h"
#include "scheduling/TimeRangeList.h"
#include "util/Clock.h"

#include <algorithm>

namespace forlop {

namespace {

constexpr qint64 StepSeconds = qint64(FreeSlotSearch::StepMinutes) * 60;

// Up to the next quarter hour. The clinic's offset from UTC is whole hours, so the UTC grid is the local one.
QDateTime roundUp(const QDateTime& instant)
{
    const qint64 seconds = (instant.toMSecsSinceEpoch() + 999) / 1000;
    const qint64 rounded = ((seconds + StepSeconds - 1) / StepSeconds) * StepSeconds;
    return QDateTime::fromSecsSinceEpoch(rounded, Qt::UTC);
}

bool suits(const SlotPreferences& preferences, const TimeRange& time)
{
    const QDateTime start = ClinicTime::toLocal(time.start);
    const QDateTime end = ClinicTime::toLocal(time.end);
    if (!preferences.weekdays.isEmpty() && !preferences.weekdays.contains(start.date().dayOfWeek())) {
        return false;
    }
    if (preferences.earliestStart.isValid() && start.time() < preferences.earliestStart) {
        return false;
    }
    if (preferences.latestEnd.isValid() && (end.date() != start.date() || end.time() > preferences.latestEnd)) {
        return false;
    }
    return true;
}

bool clear(const QList<Appointment>& busy, const TimeRange& time)
{
    return std::none_of(busy.begin(), busy.end(), [&](const Appointment& each) { return each.time.overlaps(time); });
}

Status validate(const SlotSearch& search, int minutes)
{
    if (minutes < BookingRules::MinimumMinutes || minutes > AppointmentStore::LongestMinutes ||
        minutes % BookingRules::GridMinutes != 0) {
        return fail(ErrorCode::InvalidInput, FreeSlotSearch::tr("An appointment lasts from %1 minutes to %2 hours, "
                                                                "in whole five minutes.")
                                                 .arg(BookingRules::MinimumMinutes)
                                                 .arg(AppointmentStore::LongestMinutes / 60));
    }
    if (search.days < 1 || search.days > FreeSlotSearch::MaxDays || search.maxSlots < 1 ||
        search.maxSlots > FreeSlotSearch::MaxSlots) {
        return fail(ErrorCode::InvalidInput,
                    FreeSlotSearch::tr("Search from 1 to %1 days ahead for 1 to %2 free times.")
                        .arg(FreeSlotSearch::MaxDays)
                        .arg(FreeSlotSearch::MaxSlots));
    }
    for (int day : search.preferences.weekdays) {
        if (day < Qt::Monday || day > Qt::Sunday) {
            return fail(ErrorCode::InvalidInput, FreeSlotSearch::tr("A preferred weekday is not valid."));
        }
    }
    const SlotPreferences& preferences = search.preferences;
    if (preferences.earliestStart.isValid() && preferences.latestEnd.isValid() &&
        preferences.earliestStart.addSecs(qint64(minutes) * 60) > preferences.latestEnd) {
        return fail(ErrorCode::InvalidInput, FreeSlotSearch::tr("The preferred times are too short for the "
                                                                "appointment."));
    }
    return {};
}

struct RoomCalendar
{
    std::int64_t id = 0;
    QList<Appointment> busy;
};

} // namespace

Result<QList<Slot>> FreeSlotSearch::find(Clinic& clinic, const SlotSearch& search)
{
    if (auto status = Policy::require(clinic.session(), Permission::ManageAppointments); !status) {
        return std::unexpected(status.error());
    }
    const int minutes = search.minutes > 0 ? search.minutes : AppointmentTypes::defaultMinutes(search.type);
    if (auto status = validate(search, minutes); !status) {
        return std::unexpected(status.error());
    }
    if (search.patientId) {
        if (auto grant = PatientAccess::administrative(clinic, *search.patientId); !grant) {
            return std::unexpected(grant.error());
        }
    }
    Database& db = clinic.db();
    const QDateTime now = clinic.clock().now();
    const QDateTime from = search.from.isValid() ? std::max(search.from, now) : now;
    const TimeRange window{roundUp(from), ClinicTime::startOfDay(ClinicTime::dateOf(from).addDays(search.days))};
    if (!window.isValid()) {
        return QList<Slot>();
    }

    QList<User> clinicians;
    if (search.clinicianIds.isEmpty()) {
        auto all = Clinicians::active(db, search.profession);
        if (!all) {
            return std::unexpected(all.error());
        }
        clinicians = *all;
    } else {
        for (std::int64_t id : search.clinicianIds) {
            auto clinician = Clinicians::requireActive(db, id);
            if (!clinician) {
                return std::unexpected(clinician.error());
            }
            clinicians.append(*clinician);
        }
    }

    QList<RoomCalendar> rooms;
    if (search.needsRoom) {
        auto stmt = db.prepare("SELECT id FROM room WHERE active = 1 ORDER BY name, id");
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        while (true) {
            auto row = stmt->step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            rooms.append(RoomCalendar{stmt->int64(0), {}});
        }
        if (rooms.isEmpty()) {
            return fail(ErrorCode::InvalidInput, tr("No rooms are in use. Add a room, or search without one."));
        }
        for (RoomCalendar& room : rooms) {
            auto busy = AppointmentStore::overlapping(db, AppointmentStore::Owner::Room, room.id, window, false);
            if (!busy) {
                return std::unexpected(busy.error());
            }
            room.busy = *busy;
        }
    }

    QList<TimeRange> patientBusy;
    if (search.patientId) {
        auto busy =
            AppointmentStore::overlapping(db, AppointmentStore::Owner::Patient, *search.patientId, window, false);
        if (!busy) {
            return std::unexpected(busy.error());
        }
        for (const Appointment& each : *busy) {
            patientBusy.append(each.time);
        }
    }

    QList<Slot> slots;
    for (const User& clinician : clinicians) {
        auto working = Availability::working(db, clinician.id, window);
        if (!working) {
            return std::unexpected(working.error());
        }
        auto booked =
            AppointmentStore::overlapping(db, AppointmentStore::Owner::Clinician, clinician.id, window, false);
        if (!booked) {
            return std::unexpected(booked.error());
        }
        QList<TimeRange> busy = patientBusy;
        for (const Appointment& each : *booked) {
            busy.append(each.time);
        }
        int offered = 0;
        for (const TimeRange& free : TimeRangeList::subtract(*working, busy)) {
            QDateTime start = roundUp(free.start);
            while (offered < search.maxSlots) {
                const TimeRange time = TimeRange::ofMinutes(start, minutes);
                if (time.end > free.end) {
                    break;
                }
                std::optional<std::int64_t> roomId;
                bool placeable = suits(search.preferences, time);
                if (placeable && search.needsRoom) {
                    const auto room = std::find_if(rooms.begin(), rooms.end(),
                                                   [&](const RoomCalendar& each) { return clear(each.busy, time); });
                    placeable = room != rooms.end();
                    if (placeable) {
                        roomId = room->id;
                    }
                }
                if (!placeable) {
                    start = start.addSecs(StepSeconds);
                    continue;
                }
                slots.append(Slot{clinician.id, roomId, time});
                ++offered;
                start = roundUp(time.end);
            }
        }
    }
    std::stable_sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) {
        return a.time.start < b.time.start || (a.time.start == b.time.start && a.clinicianId < b.clinicianId);
    });
    if (slots.size() > search.maxSlots) {
        slots.resize(search.maxSlots);
    }
    return slots;
}

} // namespace forlop
