#pragma once

#include "Error.h"
#include "pathway/Deviation.h"
#include "pathway/PatientState.h"
#include "pathway/Referral.h"
#include "pathway/SessionLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <cstdint>

namespace forlop {

class Clinic;

// Counts of the whole clinic, for scripts and checks (forlop-admin stats) and for tests that compare two
// clinics. Only plain columns are read, so an administrator without the clinical key can run it; no patient is
// named and nothing clinical is opened.
struct ClinicCounts
{
    std::int64_t patients = 0;
    QMap<PatientState, std::int64_t> patientsByState;
    std::int64_t referrals = 0;
    QMap<ReferralChannel, std::int64_t> referralsByChannel;
    std::int64_t urgentReferrals = 0;
    std::int64_t importedReferrals = 0;
    std::int64_t appointments = 0;
    std::int64_t sessions = 0;
    QMap<SessionAttendance, std::int64_t> sessionsByAttendance;
    std::int64_t signedNotes = 0;
    std::int64_t draftNotes = 0;
    std::int64_t addenda = 0;
    std::int64_t dutyReports = 0;
    std::int64_t signedDutyReports = 0;
    std::int64_t openDutyFollowUps = 0;
    std::int64_t onwardReferrals = 0;
    std::int64_t eligibilityAssessments = 0;
    std::int64_t treatmentPlans = 0;
    std::int64_t endedTreatments = 0;
    QMap<DeviationKind, std::int64_t> deviations;
    std::int64_t registryConsented = 0;
    std::int64_t registryWithdrawn = 0;
    std::int64_t users = 0;

    // Stable keys for scripts: every state, channel, attendance and deviation kind is present, zero or not.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] bool operator==(const ClinicCounts&) const = default;
};

class ClinicStatistics
{
    Q_DECLARE_TR_FUNCTIONS(ClinicStatistics)

public:
    // Unit leaders and administrators (ViewStatistics); audited.
    [[nodiscard]] static Result<ClinicCounts> compute(Clinic& clinic);
};

} // namespace forlop
