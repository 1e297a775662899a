#pragma once

#include "Error.h"

namespace forlop {

class Database;
class FidelityBuilder;
struct ReportPeriod;

// The referrals received in the period, by channel and by urgency: where the clinic's patients come from.
// By the patient's clinician (mostly unallocated while a referral waits).
class ReferralQuery
{
public:
    [[nodiscard]] static Status collect(Database& db, const ReportPeriod& period, FidelityBuilder& builder);
};

} // namespace forlop
