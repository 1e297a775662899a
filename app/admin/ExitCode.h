#pragma once

#include "Error.h"

namespace forlop::admin {

// forlop-admin's exit codes: a contract that scripts and later issues rely on. Never renumber them.
namespace ExitCode {
inline constexpr int Success = 0;
inline constexpr int Failed = 1;               // the operation failed; the reason is on stderr
inline constexpr int UsageError = 2;           // unknown command or option, missing argument or input line
inline constexpr int AuthenticationFailed = 3; // wrong user name or password (never says which)
inline constexpr int Damaged = 4;              // the file is damaged or not a Forløp database
} // namespace ExitCode

// The one place where core's error kinds become exit codes.
[[nodiscard]] int exitCodeFor(ErrorCode code);

} // namespace forlop::admin
