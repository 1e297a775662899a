#include "pathway/PatientState.h"

#include <array>
#include <utility>

namespace forlop {

namespace {

using S = PatientState;

// The whole pathway. Ending is possible from the assessment as well as from treatment, because patients drop
// out or are referred onward before treatment starts; exclusion is possible straight from a referral only when
// the person is known to be under 18.
constexpr std::array<std::pair<S, S>, 12> Transitions{{
    {S::Enquiry, S::Referred},
    {S::Referred, S::Waiting},
    {S::Referred, S::Excluded},
    {S::Waiting, S::Eligibility},
    {S::Eligibility, S::Included},
    {S::Eligibility, S::Excluded},
    {S::Included, S::Assessment},
    {S::Included, S::Ended},
    {S::Assessment, S::Treatment},
    {S::Assessment, S::Ended},
    {S::Treatment, S::Ended},
    {S::Ended, S::FollowUp},
}};

} // namespace

const QList<PatientState>& PatientStates::all()
{
    static const QList<PatientState> states{S::Enquiry,  S::Referred,   S::Waiting,   S::Eligibility, S::Included,
                                            S::Excluded, S::Assessment, S::Treatment, S::Ended,       S::FollowUp};
    return states;
}

QString PatientStates::id(PatientState state)
{
    switch (state) {
    case S::Enquiry:
        return QStringLiteral("enquiry");
    case S::Referred:
        return QStringLiteral("referred");
    case S::Waiting:
        return QStringLiteral("waiting");
    case S::Eligibility:
        return QStringLiteral("eligibility");
    case S::Included:
        return QStringLiteral("included");
    case S::Excluded:
        return QStringLiteral("excluded");
    case S::Assessment:
        return QStringLiteral("assessment");
    case S::Treatment:
        return QStringLiteral("treatment");
    case S::Ended:
        return QStringLiteral("ended");
    case S::FollowUp:
        return QStringLiteral("follow_up");
    }
    return {};
}

std::optional<PatientState> PatientStates::fromId(const QString& id)
{
    for (PatientState state : all()) {
        if (PatientStates::id(state) == id) {
            return state;
        }
    }
    return std::nullopt;
}

QString PatientStates::displayName(PatientState state)
{
    switch (state) {
    case S::Enquiry:
        return tr("Enquiry");
    case S::Referred:
        return tr("Referred");
    case S::Waiting:
        return tr("Waiting list");
    case S::Eligibility:
        return tr("Eligibility assessment");
    case S::Included:
        return tr("Included");
    case S::Excluded:
        return tr("Excluded");
    case S::Assessment:
        return tr("Assessment");
    case S::Treatment:
        return tr("In treatment");
    case S::Ended:
        return tr("Treatment ended");
    case S::FollowUp:
        return tr("Follow-up");
    }
    return {};
}

bool PatientStates::canTransition(PatientState from, PatientState to)
{
    for (const auto& [a, b] : Transitions) {
        if (a == from && b == to) {
            return true;
        }
    }
    return false;
}

QList<PatientState> PatientStates::targets(PatientState from)
{
    QList<PatientState> result;
    for (const auto& [a, b] : Transitions) {
        if (a == from) {
            result << b;
        }
    }
    return result;
}

bool PatientStates::isActive(PatientState state)
{
    switch (state) {
    case S::Referred:
    case S::Waiting:
    case S::Eligibility:
    case S::Included:
    case S::Assessment:
    case S::Treatment:
        return true;
    case S::Enquiry:
    case S::Excluded:
    case S::Ended:
    case S::FollowUp:
        return false;
    }
    return false;
}

QString PatientStates::illegalTransitionMessage(PatientState from, PatientState to)
{
    //: %1 and %2 are pathway states, e.g. "Waiting list" and "In treatment".
    return tr("A patient in the state “%1” cannot move to “%2”. Nothing was changed.")
        .arg(displayName(from), displayName(to));
}

} // namespace forlop
