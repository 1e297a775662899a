#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace forlop {

// What kind of failure, so front ends can choose an exit code or a dialog without parsing text.
enum class ErrorCode {
    Failed,               // the operation failed for another reason (message says why)
    InvalidInput,         // the caller's data breaks a rule; nothing was changed
    AuthenticationFailed, // wrong user name or password (never says which)
    PermissionDenied,     // the session's roles do not allow this
    NotFound,
    Conflict,             // e.g. a double booking or an illegal state transition
    Damaged,              // the file is damaged, truncated or not a Forløp file
    NewerVersion,         // written by a newer Forløp
    DiskFull,
    Busy,
};

// A failure meant for people: the message is already translated and never names a patient.
struct Error
{
    ErrorCode code = ErrorCode::Failed;
    QString message;
};

template <typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected(Error{code, std::move(message)});
}

} // namespace forlop
