#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace forlop {

// How the user came to see a patient, as shown to the patient in an access-log extract.
namespace AuditBasis {
inline constexpr auto CareRelation = "care_relation";
inline constexpr auto Clinic = "clinic";       // unit leader: all patients of the clinic
inline constexpr auto Emergency = "emergency"; // break the glass, with a typed reason
inline constexpr auto Administrative = "administrative";
inline constexpr auto System = "system";
} // namespace AuditBasis

struct AuditEvent
{
    QString action; // stable identifier such as "patient.view", "note.sign", "login.ok"
    std::optional<std::int64_t> patientId;
    QString objectType;
    std::optional<std::int64_t> objectId;
    QString basis;
    QString reason; // required for emergency access; shown to the patient
    QString outcome = QStringLiteral("ok");
};

// A row as stored, with its place in the chain.
struct AuditRecord
{
    std::int64_t seq = 0;
    QDateTime at;
    std::optional<std::int64_t> userId;
    QString userName;
    QString role;
    AuditEvent event;
    QByteArray hash;
};

} // namespace forlop
