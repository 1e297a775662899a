#include "pathway/DemoClinicGenerator.h"

#include "accounts/UserAdmin.h"
#include "clinic/Clinic.h"
#include "clinic/ClinicFactory.h"
#include "pathway/AssessmentPackage.h"
#include "pathway/ClinicalNote.h"
#include "pathway/DemoRandom.h"
#include "pathway/DutyToReport.h"
#include "pathway/EligibilityAssessment.h"
#include "pathway/EndOfTreatment.h"
#include "pathway/OnwardReferral.h"
#include "pathway/PatientRegistry.h"
#include "pathway/Referrals.h"
#include "pathway/RegistryConsent.h"
#include "pathway/SessionLog.h"
#include "pathway/Signer.h"
#include "pathway/SyntheticPeople.h"
#include "pathway/ThemeCatalogue.h"
#include "pathway/TreatmentPlan.h"
#include "pathway/UnmetNeed.h"
#include "scheduling/DemoCalendar.h"
#include "util/Clock.h"

#include <functional>
#include <memory>
#include <vector>

namespace forlop {

namespace {

using S = PatientState;

// Everyone the demo signs in as, each with their own session, as in a real clinic.
struct Cast
{
    std::unique_ptr<Clinic> secretary;
    std::unique_ptr<Clinic> leader;
    std::vector<std::unique_ptr<Clinic>> clinicians;
    std::vector<std::optional<Signer>> signers;
};

struct Step
{
    QDateTime at;
    int patient = 0;
    int order = 0;
    std::function<Status()> run;
};

// Whatever the script of one patient needs to know at run time (the record id exists only once created).
struct DemoPatient
{
    std::int64_t id = 0;
    std::int64_t lastSignedNote = 0;
    std::int64_t lastOnwardReferral = 0;
    std::int64_t dutyReport = 0;
    std::int64_t unmetNeed = 0;
};

Status fromResult(const auto& result)
{
    if (!result) {
        return std::unexpected(result.error());
    }
    return {};
}

// A synthetic clinical text: plain and obviously made up.
QString text(const char* what, int n)
{
    return QStringLiteral("[Demo] %1 %2").arg(QString::fromLatin1(what)).arg(n);
}

class ScriptBuilder
{
public:
    ScriptBuilder(int patient, std::vector<Step>& steps, const QDate& today)
        : m_patient(patient), m_steps(steps), m_lastMoment(QDateTime(today, QTime(16, 0), Qt::UTC))
    {
    }

    // Adds a step on the given day at hh:mm (UTC, within a working day in Norway); later than today is pulled in.
    void at(const QDate& day, int hour, int minute, std::function<Status()> run)
    {
        QDateTime when(day, QTime(hour, minute), Qt::UTC);
        if (when > m_lastMoment) {
            when = m_lastMoment.addSecs(m_order);
        }
        m_steps.push_back(Step{when, m_patient, m_order++, std::move(run)});
    }

private:
    int m_patient;
    std::vector<Step>& m_steps;
    QDateTime m_lastMoment;
    int m_order = 0;
};

// The pathway of one synthetic patient, as a list of dated steps.
class PatientScript
{
public:
    PatientScript(int index, std::uint64_t seed, const QDate& today, int clinicians, Cast& cast,
                  std::vector<Step>& steps)
        : m_index(index), m_random(seed * 1000003ull + std::uint64_t(index) * 7919ull + 17ull), m_today(today),
          m_clinicians(clinicians), m_cast(cast), m_build(index, steps, today),
          m_patient(std::make_shared<DemoPatient>())
    {
    }

