#pragma once

// Shared by the tst_reports_*.cpp tests: a clinic built through the pathway's own services, whose every report
// figure for February 2026 is known by hand. The story of each patient is told where it is built, and the
// expected figures are derived in the tests from that story, not from the code under test.

#include "PathwayFixture.h"
#include "TestClinic.h"
#include "TestStaff.h"
#include "pathway/AssessmentPackage.h"
#include "pathway/EligibilityAssessment.h"
#include "pathway/EndOfTreatment.h"
#include "pathway/OnwardReferral.h"
#include "pathway/PatientRegistry.h"
#include "pathway/Referrals.h"
#include "pathway/RegistryConsent.h"
#include "pathway/SessionLog.h"
#include "pathway/TreatmentPlan.h"
#include "pathway/UnmetNeed.h"
#include "reports/ReportPeriod.h"
#include "scheduling/ClinicTime.h"

#include <QTest>

namespace forlop::test {

template <typename T>
T must(Result<T> result, const char* what)
{
    if (!result) {
        qFatal("reports fixture: %s failed: %s", what, qPrintable(result.error().message));
    }
    return std::move(*result);
}

inline void must(Status status, const char* what)
{
    if (!status) {
        qFatal("reports fixture: %s failed: %s", what, qPrintable(status.error().message));
    }
}

// The clinic's staff (clinicians A and B, a secretary, the unit leader) and the patients P1…P12.
class ReportsClinic
{
public:
    // February 2026, the period every expected figure is for.
    static ReportPeriod february() { return ReportPeriod{QDate(2026, 2, 1), QDate(2026, 3, 1)}; }

    enum Story { February, Empty };

    // The staff, and with February the patients P1…P12 of the story below.
    explicit ReportsClinic(Story story = February)
    {
        clinicianA = addStaff(clinic, QStringLiteral("psykolog1"), Role::Clinician);
        clinicianB = addStaff(clinic, QStringLiteral("psykolog2"), Role::Clinician);
        secretaryId = addStaff(clinic, QStringLiteral("sekretar"), Role::Secretary);
        if (!clinicianA || !clinicianB || !secretaryId) {
            qFatal("reports fixture: staff");
        }
        leader = clinic.open(QStringLiteral("leder"));
        a = clinic.open(QStringLiteral("psykolog1"));
        b = clinic.open(QStringLiteral("psykolog2"));
        desk = clinic.open(QStringLiteral("sekretar"));
        if (!leader || !a || !b || !desk) {
            qFatal("reports fixture: sign-in");
        }
        if (story == February) {
            build();
        }
        at(QDate(2026, 3, 2));
    }

    // Moves the clinic's clock to 10:00 Oslo time on the day.
    void at(const QDate& day) { clinic.clock().set(ClinicTime::at(day, QTime(10, 0)).toUTC()); }

    Clinic& session(std::int64_t clinicianId) { return clinicianId == clinicianA ? *a : *b; }

    std::int64_t refer(const QDate& received, ReferralChannel channel, Urgency urgency = Urgency::Normal)
    {
        at(received);
        ++m_serial;
        NewReferral referral;
        referral.receivedOn = received;
        referral.channel = channel;
        referral.urgency = urgency;
        referral.reason = QStringLiteral("Syntetisk henvisning %1").arg(m_serial);
        referral.identity.name = QStringLiteral("Testperson %1").arg(m_serial);
        referral.identity.nationalId = syntheticNationalId(QDate(1980, 1 + m_serial % 12, 1 + m_serial % 27), m_serial);
        return must(Referrals::registerReferral(*desk, referral), "register referral").patientId;
    }

    void allocate(std::int64_t patient, std::int64_t clinicianId)
    {
        must(PatientRegistry::allocate(*leader, patient, clinicianId), "allocate");
    }

    // waiting → eligibility on `day`; answers every criterion (all but `leaveOpen` of them), inclusion criteria
    // yes and exclusion criteria no, except "needs elsewhere" yes when `needsElsewhere`.
    void assess(std::int64_t patient, std::int64_t clinicianId, const QDate& day, bool needsElsewhere,
                int leaveOpen = 0)
    {
        Clinic& clinician = session(clinicianId);
        at(day);
        must(Referrals::placeOnWaitingList(*desk, patient), "waiting list");
        must(EligibilityAssessments::start(clinician, patient), "start eligibility");
        const EligibilityRecord record = must(EligibilityAssessments::get(clinician, patient), "get eligibility");
        const qsizetype answered = record.criteria.criteria.size() - leaveOpen;
        for (qsizetype i = 0; i < answered; ++i) {
            const EligibilityCriterion& criterion = record.criteria.criteria.at(i);
            const bool yes = criterion.kind == CriterionKind::Inclusion ||
                             (needsElsewhere && criterion.code == QLatin1String("needs_elsewhere"));
            must(EligibilityAssessments::answer(clinician, patient,
                                                {criterion.id, yes ? CriterionAnswer::Yes : CriterionAnswer::No, {}}),
                 "answer");
        }
    }

