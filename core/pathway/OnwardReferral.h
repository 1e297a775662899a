#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;
class PatientWrite;

enum class OnwardRecipient { Gp, MentalHealth, SubstanceAbuse, ChildWelfare, Other };
enum class OnwardStatus { Planned, Sent, Accepted, Declined, Cancelled };

struct NewOnwardReferral
{
    OnwardRecipient recipient = OnwardRecipient::Gp;
    QString recipientDetail; // the service's name, e.g. "DPS Testby" (administrative)
    QString reason;          // why: clinical
    QDate referredOn;
    OnwardStatus status = OnwardStatus::Planned;
};

struct OnwardReferral
{
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    OnwardRecipient recipient = OnwardRecipient::Gp;
    QString recipientDetail;
    QString reason;
    QDate referredOn;
    OnwardStatus status = OnwardStatus::Planned;
    QDateTime statusChangedAt;
};

// What follows an exclusion (or an unmet need): an onward referral, or the recorded reason why there is none.
struct OnwardChoice
{
    std::optional<NewOnwardReferral> referral;
    QString noReferralReason;
};

// Referral onward when the assessment reveals needs this service does not cover.
class OnwardReferrals
{
    Q_DECLARE_TR_FUNCTIONS(OnwardReferrals)

public:
    [[nodiscard]] static const QList<OnwardRecipient>& recipients();
    // gp, mental_health, substance_abuse, child_welfare, other
    [[nodiscard]] static QString id(OnwardRecipient recipient);
    [[nodiscard]] static std::optional<OnwardRecipient> recipientFromId(const QString& id);
    [[nodiscard]] static QString displayName(OnwardRecipient recipient);
    // planned, sent, accepted, declined, cancelled
    [[nodiscard]] static QString id(OnwardStatus status);
    [[nodiscard]] static std::optional<OnwardStatus> statusFromId(const QString& id);
    [[nodiscard]] static QString displayName(OnwardStatus status);

    [[nodiscard]] static Result<std::int64_t> create(Clinic& clinic, std::int64_t patientId,
                                                     const NewOnwardReferral& referral);
    [[nodiscard]] static Status setStatus(Clinic& clinic, std::int64_t onwardReferralId, OnwardStatus status);
    [[nodiscard]] static Result<QList<OnwardReferral>> list(Clinic& clinic, std::int64_t patientId);

    // For other pathway operations: validates and inserts inside their write (audited there too).
    [[nodiscard]] static Result<std::int64_t> insert(PatientWrite& write, const NewOnwardReferral& referral);
    // InvalidInput unless the choice names a referral or gives a reason for none.
    [[nodiscard]] static Status validateChoice(const OnwardChoice& choice, const QDate& today);
    [[nodiscard]] static Status validate(const NewOnwardReferral& referral, const QDate& today);
};

} // namespace forlop
