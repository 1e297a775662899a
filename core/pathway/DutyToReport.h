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
class Signer;

// Which duty was assessed: opplysningsplikt to child welfare, avvergeplikt (Penal Code §196) to the police or
// emergency services, or another duty.
enum class Duty { ChildWelfare, Avert, Other };
enum class DutyDecision { Notify, NotNotify };
enum class DutyRecipient { ChildWelfare, Police, Emergency, Other };
enum class NotificationChannel { Phone, Letter, InPerson, Electronic };
enum class PatientInformed { Yes, No, NotYet };

struct DutyReportInput
{
    Duty duty = Duty::ChildWelfare;
    QString trigger; // what gave rise to the assessment (clinical)
    QDate occurredOn;
    QDate assessedOn;
    QString assessment; // clinical
    std::optional<DutyDecision> decision;
    QString decisionReason; // clinical
    std::optional<std::int64_t> consultedUserId;
    QString consultedOther; // a colleague or leader outside the clinic's users
    std::optional<QDate> consultedOn;
    std::optional<DutyRecipient> recipient;
    QString recipientDetail; // whom exactly (clinical)
    std::optional<NotificationChannel> channel;
    std::optional<QDate> notifiedOn;
    std::optional<PatientInformed> patientInformed;
    bool followUpNeeded = false;
    QString followUpPlan; // clinical
};

struct DutyFollowUp
{
    std::int64_t id = 0;
    QDateTime at;
    std::int64_t byUser = 0;
    QString text;
    bool closes = false;
};

struct DutyReport
{
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    std::int64_t assessorId = 0;
    DutyReportInput content;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> signedAt;
    std::optional<QDateTime> followUpClosedAt;
    QList<DutyFollowUp> followUps;

    [[nodiscard]] bool followUpOpen() const { return content.followUpNeeded && !followUpClosedAt; }
};

// A signed duty-to-report record whose follow-up is still open: plain facts only, for the unit leader's list.
struct OpenDutyFollowUp
{
    std::int64_t reportId = 0;
    std::int64_t patientId = 0;
    QString pseudonym;
    Duty duty = Duty::ChildWelfare;
    QDate assessedOn;
    std::int64_t assessorId = 0;
};

// Every assessment of the duty to inform or to avert is documented: who assessed, when, on what grounds, the
// decision, whom they consulted and notified, and whether the patient was told. Drafted, then signed like a
// note; never deleted. Follow-up entries are added after signing until one closes the follow-up.
class DutyReports
{
    Q_DECLARE_TR_FUNCTIONS(DutyReports)

public:
    [[nodiscard]] static Result<std::int64_t> createDraft(Clinic& clinic, std::int64_t patientId,
                                                          const DutyReportInput& input);
    [[nodiscard]] static Status updateDraft(Clinic& clinic, std::int64_t reportId, const DutyReportInput& input);
    // Checks that every required field is filled, then signs; the record cannot change afterwards.
    [[nodiscard]] static Status sign(Clinic& clinic, std::int64_t reportId, const Signer& signer);
    [[nodiscard]] static Status addFollowUp(Clinic& clinic, std::int64_t reportId, const QString& text, bool closes);

    [[nodiscard]] static Result<DutyReport> get(Clinic& clinic, std::int64_t reportId);
    [[nodiscard]] static Result<QList<DutyReport>> forPatient(Clinic& clinic, std::int64_t patientId);
    // Signed records with an open follow-up: the whole clinic for a unit leader, one's own patients otherwise.
    [[nodiscard]] static Result<QList<OpenDutyFollowUp>> openFollowUps(Clinic& clinic);

    // The completeness rule for signing (translated error naming the first missing field).
    [[nodiscard]] static Status checkComplete(const DutyReportInput& input, const QDate& today);

    [[nodiscard]] static QString id(Duty duty);
    [[nodiscard]] static QString displayName(Duty duty);
    [[nodiscard]] static QString id(DutyDecision decision);
    [[nodiscard]] static QString id(DutyRecipient recipient);
    [[nodiscard]] static QString displayName(DutyRecipient recipient);
    [[nodiscard]] static QString id(NotificationChannel channel);
    [[nodiscard]] static QString id(PatientInformed informed);
    // Who must be notified for a duty, as a reminder on the form.
    [[nodiscard]] static QString reminder(Duty duty);
};

} // namespace forlop
