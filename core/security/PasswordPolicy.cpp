#include "security/PasswordPolicy.h"

#include <QSet>

namespace forlop {

Status PasswordPolicy::check(const QByteArray& password, ClinicKind kind)
{
    if (password.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("The password must not be empty."));
    }
    if (kind == ClinicKind::Production && QString::fromUtf8(password).size() < MinimumLength) {
        return fail(ErrorCode::InvalidInput,
                    tr("The password must have at least %n characters.", nullptr, MinimumLength));
    }
    return {};
}

PasswordPolicy::Strength PasswordPolicy::estimate(const QString& password)
{
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (QChar c : password) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
        distinct.insert(c);
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    const int length = static_cast<int>(password.size());
    if (length < MinimumLength || distinct.size() < 5) {
        return Strength::Weak;
    }
    if (length >= 20 || (length >= 14 && classes >= 3)) {
        return Strength::Strong;
    }
    if (length >= 14 || classes >= 3) {
        return Strength::Good;
    }
    return Strength::Fair;
}

QString PasswordPolicy::describe(Strength strength)
{
    switch (strength) {
    case Strength::Weak:
        return tr("Weak: use at least %n characters, for example a few unrelated words.", nullptr, MinimumLength);
    case Strength::Fair:
        return tr("Fair: a longer password is much harder to guess.");
    case Strength::Good:
        return tr("Good.");
    case Strength::Strong:
        return tr("Strong.");
    }
    return {};
}

} // namespace forlop
