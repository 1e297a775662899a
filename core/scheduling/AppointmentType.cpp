#include "scheduling/AppointmentType.h"

namespace forlop {

const QList<AppointmentType>& AppointmentTypes::all()
{
    static const QList<AppointmentType> types{AppointmentType::FirstContact, AppointmentType::EligibilityAssessment,
                                              AppointmentType::Assessment, AppointmentType::TreatmentSession,
                                              AppointmentType::FollowUp};
    return types;
}

QString AppointmentTypes::id(AppointmentType type)
{
    switch (type) {
    case AppointmentType::FirstContact:
        return QStringLiteral("first_contact");
    case AppointmentType::EligibilityAssessment:
        return QStringLiteral("eligibility_assessment");
    case AppointmentType::Assessment:
        return QStringLiteral("assessment");
    case AppointmentType::TreatmentSession:
        return QStringLiteral("treatment_session");
    case AppointmentType::FollowUp:
        return QStringLiteral("follow_up");
    }
    return {};
}

std::optional<AppointmentType> AppointmentTypes::fromId(const QString& id)
{
    for (AppointmentType type : all()) {
        if (AppointmentTypes::id(type) == id) {
            return type;
        }
    }
    return std::nullopt;
}

QString AppointmentTypes::displayName(AppointmentType type)
{
    switch (type) {
    case AppointmentType::FirstContact:
        return tr("First contact");
    case AppointmentType::EligibilityAssessment:
        return tr("Eligibility assessment");
    case AppointmentType::Assessment:
        return tr("Assessment");
    case AppointmentType::TreatmentSession:
        return tr("Treatment session");
    case AppointmentType::FollowUp:
        return tr("Follow-up");
    }
    return {};
}

int AppointmentTypes::defaultMinutes(AppointmentType type)
{
    switch (type) {
    case AppointmentType::FirstContact:
        return 45;
    case AppointmentType::EligibilityAssessment:
        return 60;
    case AppointmentType::Assessment:
        return 90;
    case AppointmentType::TreatmentSession:
        return 45;
    case AppointmentType::FollowUp:
        return 45;
    }
    return 45;
}

} // namespace forlop
