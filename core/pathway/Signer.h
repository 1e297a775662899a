#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <cstdint>

namespace forlop {

class Clinic;

// Proof that the signed-in user has just typed their password again, which is what makes a signature theirs.
// Made for one signing action (the UI creates one per "Sign" and drops it); a batch of drafts can be signed
// with one confirmation. Bound to the session it was made in.
class Signer
{
    Q_DECLARE_TR_FUNCTIONS(Signer)

public:
    // AuthenticationFailed for a wrong password (audited): nothing is signed.
    [[nodiscard]] static Result<Signer> confirm(Clinic& clinic, const QByteArray& password);

    [[nodiscard]] std::int64_t userId() const { return m_userId; }
    // Whether this proof was made in that session (another session's proof signs nothing).
    [[nodiscard]] bool belongsTo(const Clinic& clinic) const;

private:
    Signer(const Clinic* clinic, std::int64_t userId) : m_clinic(clinic), m_userId(userId) {}

    const Clinic* m_clinic;
    std::int64_t m_userId;
};

} // namespace forlop
