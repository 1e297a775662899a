#pragma once

#include "pathway/Patient.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace forlop {

// How the referral came: self-referral is allowed and first contact may be anonymous, and the clinic needs to
// see where its patients come from.
enum class ReferralChannel {
    Chat,
    Phone,
    SelfReferral,
    Gp,
    Specialist,
    ChildWelfare,
    Police,
    Correctional,
    Lawyer,
    Other
};
enum class Urgency { Normal, Urgent };

class ReferralCodes
{
    Q_DECLARE_TR_FUNCTIONS(ReferralCodes)

public:
    [[nodiscard]] static const QList<ReferralChannel>& channels();
    // chat, phone, self, gp, specialist, child_welfare, police, correctional, lawyer, other
    [[nodiscard]] static QString id(ReferralChannel channel);
    [[nodiscard]] static std::optional<ReferralChannel> channelFromId(const QString& id);
    [[nodiscard]] static QString displayName(ReferralChannel channel);
    // normal, urgent
    [[nodiscard]] static QString id(Urgency urgency);
    [[nodiscard]] static std::optional<Urgency> urgencyFromId(const QString& id);
    [[nodiscard]] static QString displayName(Urgency urgency);
};

struct Referral
{
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    QDate receivedOn;
    ReferralChannel channel = ReferralChannel::Other;
    QString referrerOrganisation;
    Urgency urgency = Urgency::Normal;
    std::optional<QDate> firstOfferedOn; // the first appointment offered, for waiting times
    bool imported = false;
};

// A referral as registered by a secretary or a clinician. The reason is clinical: whoever registers may write
// it, only holders of the clinical key can read it back.
struct NewReferral
{
    QDate receivedOn;
    ReferralChannel channel = ReferralChannel::Other;
    QString referrerOrganisation;
    Urgency urgency = Urgency::Normal;
    QString reason;
    PatientIdentity identity; // for a new record; an enquiry keeps its own (see PatientRegistry::updateIdentity)
    // Set to turn an existing enquiry into this referral; otherwise a new patient record is made.
    std::optional<std::int64_t> enquiryPatientId;
};

} // namespace forlop