    void decide(std::int64_t patient, std::int64_t clinicianId, const QDate& day, EligibilityDecision decision,
                const QString& overrideReason = {})
    {
        at(day);
        EligibilityConclusion conclusion;
        conclusion.decision = decision;
        conclusion.rationale = QStringLiteral("Syntetisk begrunnelse");
        conclusion.overrideReason = overrideReason;
        if (decision == EligibilityDecision::Exclude) {
            conclusion.onward.noReferralReason = QStringLiteral("Syntetisk: henvist tidligere");
        }
        must(EligibilityAssessments::complete(session(clinicianId), patient, conclusion), "decide");
    }

    void startPackage(std::int64_t patient, std::int64_t clinicianId, const QDate& day)
    {
        at(day);
        must(AssessmentPackages::start(session(clinicianId), patient), "start package");
    }

    // Records the instrument with code `code` at the timepoint: completed (with mid-range scores), declined or
    // in progress.
    void instrument(std::int64_t patient, std::int64_t clinicianId, const QString& code, Timepoint timepoint,
                    InstrumentStatus status, const QDate& day)
    {
        at(day);
        Clinic& clinician = session(clinicianId);
        const PackageView view = must(AssessmentPackages::get(clinician, patient), "package");
        for (const Instrument& each : view.catalogue.instruments) {
            if (each.code != code) {
                continue;
            }
            InstrumentEntry entry{each.id, timepoint, status, std::nullopt, {}, {}};
            if (status == InstrumentStatus::Completed) {
                entry.completedOn = day;
                for (const ScoreField& field : each.scores) {
                    entry.scores.insert(field.code, scoreFor(field));
                }
            }
            if (status == InstrumentStatus::Declined) {
                entry.declineReason = QStringLiteral("Syntetisk: ville ikke");
            }
            must(AssessmentPackages::record(clinician, patient, entry), "record instrument");
            return;
        }
        qFatal("reports fixture: no instrument %s", qPrintable(code));
    }

    // The score every completed instrument gets: its minimum plus 3, so outcome rows are predictable.
    static int scoreFor(const ScoreField& field) { return field.minimum + 3; }

    void plan(std::int64_t patient, std::int64_t clinicianId, const QDate& day, int sessions)
    {
        at(day);
        PlanInput input;
        input.plannedSessions = sessions;
        if (!TreatmentPlans::withinAdvice(sessions)) {
            input.outsideRangeReason = QStringLiteral("Syntetisk: behovet tilsier det");
        }
        must(TreatmentPlans::set(session(clinicianId), patient, input), "plan");
    }

    void startTreatment(std::int64_t patient, std::int64_t clinicianId, const QDate& day)
    {
        at(day);
        must(TreatmentPlans::startTreatment(session(clinicianId), patient,
                                            QStringLiteral("Syntetisk: pakken fullføres underveis")),
             "start treatment");
    }

    // `count` attended treatment sessions on the days from `first`, one a day at 12:00, recorded on `recordedOn`.
    void sessions(std::int64_t patient, std::int64_t clinicianId, const QDate& first, int count,
                  const QDate& recordedOn, SessionAttendance attendance = SessionAttendance::Attended)
    {
        at(recordedOn);
        for (int i = 0; i < count; ++i) {
            NewSession session;
            session.kind = SessionKind::Treatment;
            session.startsAt = ClinicTime::at(first.addDays(i), QTime(12, 0));
            session.attendance = attendance;
            session.clinicianId = clinicianId;
            must(SessionLog::record(*desk, patient, session), "session");
        }
    }

    void end(std::int64_t patient, std::int64_t clinicianId, const QDate& day, EndReason reason,
             std::optional<QDate> followUpOn = std::nullopt)
    {
        at(day);
        must(EndOfTreatment::end(session(clinicianId), patient,
                                 EndInput{reason, day, QStringLiteral("Syntetisk forløp"), followUpOn}),
             "end");
    }

