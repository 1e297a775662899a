#include "scheduling/WaitingList.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/PatientState.h"
#include "scheduling/ClinicTime.h"
#include "util/Clock.h"

namespace forlop {

Result<QList<WaitingEntry>> WaitingList::entries(Clinic& clinic)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewWaitingList); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("waiting_list.view"),
                                              std::nullopt,
                                              QStringLiteral("waiting_list"),
                                              std::nullopt,
                                              QLatin1String(AuditBasis::Administrative),
                                              {},
                                              QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    auto stmt = clinic.db().prepare(
        "SELECT p.id, r.id, coalesce(nullif(trim(p.name), ''), p.pseudonym), p.state, r.urgency = 'urgent', "
        "r.received_on, r.channel, p.clinician_id, r.first_offered_on "
        "FROM patient p JOIN referral r ON r.patient_id = p.id "
        "WHERE p.state IN ('referred', 'waiting') "
        "AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id "
        "                AND a.status IN ('booked', 'attended')) "
        "AND NOT EXISTS (SELECT 1 FROM patient_block b WHERE b.patient_id = p.id AND b.user_id = ?1 "
        "                AND b.removed_at IS NULL) "
        "ORDER BY r.urgency = 'urgent' DESC, r.received_on, p.id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, clinic.session().userId);
    const QDate today = ClinicTime::dateOf(clinic.clock().now());
    QList<WaitingEntry> entries;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return entries;
        }
        WaitingEntry entry;
        entry.patientId = stmt->int64(0);
        entry.referralId = stmt->int64(1);
        entry.patientLabel = stmt->text(2);
        entry.state = stmt->text(3);
        entry.urgent = stmt->int64(4) != 0;
        entry.receivedOn = ClinicTime::fromStoredDate(stmt->text(5));
        entry.daysWaited = int(std::max<qint64>(0, entry.receivedOn.daysTo(today)));
        entry.channel = stmt->text(6);
        entry.clinicianId = stmt->optionalInt64(7);
        if (auto offered = stmt->optionalText(8)) {
            entry.firstOfferedOn = ClinicTime::fromStoredDate(*offered);
        }
        entries.append(entry);
    }
}

SlotSearch WaitingList::slotSearchFor(const WaitingEntry& entry)
{
    SlotSearch search;
    if (entry.clinicianId) {
        search.clinicianIds = {*entry.clinicianId};
    }
    search.patientId = entry.patientId;
    search.type = entry.state == PatientStates::id(PatientState::Waiting) ? AppointmentType::EligibilityAssessment
                                                                          : AppointmentType::FirstContact;
    return search;
}

} // namespace forlop
