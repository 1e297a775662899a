#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace forlop {

// What an appointment is for, along the pathway of the national standard.
enum class AppointmentType { FirstContact, EligibilityAssessment, Assessment, TreatmentSession, FollowUp };

class AppointmentTypes
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentTypes)

public:
    [[nodiscard]] static const QList<AppointmentType>& all();
    // Stable identifiers, as stored: first_contact, eligibility_assessment, assessment, treatment_session, follow_up.
    [[nodiscard]] static QString id(AppointmentType type);
    [[nodiscard]] static std::optional<AppointmentType> fromId(const QString& id);
    [[nodiscard]] static QString displayName(AppointmentType type);
    // The length a booking gets unless the secretary sets another.
    [[nodiscard]] static int defaultMinutes(AppointmentType type);
};

} // namespace forlop
