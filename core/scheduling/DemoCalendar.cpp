#include "scheduling/DemoCalendar.h"

#include "clinic/Clinic.h"
#include "scheduling/Booking.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/ClinicianCaseload.h"
#include "scheduling/RecurringSeries.h"
#include "scheduling/Room.h"
#include "scheduling/WorkingHours.h"

#include <array>
#include <optional>

namespace forlop {

namespace {

// Appointment starts a clinician can give in a week: five days of six hours, the lunch hour left free.
const std::array<QTime, 6> Hours{QTime(9, 0), QTime(10, 0), QTime(11, 0), QTime(12, 30), QTime(13, 30), QTime(14, 30)};
constexpr int SlotsPerWeek = 5 * 6;

WeekTemplate ordinaryWeek(const QDate& from)
{
    WeekTemplate week{from, {}};
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        week.periods << WorkPeriod{day, QTime(8, 0), QTime(15, 30)};
    }
    return week;
}

// The k-th slot of the week on the first such weekday from today on.
QDateTime slotStart(const QDate& today, int k)
{
    const int weekday = Qt::Monday + k % 5;
    QDate date = today.addDays((weekday - today.dayOfWeek() + 7) % 7);
    return ClinicTime::at(date, Hours.at(std::size_t(k / 5 % int(Hours.size()))));
}

std::optional<AppointmentType> nextVisit(PatientState state)
{
    switch (state) {
    case PatientState::Eligibility:
        return AppointmentType::EligibilityAssessment;
    case PatientState::Included:
    case PatientState::Assessment:
        return AppointmentType::Assessment;
    case PatientState::Treatment:
        return AppointmentType::TreatmentSession;
    case PatientState::FollowUp:
        return AppointmentType::FollowUp;
    default:
        return std::nullopt;
    }
}

} // namespace

Result<int> DemoCalendar::fill(Clinic& secretary, std::span<Clinic* const> clinicians, const QDate& today)
{
    int booked = 0;
    int number = 0;
    for (Clinic* clinician : clinicians) {
        ++number;
        const std::int64_t clinicianId = clinician->session().userId;
        if (auto status = WorkingHours::setWeek(secretary, clinicianId, ordinaryWeek(today.addDays(-today.day() + 1)));
            !status) {
            return std::unexpected(status.error());
        }
        auto room = Rooms::add(secretary, tr("Room %1").arg(number));
        if (!room) {
            return std::unexpected(room.error());
        }
        auto patients = ClinicianCaseload::page(*clinician, CaseloadFilter{}, 0, SlotsPerWeek);
        if (!patients) {
            return std::unexpected(patients.error());
        }
        int slot = number; // clinicians' weeks start on different days
        for (const CaseloadRow& row : std::as_const(*patients)) {
            const auto type = nextVisit(row.state);
            if (!type) {
                continue;
            }
            // Every fifth patient is seen by video: no room needed.
            const bool video = row.patientId % 5 == 0;
            const Modality modality = video ? Modality::Video : Modality::InPerson;
            const std::optional<std::int64_t> roomId = video ? std::nullopt : std::optional(*room);
            const auto bookAt = [&](const QDateTime& start) -> Result<int> {
                if (*type == AppointmentType::TreatmentSession) {
                    const int left = row.plannedSessions.value_or(16) - row.sessionsAttended;
                    const SeriesRequest series{row.patientId,
                                               clinicianId,
                                               roomId,
                                               *type,
                                               modality,
                                               start,
                                               0,
                                               std::clamp(left, 1, TreatmentWeeks),
                                               1};
                    auto id = RecurringSeries::create(secretary, series);
                    return id ? Result<int>(series.occurrences) : std::unexpected(id.error());
                }
                // Assessments and follow-ups a week out, as a secretary books them.
                const BookingRequest request{row.patientId, *type, modality,
                                             Slot::forType(clinicianId, start.addDays(7), *type, roomId)};
                auto id = Booking::book(secretary, request);
                return id ? Result<int>(1) : std::unexpected(id.error());
            };
            // The first slot of the week that is still free for the whole visit (assessments last longer).
            for (int tries = 0; tries < SlotsPerWeek; ++tries) {
                auto made = bookAt(slotStart(today, slot++));
                if (made) {
                    booked += *made;
                    break;
                }
                if (made.error().code != ErrorCode::Conflict) {
                    return std::unexpected(made.error());
                }
            }
        }
    }
    return booked;
}

} // namespace forlop
