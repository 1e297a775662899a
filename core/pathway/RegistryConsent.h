#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;
class Database;

// The patient's status towards the national quality registry (KvaSO), as a history of dated events.
enum class RegistryStatus { Informed, Consented, Declined, Withdrawn };

struct RegistryConsentEvent
{
    std::int64_t id = 0;
    RegistryStatus status = RegistryStatus::Informed;
    QDate onDate;
    QDateTime recordedAt;
    std::optional<std::int64_t> recordedBy;
};

// Registering and submitting data to the registry needs the patient's consent. A withdrawal is final for
// exports: a patient who has ever withdrawn is left out of every later export, whatever is recorded after.
class RegistryConsent
{
    Q_DECLARE_TR_FUNCTIONS(RegistryConsent)

public:
    // Consent or a refusal follows information; a withdrawal follows consent; nothing follows a withdrawal.
    [[nodiscard]] static Status record(Clinic& clinic, std::int64_t patientId, RegistryStatus status,
                                       const QDate& onDate);
    [[nodiscard]] static Result<QList<RegistryConsentEvent>> history(Clinic& clinic, std::int64_t patientId);

    // The patients whose data may go to the registry now: consented and never withdrawn. For the registry
    // export (ExportRegistry), which must take its patients from here.
    [[nodiscard]] static Result<QList<std::int64_t>> exportablePatients(Clinic& clinic);
    [[nodiscard]] static Result<bool> isExportable(Database& db, std::int64_t patientId);
    [[nodiscard]] static Result<std::optional<RegistryStatus>> currentStatus(Database& db, std::int64_t patientId);

    // informed, consented, declined, withdrawn
    [[nodiscard]] static QString id(RegistryStatus status);
    [[nodiscard]] static std::optional<RegistryStatus> fromId(const QString& id);
    [[nodiscard]] static QString displayName(RegistryStatus status);
};

} // namespace forlop