    void write()
    {
        static const QList<S> everyState{S::Waiting,     S::Treatment, S::Ended,    S::Enquiry,    S::Referred,
                                         S::Eligibility, S::Included,  S::Excluded, S::Assessment, S::FollowUp};
        // The first patients cover every state; the rest follow a realistic spread.
        m_target = m_index < everyState.size() ? everyState.at(m_index)
                                               : everyState.at(m_random.weighted({16, 22, 14, 4, 6, 7, 3, 8, 10, 10}));
        m_clinician = m_random.between(0, m_clinicians - 1);
        m_urgent = m_random.chance(10);

        // How long each stage takes; the last stage reached is still under way (a part of its length).
        const int toWaitingList = m_random.between(0, 4);
        const int waited = m_urgent ? m_random.between(5, 20) : m_random.between(18, 110);
        const int eligibility = m_random.between(7, 21);
        const int toAssessment = m_random.between(1, 8);
        const int assessment = m_random.between(24, 45);
        m_planned = m_random.weighted({60, 15, 15, 5, 5});
        m_planned = QList<int>{16, 18, 20, 12, 24}.at(m_planned);
        planTreatment();
        const int followUpAfter = m_random.between(60, 120);

        int span = 0;
        switch (m_target) {
        case S::Enquiry:
            span = m_random.between(0, 20);
            break;
        case S::Referred:
            span = m_random.between(0, 5);
            break;
        case S::Waiting:
            span = toWaitingList + m_random.between(1, waited);
            break;
        case S::Eligibility:
            span = toWaitingList + waited + m_random.between(0, eligibility - 1);
            break;
        case S::Included:
        case S::Excluded:
            span = toWaitingList + waited + eligibility + m_random.between(0, 5);
            break;
        case S::Assessment:
            span = toWaitingList + waited + eligibility + toAssessment + m_random.between(2, assessment - 1);
            break;
        case S::Treatment:
            span = toWaitingList + waited + eligibility + toAssessment + assessment + 7 * m_sessions + 2;
            break;
        case S::Ended:
            span = toWaitingList + waited + eligibility + toAssessment + assessment + 7 * m_sessions +
                   m_random.between(3, 50);
            break;
        case S::FollowUp:
            span = toWaitingList + waited + eligibility + toAssessment + assessment + 7 * m_sessions + followUpAfter +
                   m_random.between(1, 40);
            break;
        }
        QDate day = m_today.addDays(-span);
        const QDate last = m_today;

        if (m_target == S::Enquiry) {
            m_build.at(day, 8, 10, [this] {
                auto registered = PatientRegistry::registerEnquiry(*m_cast.secretary, {});
                if (registered) {
                    m_patient->id = registered->patientId;
                }
                return fromResult(registered);
            });
            return;
        }
        const bool minor = m_target == S::Excluded && m_random.chance(25);
        registerReferral(day, minor);
        const bool allocated =
            !(m_target == S::Referred && m_random.chance(60)) && !(m_target == S::Waiting && m_random.chance(25));
        if (allocated) {
            m_build.at(day.addDays(1) <= last ? day.addDays(1) : day, 12, 0, [this] {
                return PatientRegistry::allocate(*m_cast.leader, m_patient->id,
                                                 m_cast.clinicians.at(m_clinician)->session().userId);
            });
        }
        if (minor) {
            m_build.at(day.addDays(2), 13, 0, [this] {
                OnwardChoice onward{NewOnwardReferral{OnwardRecipient::Other, QStringLiteral("BUP"),
                                                      text("Henvist videre: under 18", m_index), clinicianToday(),
                                                      OnwardStatus::Sent},
                                    {}};
                return Referrals::excludeMinor(clinician(), m_patient->id, onward);
            });
            return;
        }
        if (m_target == S::Referred) {
            return;
        }
        day = day.addDays(toWaitingList);
        m_build.at(day, 8, 30, [this] { return Referrals::placeOnWaitingList(*m_cast.secretary, m_patient->id); });
        const QDate firstAppointment = day.addDays(waited);
        if (m_target != S::Waiting || m_random.chance(50)) {
            m_build.at(day, 8, 40, [this, firstAppointment] {
                return Referrals::setFirstOffered(*m_cast.secretary, m_patient->id, firstAppointment);
            });
        }
        if (m_target == S::Waiting) {
            return;
        }
        day = firstAppointment;
        eligibilityStage(day, eligibility);
        if (m_target == S::Eligibility) {
            return;
        }
        day = day.addDays(eligibility);
        decide(day);
        if (m_target == S::Included || m_target == S::Excluded) {
            return;
        }
        day = day.addDays(toAssessment);
        assessmentStage(day, m_target == S::Assessment ? m_today : day.addDays(assessment));
        if (m_target == S::Assessment) {
            return;
        }
        day = day.addDays(assessment);
        treatmentStage(day);
        if (m_target == S::Treatment) {
            return;
        }
        day = day.addDays(7 * m_sessions);
        endStage(day);
        if (m_target == S::Ended) {
            return;
        }
        day = day.addDays(followUpAfter);
        followUpStage(day);
    }

private:
    Clinic& clinician() { return *m_cast.clinicians.at(m_clinician); }
    const Signer& signer() { return *m_cast.signers.at(m_clinician); }
    QDate clinicianToday() { return clinician().clock().today(); }

