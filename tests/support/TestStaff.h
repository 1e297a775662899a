#pragma once

#include "TestClinic.h"
#include "accounts/User.h"

namespace forlop::test {

// Adds a staff member through the real account services (admin creates, leder grants the clinical key to
// clinicians and unit leaders). Password "test". Returns the new user's id, or 0 on failure.
std::int64_t addStaff(TestClinic& clinic, const QString& name, Roles roles, bool grantClinical = true);

} // namespace forlop::test