    void consent(std::int64_t patient, std::int64_t clinicianId, const QDate& day,
                 QList<RegistryStatus> statuses)
    {
        at(day);
        for (RegistryStatus status : statuses) {
            must(RegistryConsent::record(session(clinicianId), patient, status, day), "registry consent");
        }
    }

    void firstOffered(std::int64_t patient, const QDate& day)
    {
        at(day);
        must(Referrals::setFirstOffered(*desk, patient, day), "first offered");
    }

    std::int64_t need(std::int64_t patient, std::int64_t clinicianId, const QDate& day)
    {
        at(day);
        return must(UnmetNeeds::record(session(clinicianId), patient, day, QStringLiteral("Syntetisk behov")), "need");
    }

    TestClinic clinic;
    std::int64_t clinicianA = 0;
    std::int64_t clinicianB = 0;
    std::int64_t secretaryId = 0;
    std::unique_ptr<Clinic> leader;
    std::unique_ptr<Clinic> a;
    std::unique_ptr<Clinic> b;
    std::unique_ptr<Clinic> desk;

    std::int64_t p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0, p6 = 0, p7 = 0;
    QList<std::int64_t> phoneReferrals; // P8…P12
    std::int64_t p2AssessmentId = 0;

private:
    static QDate feb(int day) { return QDate(2026, 2, day); }
    static QDate jan(int day) { return QDate(2026, 1, day); }