    // How treatment goes: sessions held (attended or not) and how it ends.
    void planTreatment()
    {
        m_endReason = EndReason(m_random.weighted({60, 20, 8, 3, 5, 0, 4}));
        int attended = 0;
        if (m_target == S::Treatment) {
            attended = m_random.between(1, m_planned - 1);
        } else if (m_endReason == EndReason::Completed) {
            attended = std::max(m_random.between(m_planned - 2, m_planned), 12);
        } else {
            attended = m_random.between(2, 14);
        }
        m_attendance.clear();
        while (std::count(m_attendance.cbegin(), m_attendance.cend(), SessionAttendance::Attended) < attended) {
            m_attendance << SessionAttendance(m_random.weighted({85, 6, 3, 6}));
        }
        m_sessions = int(m_attendance.size());
    }

    void registerReferral(const QDate& day, bool minor)
    {
        static const QList<ReferralChannel> channels{ReferralChannel::SelfReferral, ReferralChannel::Phone,
                                                     ReferralChannel::Chat,         ReferralChannel::Gp,
                                                     ReferralChannel::Specialist,   ReferralChannel::ChildWelfare,
                                                     ReferralChannel::Police,       ReferralChannel::Correctional,
                                                     ReferralChannel::Lawyer,       ReferralChannel::Other};
        NewReferral referral;
        referral.receivedOn = day;
        referral.channel = channels.at(m_random.weighted({25, 20, 15, 20, 8, 3, 3, 3, 2, 1}));
        referral.urgency = m_urgent ? Urgency::Urgent : Urgency::Normal;
        referral.reason = text("Henvisningsgrunn", m_index);
        if (referral.channel == ReferralChannel::Gp) {
            referral.referrerOrganisation = QStringLiteral("Demo legesenter");
        } else if (referral.channel == ReferralChannel::Specialist) {
            referral.referrerOrganisation = QStringLiteral("Demo DPS");
        }
        const bool early = m_target == S::Referred || m_target == S::Waiting || m_target == S::Eligibility;
        if (minor) {
            referral.identity.birthYear = day.year() - 16;
        } else if (!(early && m_random.chance(30))) {
            const QDate birth(m_random.between(1955, 2003), m_random.between(1, 12), m_random.between(1, 28));
            referral.identity.name = SyntheticPeople::name(m_random);
            referral.identity.nationalId = SyntheticPeople::nationalId(birth, m_random, m_random.chance(5));
            referral.identity.phone = SyntheticPeople::phone(m_random);
            referral.identity.mayLeaveMessages = m_random.chance(60);
        } else if (m_random.chance(50)) {
            referral.identity.birthYear = m_random.between(1960, 2000);
        }
        m_build.at(day, 8, 0, [this, referral] {
            auto registered = Referrals::registerReferral(*m_cast.secretary, referral);
            if (registered) {
                m_patient->id = registered->patientId;
            }
            return fromResult(registered);
        });
    }

