#include "pathway/IdentityRules.h"

#include "pathway/NationalId.h"

#include <QRegularExpression>

namespace forlop {

Status IdentityRules::normalise(PatientIdentity& identity, ClinicKind clinicKind, const QDate& today)
{
    identity.name = identity.name.simplified();
    identity.phone = identity.phone.trimmed();
    identity.address = identity.address.trimmed();
    identity.preferredContactTimes = identity.preferredContactTimes.trimmed();
    if (identity.name.size() > MaxNameLength) {
        return fail(ErrorCode::InvalidInput, tr("The name is longer than %n characters.", nullptr, MaxNameLength));
    }
    static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 ()-]*$"));
    if (identity.phone.size() > MaxPhoneLength || !phonePattern.match(identity.phone).hasMatch()) {
        return fail(ErrorCode::InvalidInput,
                    tr("A phone number may hold digits, spaces, dashes, brackets and a leading +."));
    }
    if (identity.address.size() > MaxTextLength || identity.preferredContactTimes.size() > MaxTextLength) {
        return fail(ErrorCode::InvalidInput, tr("A text field is longer than %n characters.", nullptr, MaxTextLength));
    }

    if (!identity.nationalId.trimmed().isEmpty()) {
        auto id = NationalId::parse(identity.nationalId, clinicKind);
        if (!id) {
            return std::unexpected(id.error());
        }
        identity.nationalId = id->digits();
        if (identity.birthDate && *identity.birthDate != id->birthDate()) {
            return fail(ErrorCode::InvalidInput, tr("The date of birth does not match the national ID number."));
        }
        identity.birthDate = id->birthDate();
    } else {
        identity.nationalId.clear();
    }
    if (identity.birthDate) {
        if (!identity.birthDate->isValid()) {
            return fail(ErrorCode::InvalidInput, tr("The date of birth is not a valid date."));
        }
        if (identity.birthYear && *identity.birthYear != identity.birthDate->year()) {
            return fail(ErrorCode::InvalidInput, tr("The birth year does not match the date of birth."));
        }
        identity.birthYear = identity.birthDate->year();
    }
    if (identity.birthYear) {
        if (*identity.birthYear > today.year() || *identity.birthYear < today.year() - 120 ||
            (identity.birthDate && *identity.birthDate > today)) {
            return fail(ErrorCode::InvalidInput, tr("The date or year of birth is not plausible."));
        }
    }
    return {};
}

} // namespace forlop
