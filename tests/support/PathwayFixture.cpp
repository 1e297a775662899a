#include "PathwayFixture.h"

#include "accounts/UserAdmin.h"
#include "pathway/AssessmentPackage.h"
#include "pathway/EligibilityAssessment.h"
#include "pathway/EndOfTreatment.h"
#include "pathway/PatientRegistry.h"
#include "pathway/Referrals.h"
#include "pathway/TreatmentPlan.h"

namespace forlop::test {

namespace {

void check(bool ok, const char* what, const QString& message = {})
{
    if (!ok) {
        qWarning("pathway driver: %s failed: %s", what, qPrintable(message));
    }
}

} // namespace

PathwayClinic::PathwayClinic(ClinicKind kind) : m_clinic(true, kind)
{
    {
        auto admin = m_clinic.open(QStringLiteral("admin"));
        if (!admin) {
            qFatal("pathway clinic: admin cannot sign in");
        }
        const struct
        {
            const char* name;
            Roles roles;
            Profession profession;
        } staff[] = {
            {"sekretar", Role::Secretary, Profession::None},
            {"psykolog1", Role::Clinician, Profession::Psychologist},
            {"psykolog2", Role::Clinician, Profession::Psychologist},
        };
        for (const auto& person : staff) {
            NewUser user;
            user.name = QString::fromLatin1(person.name);
            user.fullName = user.name;
            user.roles = person.roles;
            user.profession = person.profession;
            user.initialPassword = TestClinic::Password;
            auto id = UserAdmin::add(*admin, user);
            if (!id) {
                qFatal("pathway clinic: adding %s failed: %s", person.name, qPrintable(id.error().message));
            }
            m_ids.insert(user.name, *id);
        }
    }
    auto leader = m_clinic.open(QStringLiteral("leder"));
    if (!leader) {
        qFatal("pathway clinic: leder cannot sign in");
    }
    m_ids.insert(QStringLiteral("leder"), leader->session().userId);
    for (const char* name : {"psykolog1", "psykolog2"}) {
        if (auto status = UserAdmin::grantClinicalKey(*leader, QString::fromLatin1(name)); !status) {
            qFatal("pathway clinic: granting the clinical key failed: %s", qPrintable(status.error().message));
        }
    }
}

QString syntheticNationalId(const QDate& birthDate, int serial, bool synthetic, bool dNumber)
{
    const int day = birthDate.day() + (dNumber ? 40 : 0);
    const int month = birthDate.month() + (synthetic ? 80 : 0);
    const QString datePart = QStringLiteral("%1%2%3")
                                 .arg(day, 2, 10, QLatin1Char('0'))
                                 .arg(month, 2, 10, QLatin1Char('0'))
                                 .arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'));
    // Individual numbers by century, as the register assigns them.
    const int base = birthDate.year() >= 2000 ? 500 : 100;
    const int w1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    const int w2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    for (int individual = base + (serial * 7) % 390; individual < base + 400; ++individual) {
        const QString nine = datePart + QStringLiteral("%1").arg(individual, 3, 10, QLatin1Char('0'));
        int sum = 0;
        for (int i = 0; i < 9; ++i) {
            sum += w1[i] * nine.at(i).digitValue();
        }
        const int k1 = (11 - sum % 11) % 11;
        if (k1 > 9) {
            continue;
        }
        const QString ten = nine + QString::number(k1);
        sum = 0;
        for (int i = 0; i < 10; ++i) {
            sum += w2[i] * ten.at(i).digitValue();
        }
        const int k2 = (11 - sum % 11) % 11;
        if (k2 > 9) {
            continue;
        }
        return ten + QString::number(k2);
    }
    return {};
}

PathwayDriver::PathwayDriver(PathwayClinic& clinic)
    : m_clinic(&clinic), m_secretary(clinic.open(QStringLiteral("sekretar"))),
      m_leader(clinic.open(QStringLiteral("leder"))), m_clinician(clinic.open(QStringLiteral("psykolog1"))),
      m_otherClinician(clinic.open(QStringLiteral("psykolog2"))), m_admin(clinic.open(QStringLiteral("admin")))
{
    if (!m_secretary || !m_leader || !m_clinician || !m_otherClinician || !m_admin) {
        qFatal("pathway driver: a user cannot sign in");
    }
}

std::optional<std::int64_t> PathwayDriver::patientIn(PatientState state, bool anonymous)
{
    ++m_serial;
    const QDate today = m_clinic->clock().today();
    PatientIdentity identity;
    if (!anonymous) {
        identity.name = QStringLiteral("Testperson %1").arg(m_serial);
        identity.nationalId = syntheticNationalId(QDate(1985, 1 + m_serial % 12, 1 + m_serial % 28), m_serial);
    }
    if (state == PatientState::Enquiry) {
        auto enquiry = PatientRegistry::registerEnquiry(*m_secretary, identity);
        check(enquiry.has_value(), "registerEnquiry", enquiry ? QString() : enquiry.error().message);
        return enquiry ? std::optional<std::int64_t>(enquiry->patientId) : std::nullopt;
    }
    NewReferral referral;
    referral.receivedOn = today.addDays(-30);
    referral.channel = ReferralChannel::Phone;
    referral.reason = QStringLiteral("Syntetisk henvisningsgrunn %1").arg(m_serial);
    referral.identity = identity;
    auto registered = Referrals::registerReferral(*m_secretary, referral);
    check(registered.has_value(), "registerReferral", registered ? QString() : registered.error().message);
    if (!registered) {
        return std::nullopt;
    }
    const std::int64_t id = registered->patientId;
    auto allocated = PatientRegistry::allocate(*m_leader, id, m_clinician->session().userId);
    check(allocated.has_value(), "allocate", allocated ? QString() : allocated.error().message);
    if (!allocated) {
        return std::nullopt;
    }
    // The shortest route to each state; excluded goes through the eligibility assessment.
    QList<PatientState> route;
    switch (state) {
    case PatientState::FollowUp:
        route.prepend(PatientState::FollowUp);
        [[fallthrough]];
    case PatientState::Ended:
        route.prepend(PatientState::Ended);
        [[fallthrough]];
    case PatientState::Treatment:
        route.prepend(PatientState::Treatment);
        [[fallthrough]];
    case PatientState::Assessment:
        route.prepend(PatientState::Assessment);
        [[fallthrough]];
    case PatientState::Included:
        route.prepend(PatientState::Included);
        [[fallthrough]];
    case PatientState::Eligibility:
        route.prepend(PatientState::Eligibility);
        [[fallthrough]];
    case PatientState::Waiting:
        route.prepend(PatientState::Waiting);
        break;
    case PatientState::Excluded:
        route = {PatientState::Waiting, PatientState::Eligibility, PatientState::Excluded};
        break;
    case PatientState::Referred:
    case PatientState::Enquiry:
        break;
    }
    for (PatientState step : std::as_const(route)) {
        if (!advance(id, step)) {
            return std::nullopt;
        }
    }
    return id;
}

bool PathwayDriver::advance(std::int64_t patientId, PatientState to)
{
    const QDate today = m_clinic->clock().today();
    Clinic& clinician = *m_clinician;
    Status status;
    switch (to) {
    case PatientState::Waiting:
        status = Referrals::placeOnWaitingList(*m_secretary, patientId);
        break;
    case PatientState::Eligibility:
        if (auto started = EligibilityAssessments::start(clinician, patientId); !started) {
            status = std::unexpected(started.error());
        }
        break;
    case PatientState::Included:
    case PatientState::Excluded: {
        auto record = EligibilityAssessments::get(clinician, patientId);
        if (!record) {
            status = std::unexpected(record.error());
            break;
        }
        const bool include = to == PatientState::Included;
        for (const EligibilityCriterion& criterion : std::as_const(record->criteria.criteria)) {
            // Included: every inclusion yes, every exclusion no. Excluded: "needs elsewhere" answered yes.
            const bool yes = criterion.kind == CriterionKind::Inclusion ||
                             (!include && criterion.code == QLatin1String("needs_elsewhere"));
            status = EligibilityAssessments::answer(
                clinician, patientId, {criterion.id, yes ? CriterionAnswer::Yes : CriterionAnswer::No, {}});
            if (!status) {
                break;
            }
        }
        if (!status) {
            break;
        }
        EligibilityConclusion conclusion;
        conclusion.decision = include ? EligibilityDecision::Include : EligibilityDecision::Exclude;
        conclusion.rationale = QStringLiteral("Syntetisk begrunnelse");
        if (!include) {
            conclusion.onward.referral =
                NewOnwardReferral{OnwardRecipient::MentalHealth, QStringLiteral("DPS Testby"),
                                  QStringLiteral("Syntetisk grunn"), today, OnwardStatus::Sent};
        }
        status = EligibilityAssessments::complete(clinician, patientId, conclusion);
        break;
    }
    case PatientState::Assessment:
        status = AssessmentPackages::start(clinician, patientId);
        break;
    case PatientState::Treatment: {
        auto package = AssessmentPackages::get(clinician, patientId);
        if (!package) {
            status = std::unexpected(package.error());
            break;
        }
        for (const Instrument& instrument : std::as_const(package->catalogue.instruments)) {
            if (!instrument.givenAt(Timepoint::Intake)) {
                continue;
            }
            InstrumentEntry entry{instrument.id, Timepoint::Intake, InstrumentStatus::Completed, today, {}, {}};
            for (const ScoreField& field : instrument.scores) {
                entry.scores.insert(field.code, (field.minimum + field.maximum) / 2);
            }
            status = AssessmentPackages::record(clinician, patientId, entry);
            if (!status) {
                break;
            }
        }
        if (!status) {
            break;
        }
        if (auto plan = TreatmentPlans::set(clinician, patientId, PlanInput{}); !plan) {
            status = std::unexpected(plan.error());
            break;
        }
        status = TreatmentPlans::startTreatment(clinician, patientId);
        break;
    }
    case PatientState::Ended:
        status = EndOfTreatment::end(clinician, patientId,
                                     EndInput{EndReason::DroppedOut, today, QStringLiteral("Syntetisk"), std::nullopt});
        break;
    case PatientState::FollowUp:
        status = EndOfTreatment::startFollowUp(clinician, patientId, today);
        break;
    case PatientState::Enquiry:
    case PatientState::Referred:
        status = std::unexpected(Error{ErrorCode::Failed, QStringLiteral("the driver cannot move back")});
        break;
    }
    check(status.has_value(), qPrintable(PatientStates::id(to)), status ? QString() : status.error().message);
    return status.has_value();
}

} // namespace forlop::test