    void session(const QDate& day, SessionKind kind, SessionAttendance attendance, bool note)
    {
        m_build.at(day, 10, 0, [this, day, kind, attendance] {
            NewSession session;
            session.kind = kind;
            session.startsAt = QDateTime(day, QTime(9, 0), Qt::UTC);
            session.durationMinutes = kind == SessionKind::Treatment ? 45 : 60;
            session.modality = SessionModality(m_random.weighted({80, 15, 5}));
            session.attendance = attendance;
            return fromResult(SessionLog::record(*m_cast.secretary, m_patient->id, session));
        });
        if (note && attendance == SessionAttendance::Attended) {
            const bool leaveDraft = day >= m_today.addDays(-3) && m_random.chance(50);
            m_build.at(day, 11, 0, [this, leaveDraft, day] {
                auto id = ClinicalNotes::createDraft(clinician(), m_patient->id, std::nullopt,
                                                     text("Notat fra timen", int(day.toJulianDay() % 1000)));
                if (!id) {
                    return fromResult(id);
                }
                if (leaveDraft) {
                    return Status{};
                }
                m_patient->lastSignedNote = *id;
                return ClinicalNotes::sign(clinician(), *id, signer());
            });
            if (!leaveDraft && m_random.chance(4)) {
                m_build.at(day.addDays(2), 12, 0, [this] {
                    auto addendum = ClinicalNotes::addAddendum(clinician(), m_patient->lastSignedNote,
                                                               text("Tillegg: rettelse", m_index));
                    if (!addendum) {
                        return fromResult(addendum);
                    }
                    return ClinicalNotes::sign(clinician(), *addendum, signer());
                });
            }
        }
    }

    void eligibilityStage(const QDate& day, int length)
    {
        m_build.at(day, 8, 50,
                   [this] { return fromResult(EligibilityAssessments::start(clinician(), m_patient->id)); });
        session(day, SessionKind::Eligibility, SessionAttendance::Attended, true);
        // While still under assessment some criteria may be unanswered.
        const bool partial = m_target == S::Eligibility;
        m_build.at(day.addDays(partial ? 0 : length / 2), 13, 0, [this, partial] {
            auto criteria = EligibilityCriteria::current(clinician().db());
            if (!criteria) {
                return fromResult(criteria);
            }
            const int count = partial ? int(criteria->criteria.size()) - 2 : int(criteria->criteria.size());
            for (int i = 0; i < count; ++i) {
                const EligibilityCriterion& criterion = criteria->criteria.at(i);
                const bool yes = criterion.kind == CriterionKind::Inclusion;
                if (auto status = EligibilityAssessments::answer(
                        clinician(), m_patient->id,
                        {criterion.id, yes ? CriterionAnswer::Yes : CriterionAnswer::No, {}});
                    !status) {
                    return status;
                }
            }
            return Status{};
        });
    }

    void decide(const QDate& day)
    {
        const bool exclude = m_target == S::Excluded;
        const bool override = m_random.chance(exclude ? 15 : 5);
        const bool onward = m_random.chance(70);
        const int exclusionCriterion = m_random.between(0, 1);
        m_build.at(day, 13, 30, [this, exclude, override, onward, exclusionCriterion] {
            // The criteria give the decision, unless the clinician overrides them (with a reason).
            const bool criteriaExclude = exclude != override;
            if (criteriaExclude) {
                auto record = EligibilityAssessments::get(clinician(), m_patient->id);
                if (!record) {
                    return fromResult(record);
                }
                const auto& criteria = record->criteria.criteria;
                const int exclusion = int(criteria.size()) - 1 - exclusionCriterion;
                if (auto status = EligibilityAssessments::answer(
                        clinician(), m_patient->id,
                        {criteria.at(exclusion).id, CriterionAnswer::Yes, text("Kommentar", m_index)});
                    !status) {
                    return status;
                }
            }
            EligibilityConclusion conclusion;
            conclusion.decision = exclude ? EligibilityDecision::Exclude : EligibilityDecision::Include;
            conclusion.rationale = text("Begrunnelse for beslutningen", m_index);
            if (override) {
                conclusion.overrideReason = text("Klinisk skjønn avviker fra kriteriene", m_index);
            }
            if (exclude) {
                if (onward) {
                    conclusion.onward.referral = NewOnwardReferral{
                        OnwardRecipient(m_random.weighted({30, 50, 15, 0, 5})), QStringLiteral("Demo mottaker"),
                        text("Henvist videre", m_index), clinicianToday(), OnwardStatus::Sent};
                } else {
                    conclusion.onward.noReferralReason = text("Ingen videre henvisning fordi", m_index);
                }
            }
            return EligibilityAssessments::complete(clinician(), m_patient->id, conclusion);
        });
    }

