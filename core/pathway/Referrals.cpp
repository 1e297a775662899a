#include "pathway/Referrals.h"

#include "access/PatientAccess.h"
#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/AgeCheck.h"
#include "pathway/IdentityRules.h"
#include "pathway/PathwaySql.h"
#include "pathway/PatientStore.h"
#include "pathway/PatientWrite.h"
#include "pathway/Pseudonym.h"
#include "security/ClinicalCipher.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace forlop {

using namespace pathwaysql;

namespace {

// Inserts the referral row and, for a new patient, the patient; inside the caller's transaction.
Result<RegisteredPatient> write(Clinic& clinic, const NewReferral& referral, bool imported)
{
    Database& db = clinic.db();
    const QDateTime now = clinic.clock().now();
    const std::int64_t userId = clinic.session().userId;
    RegisteredPatient registered;
    if (referral.enquiryPatientId) {
        auto patient = PatientStore::find(db, *referral.enquiryPatientId);
        if (!patient) {
            return std::unexpected(patient.error());
        }
        if (!*patient) {
            return fail(ErrorCode::NotFound, Referrals::tr("The patient was not found."));
        }
        if (!PatientStates::canTransition((*patient)->state, PatientState::Referred)) {
            return fail(ErrorCode::Conflict,
                        PatientStates::illegalTransitionMessage((*patient)->state, PatientState::Referred));
        }
        registered = RegisteredPatient{(*patient)->id, (*patient)->pseudonym};
        if (auto status = PatientStore::setState(db, registered.patientId, PatientState::Enquiry,
                                                 PatientState::Referred, userId, now);
            !status) {
            return std::unexpected(status.error());
        }
        if (auto status = clinic.audit(AuditEvent{QStringLiteral("patient.state.referred"),
                                                  registered.patientId,
                                                  QStringLiteral("patient"),
                                                  registered.patientId,
                                                  QLatin1String(AuditBasis::Administrative),
                                                  {},
                                                  QStringLiteral("ok")});
            !status) {
            return std::unexpected(status.error());
        }
    } else {
        if (auto status = PatientRegistry::requireUniqueNationalId(clinic, referral.identity.nationalId, std::nullopt);
            !status) {
            return std::unexpected(status.error());
        }
        auto pseudonym = Pseudonym::next(db, clinic.clock().today().year());
        if (!pseudonym) {
            return std::unexpected(pseudonym.error());
        }
        auto id = PatientStore::insert(db, *pseudonym, PatientState::Referred, referral.identity, userId, now);
        if (!id) {
            return std::unexpected(id.error());
        }
        registered = RegisteredPatient{*id, *pseudonym};
        if (auto status = clinic.audit(AuditEvent{QStringLiteral("patient.create"),
                                                  *id,
                                                  QStringLiteral("patient"),
                                                  *id,
                                                  QLatin1String(AuditBasis::Administrative),
                                                  {},
                                                  QStringLiteral("ok")});
            !status) {
            return std::unexpected(status.error());
        }
    }
    const QString reason = referral.reason.trimmed();
    auto referralId =
        insert(db,
               "INSERT INTO referral (patient_id, received_on, channel, referrer_organisation, reason, urgency, "
               "source, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
               registered.patientId, isoDate(referral.receivedOn), ReferralCodes::id(referral.channel),
               referral.referrerOrganisation.trimmed(),
               reason.isEmpty() ? std::optional<QByteArray>()
                                : std::optional<QByteArray>(ClinicalCipher::seal(clinic, reason)),
               ReferralCodes::id(referral.urgency), imported ? QStringLiteral("import") : QStringLiteral("manual"),
               isoTime(now), userRef(userId));
    if (!referralId) {
        return std::unexpected(referralId.error());
    }
    if (auto status =
            clinic.audit(AuditEvent{imported ? QStringLiteral("referral.import") : QStringLiteral("referral.create"),
                                    registered.patientId,
                                    QStringLiteral("referral"),
                                    *referralId,
                                    QLatin1String(AuditBasis::Administrative),
                                    {},
                                    QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    return registered;
}

Result<Referral> readReferral(Database& db, std::int64_t patientId)
{
    auto stmt = query(db,
                      "SELECT id, received_on, channel, referrer_organisation, urgency, first_offered_on, source "
                      "FROM referral WHERE patient_id = ?1",
                      patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, Referrals::tr("This patient has no referral yet."));
    }
    Referral referral;
    referral.id = stmt->int64(0);
    referral.patientId = patientId;
    referral.receivedOn = parseDate(stmt->text(1));
    referral.channel = ReferralCodes::channelFromId(stmt->text(2)).value_or(ReferralChannel::Other);
    referral.referrerOrganisation = stmt->text(3);
    referral.urgency = ReferralCodes::urgencyFromId(stmt->text(4)).value_or(Urgency::Normal);
    referral.firstOfferedOn = parseOptionalDate(stmt->optionalText(5));
    referral.imported = stmt->text(6) == QLatin1String("import");
    return referral;
}

// The age verdict on the day the referral was received.
Result<AgeCheck::Result> ageAtReferral(Database& db, std::int64_t patientId)
{
    auto patient = PatientStore::find(db, patientId);
    if (!patient) {
        return std::unexpected(patient.error());
    }
    auto referral = readReferral(db, patientId);
    if (!referral) {
        return std::unexpected(referral.error());
    }
    if (!*patient) {
        return AgeCheck::Result::Unknown;
    }
    return AgeCheck::on(referral->receivedOn, (*patient)->identity.birthDate, (*patient)->identity.birthYear);
}

} // namespace

Status Referrals::validate(NewReferral& referral, ClinicKind clinicKind, const QDate& today, bool rejectMinors)
{
    if (!referral.receivedOn.isValid()) {
        return fail(ErrorCode::InvalidInput, tr("The referral needs the date it was received."));
    }
    if (referral.receivedOn > today) {
        return fail(ErrorCode::InvalidInput, tr("The date received lies in the future."));
    }
    if (referral.referrerOrganisation.trimmed().size() > MaxOrganisationLength) {
        return fail(ErrorCode::InvalidInput,
                    tr("The referrer's organisation is longer than %n characters.", nullptr, MaxOrganisationLength));
    }
    if (auto status = IdentityRules::normalise(referral.identity, clinicKind, today); !status) {
        return status;
    }
    if (rejectMinors && AgeCheck::on(referral.receivedOn, referral.identity.birthDate, referral.identity.birthYear) ==
                            AgeCheck::Result::Minor) {
        return fail(ErrorCode::InvalidInput, tr("The person was under 18 when referred; the service is for adults."));
    }
    return {};
}

Result<RegisteredPatient> Referrals::registerReferral(Clinic& clinic, NewReferral referral)
{
    if (auto status = Policy::require(clinic.session(), Permission::RegisterContact); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = validate(referral, clinic.info().kind, clinic.clock().today(), false); !status) {
        return std::unexpected(status.error());
    }
    if (referral.enquiryPatientId) {
        // Turning an enquiry into a referral writes to that patient's record: the same access as any write.
        auto grant = PatientAccess::administrative(clinic, *referral.enquiryPatientId);
        if (!grant) {
            return std::unexpected(grant.error());
        }
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    auto registered = write(clinic, referral, false);
    if (!registered) {
        return registered;
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(status.error());
    }
    return registered;
}

std::expected<QList<RegisteredPatient>, Referrals::BatchError> Referrals::registerMany(Clinic& clinic,
                                                                                       QList<NewReferral> referrals)
{
    if (auto status = Policy::require(clinic.session(), Permission::ImportReferrals); !status) {
        return std::unexpected(BatchError{-1, status.error()});
    }
    for (int i = 0; i < referrals.size(); ++i) {
        if (referrals[i].enquiryPatientId) {
            return std::unexpected(BatchError{i, {ErrorCode::InvalidInput, tr("An import creates new records only.")}});
        }
        if (auto status = validate(referrals[i], clinic.info().kind, clinic.clock().today(), true); !status) {
            return std::unexpected(BatchError{i, status.error()});
        }
    }
    auto transaction = Transaction::begin(clinic.db());
    if (!transaction) {
        return std::unexpected(BatchError{-1, transaction.error()});
    }
    QList<RegisteredPatient> registered;
    for (int i = 0; i < referrals.size(); ++i) {
        auto one = write(clinic, referrals[i], true);
        if (!one) {
            return std::unexpected(BatchError{i, one.error()});
        }
        registered << *one;
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(BatchError{-1, status.error()});
    }
    return registered;
}

Result<Referral> Referrals::get(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::administrative(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto referral = readReferral(clinic.db(), patientId);
    if (!referral) {
        return referral;
    }
    if (auto status = PatientAccess::auditRead(clinic, patientId, QStringLiteral("referral"), referral->id, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return referral;
}

Result<QString> Referrals::reason(Clinic& clinic, std::int64_t patientId)
{
    auto grant = PatientAccess::clinical(clinic, patientId);
    if (!grant) {
        return std::unexpected(grant.error());
    }
    auto stmt = query(clinic.db(), "SELECT id, reason FROM referral WHERE patient_id = ?1", patientId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("This patient has no referral yet."));
    }
    const std::int64_t referralId = stmt->int64(0);
    auto text = ClinicalCipher::open(clinic, stmt->blob(1));
    if (!text) {
        return text;
    }
    if (auto status =
            PatientAccess::auditRead(clinic, patientId, QStringLiteral("referral_reason"), referralId, *grant);
        !status) {
        return std::unexpected(status.error());
    }
    return text;
}

Status Referrals::placeOnWaitingList(Clinic& clinic, std::int64_t patientId)
{
    auto write =
        PatientWrite::begin(clinic, patientId, Permission::RegisterContact, PatientWrite::Access::Administrative);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = write->requireTransition(PatientState::Waiting); !status) {
        return status;
    }
    auto age = ageAtReferral(clinic.db(), patientId);
    if (!age) {
        return std::unexpected(age.error());
    }
    if (*age == AgeCheck::Result::Minor) {
        return fail(ErrorCode::Conflict, tr("The person was under 18 when referred. Exclude the referral with an "
                                            "onward referral instead of placing it on the waiting list."));
    }
    if (auto status = write->transition(PatientState::Waiting); !status) {
        return status;
    }
    return write->commit();
}

Status Referrals::excludeMinor(Clinic& clinic, std::int64_t patientId, const OnwardChoice& onward)
{
    auto write = PatientWrite::begin(clinic, patientId, Permission::WriteClinical, PatientWrite::Access::Clinical);
    if (!write) {
        return std::unexpected(write.error());
    }
    if (auto status = write->requireTransition(PatientState::Excluded); !status) {
        return status;
    }
    auto age = ageAtReferral(clinic.db(), patientId);
    if (!age) {
        return std::unexpected(age.error());
    }
    if (*age != AgeCheck::Result::Minor) {
        return fail(ErrorCode::Conflict, tr("Only a person known to be under 18 is excluded straight from the "
                                            "referral; others go through the eligibility assessment."));
    }
    if (auto status = OnwardReferrals::validateChoice(onward, clinic.clock().today()); !status) {
        return status;
    }
    if (onward.referral) {
        if (auto id = OnwardReferrals::insert(*write, *onward.referral); !id) {
            return std::unexpected(id.error());
        }
    } else if (auto status =
                   write->audit(QStringLiteral("exclusion.no_onward_referral"), QStringLiteral("patient"), patientId);
               !status) {
        return status;
    }
    if (auto status = write->transition(PatientState::Excluded); !status) {
        return status;
    }
    return write->commit();
}

Status Referrals::setFirstOffered(Clinic& clinic, std::int64_t patientId, const QDate& offeredOn)
{
    if (!offeredOn.isValid()) {
        return fail(ErrorCode::InvalidInput, tr("The offered appointment needs a date."));
    }
    auto write =
        PatientWrite::begin(clinic, patientId, Permission::ManageAppointments, PatientWrite::Access::Administrative);
    if (!write) {
        return std::unexpected(write.error());
    }
    auto referral = readReferral(clinic.db(), patientId);
    if (!referral) {
        return std::unexpected(referral.error());
    }
    if (referral->firstOfferedOn) {
        return {}; // only the first offer counts for the waiting time
    }
    if (offeredOn < referral->receivedOn) {
        return fail(ErrorCode::InvalidInput, tr("The first appointment cannot be before the referral was received."));
    }
    if (auto status = run(clinic.db(), "UPDATE referral SET first_offered_on = ?2 WHERE id = ?1", referral->id,
                          isoDate(offeredOn));
        !status) {
        return status;
    }
    if (auto status = write->audit(QStringLiteral("referral.first_offered"), QStringLiteral("referral"), referral->id);
        !status) {
        return status;
    }
    return write->commit();
}

} // namespace forlop
