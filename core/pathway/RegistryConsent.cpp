#include "pathway/RegistryConsent.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientWrite.h"
#include "util/Clock.h"

namespace forlop {

using namespace pathwaysql;

namespace {

// Latest event, and whether the patient ever withdrew: plain columns only.
constexpr auto Exportable = "SELECT e.patient_id FROM registry_consent_event e "
                            "WHERE e.id = (SELECT max(id) FROM registry_consent_event WHERE patient_id = e.patient_id) "
                            "AND e.status = 'consented' "
                            "AND NOT EXISTS (SELECT 1 FROM registry_consent_event w WHERE w.patient_id = e.patient_id "
                            "AND w.status = 'withdrawn') ";

} // namespace

QString RegistryConsent::id(RegistryStatus status)
{
    switch (status) {
    case RegistryStatus::Informed:
        return QStringLiteral("informed");
    case RegistryStatus::Consented:
        return QStringLiteral("consented");
    case RegistryStatus::Declined:
        return QStringLiteral("declined");
    case RegistryStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<RegistryStatus> RegistryConsent::fromId(const QString& id)
{
    for (RegistryStatus status :
         {RegistryStatus::Informed, RegistryStatus::Consented, RegistryStatus::Declined, RegistryStatus::Withdrawn}) {
        if (RegistryConsent::id(status) == id) {
            return status;
        }
    }
    return std::nullopt;
}

QString RegistryConsent::displayName(RegistryStatus status)
{
    switch (status) {
    case RegistryStatus::Informed:
        return tr("Informed about the registry");
    case RegistryStatus::Consented:
        return tr("Consented to the registry");
    case RegistryStatus::Declined:
        return tr("Declined the registry");
    case RegistryStatus::Withdrawn:
        return tr("Withdrew registry consent");
    }
    return {};
}

Result<std::optional<RegistryStatus>> RegistryConsent::currentStatus(Database& db, std::int64_t patientId)
{
    auto stmt = query(db, "SELECT status FROM registry_consent_event WHERE patient_id = ?1 ORDER BY id DESC LIMIT 1",
                      patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<RegistryStatus>();
    }
    return fromId(stmt->text(0));
}

Status RegistryConsent::record(Clinic& clinic, std::int64_t patientId, RegistryStatus status, const QDate& onDate)
{
    if (!onDate.isValid() || onDate > clinic.clock().today()) {
        return fail(ErrorCode::InvalidInput, tr("The registry status needs a date that is not in the future."));
    }
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (write->state() == PatientState::Enquiry) {
        return fail(ErrorCode::Conflict, tr("Register the referral before recording registry consent."));
    }
    auto withdrawn =
        count(clinic.db(), "SELECT count(*) FROM registry_consent_event WHERE patient_id = ?1 AND status = 'withdrawn'",
              patientId);
    if (!withdrawn) {
        return std::unexpected(withdrawn.error());
    }
    if (*withdrawn > 0) {
        return fail(ErrorCode::Conflict, tr("The patient has withdrawn registry consent. A withdrawal is final: the "
                                            "patient stays out of every later export."));
    }
    auto informed =
        count(clinic.db(), "SELECT count(*) FROM registry_consent_event WHERE patient_id = ?1 AND status = 'informed'",
              patientId);
    if (!informed) {
        return std::unexpected(informed.error());
    }
    auto current = currentStatus(clinic.db(), patientId);
    if (!current) {
        return std::unexpected(current.error());
    }
    if ((status == RegistryStatus::Consented || status == RegistryStatus::Declined) && *informed == 0) {
        return fail(ErrorCode::Conflict, tr("Record that the patient was informed about the registry first."));
    }
    if (status == RegistryStatus::Withdrawn && *current != RegistryStatus::Consented) {
        return fail(ErrorCode::Conflict, tr("Only a patient who has consented can withdraw consent."));
    }
    auto lastDate =
        query(clinic.db(), "SELECT max(on_date) FROM registry_consent_event WHERE patient_id = ?1", patientId);
    if (!lastDate) {
        return std::unexpected(lastDate.error());
    }
    if (auto row = lastDate->step(); !row) {
        return std::unexpected(row.error());
    } else if (*row && !lastDate->isNull(0) && parseDate(lastDate->text(0)) > onDate) {
        return fail(ErrorCode::InvalidInput, tr("The date is earlier than the patient's last registry event."));
    }
    auto eventId =
        insert(clinic.db(),
               "INSERT INTO registry_consent_event (patient_id, status, on_date, recorded_at, recorded_by) "
               "VALUES (?1, ?2, ?3, ?4, ?5)",
               patientId, id(status), isoDate(onDate), isoTime(clinic.clock().now()), userRef(clinic.session().userId));
    if (!eventId) {
        return std::unexpected(eventId.error());
    }
    if (auto result =
            write->audit(QStringLiteral("registry.") + id(status), QStringLiteral("registry_consent_event"), *eventId);
        !result) {
        return result;
    }
    return write->commit();
}

Result<QList<RegistryConsentEvent>> RegistryConsent::history(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto stmt = query(clinic.db(),
                      "SELECT id, status, on_date, recorded_at, recorded_by FROM registry_consent_event "
                      "WHERE patient_id = ?1 ORDER BY id",
                      patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<RegistryConsentEvent> events;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        events << RegistryConsentEvent{stmt->int64(0), fromId(stmt->text(1)).value_or(RegistryStatus::Informed),
                                       parseDate(stmt->text(2)), parseTime(stmt->text(3)), stmt->optionalInt64(4)};
    }
    if (auto status =
            PatientAccess::auditRead(clinic, patientId, QStringLiteral("registry_consent"), std::nullopt, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return events;
}

Result<bool> RegistryConsent::isExportable(Database& db, std::int64_t patientId)
{
    auto found = optionalInt(db, (QByteArray(Exportable) + "AND e.patient_id = ?1").constData(), patientId);
    if (!found) {
        return std::unexpected(found.error());
    }
    return found->has_value();
}

Result<QList<std::int64_t>> RegistryConsent::exportablePatients(Clinic& clinic)
{
    if (auto status = Policy::require(clinic.session(), Permission::ExportRegistry); !status) {
        return std::unexpected(status.error());
    }
    auto stmt = query(clinic.db(), (QByteArray(Exportable) + "ORDER BY e.patient_id").constData());
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<std::int64_t> ids;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        ids << stmt->int64(0);
    }
    return ids;
}

} // namespace forlop