    void assessmentStage(const QDate& day, const QDate& until)
    {
        m_build.at(day, 9, 30, [this] { return AssessmentPackages::start(clinician(), m_patient->id); });
        m_build.at(day, 9, 40, [this, day] {
            return RegistryConsent::record(clinician(), m_patient->id, RegistryStatus::Informed, day);
        });
        for (int offset : {0, 7, 14}) {
            if (day.addDays(offset) < until) {
                session(day.addDays(offset), SessionKind::Assessment, SessionAttendance::Attended, true);
            }
        }
        // The intake package: mostly completed; some declined; some left in progress (then treatment starts
        // with a reason, a departure from the standard).
        m_packageIncomplete = false;
        if (day.addDays(14) < until) {
            const int plan = m_random.between(0, 99);
            m_packageIncomplete = plan < 8;
            m_build.at(day.addDays(14), 14, 0, [this, plan] {
                auto package = AssessmentPackages::get(clinician(), m_patient->id);
                if (!package) {
                    return fromResult(package);
                }
                int n = 0;
                for (const Instrument& instrument : std::as_const(package->catalogue.instruments)) {
                    if (!instrument.givenAt(Timepoint::Intake)) {
                        continue;
                    }
                    InstrumentEntry entry{
                        instrument.id, Timepoint::Intake, InstrumentStatus::Completed, clinicianToday(), {}, {}};
                    if (plan < 8 && n == 1) {
                        entry.status = InstrumentStatus::InProgress;
                        entry.completedOn.reset();
                    } else if (plan >= 8 && plan < 18 && n == 2) {
                        entry.status = InstrumentStatus::Declined;
                        entry.completedOn.reset();
                        entry.declineReason = text("Pasienten ønsket ikke", m_index);
                    } else {
                        for (const ScoreField& field : instrument.scores) {
                            entry.scores.insert(field.code, m_random.between(field.maximum / 3, field.maximum * 4 / 5));
                        }
                    }
                    ++n;
                    if (auto status = AssessmentPackages::record(clinician(), m_patient->id, entry); !status) {
                        return status;
                    }
                }
                return Status{};
            });
            const int consent = m_random.weighted({85, 15});
            m_build.at(day.addDays(14), 14, 30, [this, consent, day] {
                return RegistryConsent::record(clinician(), m_patient->id,
                                               consent == 0 ? RegistryStatus::Consented : RegistryStatus::Declined,
                                               day.addDays(14));
            });
            m_consented = consent == 0;
        }
        if (day.addDays(10) < until && m_random.chance(12)) {
            const int resolution = m_random.weighted({60, 25, 15});
            m_build.at(day.addDays(10), 15, 0, [this] {
                auto need =
                    UnmetNeeds::record(clinician(), m_patient->id, clinicianToday(), text("Udekket behov", m_index));
                if (need) {
                    m_patient->unmetNeed = *need;
                }
                return fromResult(need);
            });
            if (resolution < 2 && day.addDays(12) < until) {
                m_build.at(day.addDays(12), 15, 0, [this, resolution] {
                    if (resolution == 1) {
                        return UnmetNeeds::resolveWithReason(clinician(), m_patient->unmetNeed,
                                                             text("Ikke henvist fordi", m_index));
                    }
                    auto onward = OnwardReferrals::create(clinician(), m_patient->id,
                                                          {OnwardRecipient::SubstanceAbuse, QStringLiteral("Demo TSB"),
                                                           text("Henvist for udekket behov", m_index), clinicianToday(),
                                                           OnwardStatus::Sent});
                    if (!onward) {
                        return fromResult(onward);
                    }
                    return UnmetNeeds::resolveWithReferral(clinician(), m_patient->unmetNeed, *onward);
                });
            }
        }
        if (day.addDays(20) < until) {
            m_build.at(day.addDays(20), 14, 0, [this] {
                PlanInput plan;
                plan.plannedSessions = m_planned;
                if (!TreatmentPlans::withinAdvice(m_planned)) {
                    plan.outsideRangeReason = text("Planlagt lengde avviker fordi", m_index);
                }
                auto themes = ThemeCatalogue::current(clinician().db());
                if (themes && !themes->themes.isEmpty()) {
                    for (int session = 1; session <= m_planned; ++session) {
                        const int theme = std::min(int(themes->themes.size()) - 1,
                                                   (session - 1) * int(themes->themes.size()) / m_planned);
                        plan.themesBySession[session] = {themes->themes.at(theme).id};
                    }
                }
                return fromResult(TreatmentPlans::set(clinician(), m_patient->id, plan));
            });
        }
    }

