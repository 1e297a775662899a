#pragma once

#include "pathway/PatientState.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <cstdint>
#include <optional>

namespace forlop {

// Who the patient is, when they have chosen to say. Administrative data: secretaries may see and edit it.
// Everything is optional while contact is anonymous; name and national ID are required before treatment.
struct PatientIdentity
{
    QString name;
    QString nationalId; // 11 digits, validated by NationalId; empty when unknown
    std::optional<QDate> birthDate;
    std::optional<int> birthYear;
    QString phone;
    QString address;
    bool mayLeaveMessages = false;
    QString preferredContactTimes;

    // Enough to start treatment: a name and a national ID number.
    [[nodiscard]] bool isComplete() const { return !name.trimmed().isEmpty() && !nationalId.isEmpty(); }
};

struct Patient
{
    std::int64_t id = 0;
    QString pseudonym;
    PatientState state = PatientState::Enquiry;
    std::optional<std::int64_t> clinicianId;
    QDateTime createdAt;
    QDateTime stateChangedAt;
    PatientIdentity identity;

    // What screens show: the name when known, else the pseudonym.
    [[nodiscard]] QString displayName() const
    {
        return identity.name.trimmed().isEmpty() ? pseudonym : identity.name.trimmed();
    }
};

} // namespace forlop
