#include "ExitCode.h"

namespace forlop::admin {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::AuthenticationFailed:
        return ExitCode::AuthenticationFailed;
    case ErrorCode::Damaged:
        return ExitCode::Damaged;
    // A newer file is intact, and a refused permission is not a usage mistake: both are failed operations.
    case ErrorCode::NewerVersion:
    case ErrorCode::PermissionDenied:
    case ErrorCode::Failed:
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
    case ErrorCode::DiskFull:
    case ErrorCode::Busy:
        return ExitCode::Failed;
    }
    return ExitCode::Failed;
}

} // namespace forlop::admin