    void treatmentStage(const QDate& day)
    {
        m_build.at(day, 8, 55, [this] {
            return TreatmentPlans::startTreatment(clinician(), m_patient->id,
                                                  m_packageIncomplete ? text("Startet uten komplett utredning", m_index)
                                                                      : QString());
        });
        const int dutyAt = m_random.chance(6) ? m_random.between(0, m_sessions - 1) : -1;
        for (int k = 0; k < m_sessions; ++k) {
            const QDate sessionDay = day.addDays(7 * k);
            session(sessionDay, SessionKind::Treatment, m_attendance.at(k), true);
            if (k == dutyAt) {
                dutyReport(sessionDay);
            }
        }
    }

    void dutyReport(const QDate& day)
    {
        const bool notify = m_random.chance(50);
        const bool followUp = m_random.chance(60);
        const bool closed = followUp && m_random.chance(50);
        m_build.at(day, 11, 30, [this, notify, followUp] {
            DutyReportInput input;
            input.duty = m_random.chance(70) ? Duty::ChildWelfare : Duty::Avert;
            input.trigger = text("Det som ble fortalt", m_index);
            input.occurredOn = clinicianToday();
            input.assessedOn = clinicianToday();
            input.assessment = text("Vurdering av plikten", m_index);
            input.decision = notify ? DutyDecision::Notify : DutyDecision::NotNotify;
            input.decisionReason = text("Begrunnelse", m_index);
            input.consultedUserId = m_cast.leader->session().userId;
            input.consultedOn = clinicianToday();
            if (notify) {
                input.recipient =
                    input.duty == Duty::ChildWelfare ? DutyRecipient::ChildWelfare : DutyRecipient::Police;
                input.recipientDetail = QStringLiteral("Demo mottaker");
                input.channel = NotificationChannel::Phone;
                input.notifiedOn = clinicianToday();
            }
            input.patientInformed = PatientInformed::Yes;
            input.followUpNeeded = followUp;
            if (followUp) {
                input.followUpPlan = text("Oppfølging", m_index);
            }
            auto id = DutyReports::createDraft(clinician(), m_patient->id, input);
            if (!id) {
                return fromResult(id);
            }
            m_patient->dutyReport = *id;
            return DutyReports::sign(clinician(), *id, signer());
        });
        if (closed) {
            m_build.at(day.addDays(14), 11, 30, [this] {
                return DutyReports::addFollowUp(clinician(), m_patient->dutyReport, text("Fulgt opp", m_index), true);
            });
        }
    }

    void endStage(const QDate& day)
    {
        const QDate endDay = day.addDays(-6);
        if (m_endReason == EndReason::ReferredOnward) {
            m_build.at(endDay, 13, 0, [this] {
                return fromResult(OnwardReferrals::create(clinician(), m_patient->id,
                                                          {OnwardRecipient::MentalHealth, QStringLiteral("Demo DPS"),
                                                           text("Videre behandling", m_index), clinicianToday(),
                                                           OnwardStatus::Sent}));
            });
        }
        if (m_endReason == EndReason::Completed) {
            // End measures, mostly lower than at intake.
            m_build.at(endDay, 13, 10, [this] { return endMeasures(Timepoint::End); });
        }
        m_build.at(endDay, 13, 30, [this, endDay] {
            return EndOfTreatment::end(clinician(), m_patient->id,
                                       {m_endReason, endDay, text("Utfall", m_index), endDay.addDays(90)});
        });
        if (m_consented && m_random.chance(5)) {
            m_build.at(endDay.addDays(1), 9, 0, [this] {
                return RegistryConsent::record(clinician(), m_patient->id, RegistryStatus::Withdrawn, clinicianToday());
            });
        }
    }

