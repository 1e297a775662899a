#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace forlop {

// Where a patient is on the pathway of the national standard.
enum class PatientState {
    Enquiry,     // a contact, often anonymous
    Referred,    // a referral is registered
    Waiting,     // on the waiting list for the eligibility assessment
    Eligibility, // eligibility assessment under way
    Included,
    Excluded,   // with reason and onward referral; final
    Assessment, // structured assessment (the assessment package)
    Treatment,  // 16–20 sessions by the national advice
    Ended,
    FollowUp, // final
};

// The transitions of the pathway. Each is made by exactly one operation of the pathway services, which checks
// this table first (an illegal transition is a Conflict and changes nothing), then its own preconditions.
class PatientStates
{
    Q_DECLARE_TR_FUNCTIONS(PatientStates)

public:
    [[nodiscard]] static const QList<PatientState>& all();
    // Stable identifiers, as stored: enquiry, referred, waiting, eligibility, included, excluded, assessment,
    // treatment, ended, follow_up.
    [[nodiscard]] static QString id(PatientState state);
    [[nodiscard]] static std::optional<PatientState> fromId(const QString& id);
    [[nodiscard]] static QString displayName(PatientState state);

    [[nodiscard]] static bool canTransition(PatientState from, PatientState to);
    [[nodiscard]] static QList<PatientState> targets(PatientState from);
    // Counted as active care (allocated clinician's caseload): not enquiry, excluded, ended or follow-up.
    [[nodiscard]] static bool isActive(PatientState state);

    // The Conflict message for an operation that does not fit the patient's state.
    [[nodiscard]] static QString illegalTransitionMessage(PatientState from, PatientState to);
};

} // namespace forlop