    void build()
    {
        // P7 (B): all in January but the end. Intake complete, plan of 21 (outside 16–20, made in January),
        // 21 attended sessions, ended as completed on 27 February; no end measures. Consented.
        p7 = refer(jan(5), ReferralChannel::SelfReferral);
        allocate(p7, clinicianB);
        firstOffered(p7, jan(6));
        assess(p7, clinicianB, jan(6), false);
        decide(p7, clinicianB, jan(6), EligibilityDecision::Include);
        startPackage(p7, clinicianB, jan(8));
        for (const char* code : {"triage", "core10", "phq9", "gad7"}) {
            instrument(p7, clinicianB, QLatin1String(code), Timepoint::Intake, InstrumentStatus::Completed, jan(8));
        }
        plan(p7, clinicianB, jan(9), 21);
        startTreatment(p7, clinicianB, jan(9));
        sessions(p7, clinicianB, jan(12), 21, feb(27));
        end(p7, clinicianB, feb(27), EndReason::Completed);
        consent(p7, clinicianB, feb(27), {RegistryStatus::Informed, RegistryStatus::Consented});

        // P4 (B): referred (self) in January, assessment begun in January and decided in February: excluded
        // (needs elsewhere), no override. An unmet need found 1 February, followed up by an onward referral.
        // Informed about the registry only.
        p4 = refer(jan(20), ReferralChannel::SelfReferral);
        allocate(p4, clinicianB);
        firstOffered(p4, jan(22));
        assess(p4, clinicianB, jan(21), true);
        const std::int64_t p4Need = need(p4, clinicianB, feb(1));
        const std::int64_t onward = must(
            OnwardReferrals::create(*b, p4,
                                    NewOnwardReferral{OnwardRecipient::MentalHealth, QStringLiteral("DPS Testby"),
                                                      QStringLiteral("Syntetisk"), feb(1), OnwardStatus::Sent}),
            "onward referral");
        must(UnmetNeeds::resolveWithReferral(*b, p4Need, onward), "resolve with referral");
        consent(p4, clinicianB, feb(1), {RegistryStatus::Informed});
        decide(p4, clinicianB, feb(2), EligibilityDecision::Exclude);

        // P1 (A): GP, 2 February, first offer 9 February (7 days). Included 3 February; package 4 February with
        // all four intake instruments completed; plan 16; 17 attended sessions; completed 20 February with two
        // end measures completed and one declined; follow-up from 25 February, nothing recorded. Consented.
        p1 = refer(feb(2), ReferralChannel::Gp);
        allocate(p1, clinicianA);
        assess(p1, clinicianA, feb(3), false);
        decide(p1, clinicianA, feb(3), EligibilityDecision::Include);
        startPackage(p1, clinicianA, feb(4));
        for (const char* code : {"triage", "core10", "phq9", "gad7"}) {
            instrument(p1, clinicianA, QLatin1String(code), Timepoint::Intake, InstrumentStatus::Completed, feb(4));
        }
        plan(p1, clinicianA, feb(4), 16);
        startTreatment(p1, clinicianA, feb(5));
        firstOffered(p1, feb(9));
        sessions(p1, clinicianA, feb(2), 17, feb(20));
        end(p1, clinicianA, feb(20), EndReason::Completed, feb(25));
        instrument(p1, clinicianA, QStringLiteral("core10"), Timepoint::End, InstrumentStatus::Completed, feb(20));
        instrument(p1, clinicianA, QStringLiteral("phq9"), Timepoint::End, InstrumentStatus::Completed, feb(20));
        instrument(p1, clinicianA, QStringLiteral("gad7"), Timepoint::End, InstrumentStatus::Declined, feb(20));
        at(feb(25));
        must(EndOfTreatment::startFollowUp(*a, p1, feb(25)), "follow-up");
        consent(p1, clinicianA, feb(25), {RegistryStatus::Informed, RegistryStatus::Consented});

        // P2 (A): chat, urgent, 3 February, first offer 13 February (10 days). The criteria give exclusion, the
        // decision is inclusion: an override. Package 6 February: two intake instruments completed, one declined,
        // one in progress. Plan 24 (outside 16–20). Unmet need 10 February left open. Three sessions, dropped
        // out 16 February. Consented, then withdrew.
        p2 = refer(feb(3), ReferralChannel::Chat, Urgency::Urgent);
        allocate(p2, clinicianA);
        assess(p2, clinicianA, feb(4), true);
        decide(p2, clinicianA, feb(4), EligibilityDecision::Include, QStringLiteral("Syntetisk: klinisk skjønn"));
        p2AssessmentId = must(EligibilityAssessments::get(*a, p2), "get").id;
        startPackage(p2, clinicianA, feb(6));
        instrument(p2, clinicianA, QStringLiteral("triage"), Timepoint::Intake, InstrumentStatus::Completed, feb(6));
        instrument(p2, clinicianA, QStringLiteral("core10"), Timepoint::Intake, InstrumentStatus::Completed, feb(6));
        instrument(p2, clinicianA, QStringLiteral("phq9"), Timepoint::Intake, InstrumentStatus::Declined, feb(6));
        instrument(p2, clinicianA, QStringLiteral("gad7"), Timepoint::Intake, InstrumentStatus::InProgress, feb(6));
        plan(p2, clinicianA, feb(6), 24);
        startTreatment(p2, clinicianA, feb(6));
        consent(p2, clinicianA, feb(6), {RegistryStatus::Informed, RegistryStatus::Consented});
        need(p2, clinicianA, feb(10));
        firstOffered(p2, feb(13));
        sessions(p2, clinicianA, feb(9), 3, feb(16));
        end(p2, clinicianA, feb(16), EndReason::DroppedOut);
        consent(p2, clinicianA, feb(17), {RegistryStatus::Withdrawn});

        // P3 (B): phone, 5 February, first offer 6 February (1 day). Eligibility begun 6 February with one
        // criterion unanswered, still open. Unmet need 7 February, a reason recorded for no referral. Declined
        // the registry.
        p3 = refer(feb(5), ReferralChannel::Phone);
        allocate(p3, clinicianB);
        firstOffered(p3, feb(6));
        assess(p3, clinicianB, feb(6), false, 1);
        const std::int64_t p3Need = need(p3, clinicianB, feb(7));
        must(UnmetNeeds::resolveWithReason(*b, p3Need, QStringLiteral("Syntetisk: har allerede hjelp")), "reason");
        consent(p3, clinicianB, feb(7), {RegistryStatus::Informed, RegistryStatus::Declined});

        // P5: police, 10 February, not allocated, still referred.
        p5 = refer(feb(10), ReferralChannel::Police);

        // P6 (B): GP, 11 February, first offer 20 February (9 days). Included 12 February; package started the
        // same day with nothing recorded; plan 18 on 13 February. Consented.
        p6 = refer(feb(11), ReferralChannel::Gp);
        allocate(p6, clinicianB);
        assess(p6, clinicianB, feb(12), false);
        decide(p6, clinicianB, feb(12), EligibilityDecision::Include);
        startPackage(p6, clinicianB, feb(12));
        plan(p6, clinicianB, feb(13), 18);
        firstOffered(p6, feb(20));
        consent(p6, clinicianB, feb(20), {RegistryStatus::Informed, RegistryStatus::Consented});

        // P8…P12: five phone referrals 15–19 February, not allocated.
        for (int day = 15; day <= 19; ++day) {
            phoneReferrals << refer(feb(day), ReferralChannel::Phone);
        }
    }

    int m_serial = 0;
};

} // namespace forlop::test