    Status endMeasures(Timepoint timepoint)
    {
        auto package = AssessmentPackages::get(clinician(), m_patient->id);
        if (!package) {
            return fromResult(package);
        }
        for (const Instrument& instrument : std::as_const(package->catalogue.instruments)) {
            if (!instrument.givenAt(timepoint) || instrument.scores.isEmpty()) {
                continue;
            }
            InstrumentEntry entry{instrument.id, timepoint, InstrumentStatus::Completed, clinicianToday(), {}, {}};
            for (const ScoreField& field : instrument.scores) {
                entry.scores.insert(field.code, m_random.between(field.minimum, field.maximum / 2));
            }
            if (auto status = AssessmentPackages::record(clinician(), m_patient->id, entry); !status) {
                return status;
            }
        }
        return {};
    }

    void followUpStage(const QDate& day)
    {
        m_build.at(day, 9, 0, [this, day] { return EndOfTreatment::startFollowUp(clinician(), m_patient->id, day); });
        session(day, SessionKind::FollowUp, SessionAttendance(m_random.weighted({85, 5, 0, 10})), true);
        if (m_random.chance(70)) {
            m_build.at(day, 12, 0, [this] { return endMeasures(Timepoint::FollowUp); });
        }
    }

    int m_index;
    DemoRandom m_random;
    QDate m_today;
    int m_clinicians;
    Cast& m_cast;
    ScriptBuilder m_build;
    std::shared_ptr<DemoPatient> m_patient;
    S m_target = S::Enquiry;
    int m_clinician = 0;
    bool m_urgent = false;
    int m_planned = 16;
    int m_sessions = 0;
    QList<SessionAttendance> m_attendance;
    EndReason m_endReason = EndReason::Completed;
    bool m_packageIncomplete = false;
    bool m_consented = false;
};

Error failed(const QString& step, const Error& error)
{
    //: %1 says what the demo was doing, %2 is the error
    return {error.code, DemoClinicGenerator::tr("The demo clinic could not be made (%1): %2").arg(step, error.message)};
}

} // namespace

Result<DemoSummary> DemoClinicGenerator::generate(const DemoOptions& options)
{
    if (options.patients < 0 || options.patients > MaxPatients) {
        return fail(ErrorCode::InvalidInput, tr("A demo clinic has between 0 and %n patients.", nullptr, MaxPatients));
    }
    FixedClock clock(QDateTime::currentDateTimeUtc());
    const QDate today = options.today.isValid() ? options.today : clock.today();
    const int clinicians =
        options.clinicians > 0 ? std::min(options.clinicians, 20) : std::clamp(options.patients / 20, 2, 6);

    // Script first, so the clinic and its users can be created just before the earliest event.
    Cast cast;
    std::vector<Step> steps;
    std::vector<std::unique_ptr<PatientScript>> scripts;
    for (int i = 0; i < options.patients; ++i) {
        scripts.push_back(std::make_unique<PatientScript>(i, options.seed, today, clinicians, cast, steps));
        scripts.back()->write();
    }
    // The coming weeks' calendar, booked early this morning before anyone has arrived.
    steps.push_back(Step{QDateTime(today, QTime(5, 0), Qt::UTC), -1, 0, [&cast, today]() -> Status {
                             std::vector<Clinic*> clinicians;
                             for (auto& session : cast.clinicians) {
                                 clinicians.push_back(session.get());
                             }
                             return fromResult(DemoCalendar::fill(*cast.secretary, clinicians, today));
                         }});
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
        return std::tie(a.at, a.patient, a.order) < std::tie(b.at, b.patient, b.order);
    });
    QDateTime start(today.addDays(-1), QTime(7, 0), Qt::UTC);
    if (!steps.empty()) {
        start = std::min(start, steps.front().at.addDays(-1));
    }
    clock.set(start);

    NewClinic request;
    request.databasePath = options.databasePath;
    request.name = options.clinicName;
    request.site = QStringLiteral("Demo");
    request.kind = ClinicKind::Demo;
    request.adminName = QStringLiteral("admin");
    request.adminPassword = Password;
    request.leaderName = QStringLiteral("leder");
    request.leaderPassword = Password;
    request.kdf = options.kdf;
    auto created = ClinicFactory::create(request, clock);
    if (!created) {
        return std::unexpected(created.error());
    }
    DemoSummary summary;
    summary.recoveryKey = created->recoveryKey;
    summary.users << QStringLiteral("admin") << QStringLiteral("leder") << QStringLiteral("sekretar");
    {
        auto admin = Clinic::open(options.databasePath, QStringLiteral("admin"), Password, clock);
        if (!admin) {
            return std::unexpected(failed(QStringLiteral("admin"), admin.error()));
        }
        QList<NewUser> staff;
        staff << NewUser{QStringLiteral("sekretar"),
                         QStringLiteral("Siri Sekretær"),
                         Role::Secretary,
                         Profession::None,
                         {},
                         Password};
        for (int i = 1; i <= clinicians; ++i) {
            const QString name = QStringLiteral("psykolog%1").arg(i);
            staff << NewUser{name,
                             QStringLiteral("Psykolog %1").arg(i),
                             Role::Clinician,
                             i % 4 == 0 ? Profession::Psychiatrist : Profession::Psychologist,
                             {},
                             Password};
            summary.users << name;
        }
        for (const NewUser& user : std::as_const(staff)) {
            if (auto id = UserAdmin::add(**admin, user); !id) {
                return std::unexpected(failed(user.name, id.error()));
            }
        }
    }
    auto leader = Clinic::open(options.databasePath, QStringLiteral("leder"), Password, clock);
    if (!leader) {
        return std::unexpected(failed(QStringLiteral("leder"), leader.error()));
    }
    for (int i = 1; i <= clinicians; ++i) {
        if (auto status = UserAdmin::grantClinicalKey(**leader, QStringLiteral("psykolog%1").arg(i)); !status) {
            return std::unexpected(failed(QStringLiteral("psykolog%1").arg(i), status.error()));
        }
    }
    cast.leader = std::move(*leader);
    auto secretary = Clinic::open(options.databasePath, QStringLiteral("sekretar"), Password, clock);
    if (!secretary) {
        return std::unexpected(failed(QStringLiteral("sekretar"), secretary.error()));
    }
    cast.secretary = std::move(*secretary);
    for (int i = 1; i <= clinicians; ++i) {
        auto session = Clinic::open(options.databasePath, QStringLiteral("psykolog%1").arg(i), Password, clock);
        if (!session) {
            return std::unexpected(failed(QStringLiteral("psykolog%1").arg(i), session.error()));
        }
        // One confirmation per clinician signs all their demo notes (a real signature asks every time).
        auto signer = Signer::confirm(**session, Password);
        if (!signer) {
            return std::unexpected(failed(QStringLiteral("psykolog%1").arg(i), signer.error()));
        }
        cast.clinicians.push_back(std::move(*session));
        cast.signers.push_back(*signer);
    }
    // A fresh file that is made again if anything goes wrong: no need to wait for the disk after every step.
    for (Clinic* session : {cast.leader.get(), cast.secretary.get()}) {
        (void)session->db().exec("PRAGMA synchronous = OFF");
    }
    for (auto& session : cast.clinicians) {
        (void)session->db().exec("PRAGMA synchronous = OFF");
    }

    for (const Step& step : steps) {
        clock.set(std::max(clock.now(), step.at));
        if (auto status = step.run(); !status) {
            return std::unexpected(
                failed(QStringLiteral("patient %1, %2").arg(step.patient + 1).arg(step.at.toString(Qt::ISODate)),
                       status.error()));
        }
    }
    clock.set(std::max(clock.now(), QDateTime(today, QTime(16, 0), Qt::UTC)));
    summary.patients = options.patients;
    return summary;
}

} // namespace forlop
