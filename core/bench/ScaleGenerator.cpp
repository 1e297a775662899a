#include "bench/ScaleGenerator.h"

#include "accounts/UserAdmin.h"
#include "audit/AuditLog.h"
#include "clinic/Clinic.h"
#include "clinic/ClinicFactory.h"
#include "pathway/DemoRandom.h"
#include "pathway/Pseudonym.h"
#include "pathway/SyntheticPeople.h"
#include "security/ClinicalCipher.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QHash>

#include <array>
#include <vector>

namespace forlop {

namespace {

constexpr int SealedPool = 512; // distinct sealed note bodies
constexpr int Years = 10;

QString stamp(const QDateTime& instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// A working-day instant (UTC) on the given date: clinics book 08:00–15:00 local.
QDateTime slot(const QDate& date, int hour, int minute = 0)
{
    QDate d = date;
    if (d.dayOfWeek() == 6) {
        d = d.addDays(2);
    } else if (d.dayOfWeek() == 7) {
        d = d.addDays(1);
    }
    return QDateTime(d, QTime(hour, minute), Qt::UTC);
}

QString noteBody(int n, int bytes)
{
    // Obviously made up, and different for each pooled body.
    QString text = QStringLiteral("[Benchmark] Synthetic session note %1. ").arg(n);
    static const QString filler = QStringLiteral(
        "The session followed the plan; themes were discussed and the patient's homework was reviewed. ");
    while (text.size() < bytes) {
        text += filler;
    }
    text.truncate(bytes);
    return text;
}

struct Statements
{
    Statement patient;
    Statement stateChange;
    Statement referral;
    Statement appointment;
    Statement session;
    Statement note;
    Statement plan;
    Statement end;
    Statement followUp;
    Statement consent;
    Statement package;
    Statement instrument;
    Statement assessment;
    Statement audit;
};

Result<Statements> prepareAll(Database& db)
{
    const std::array<const char*, 14> sql{
        "INSERT INTO patient (id, pseudonym, state, clinician_id, created_at, created_by, state_changed_at, name, "
        "birth_year, phone, may_leave_messages) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        "INSERT INTO patient_state_change (patient_id, from_state, to_state, at, by_user) VALUES (?1, ?2, ?3, ?4, ?5)",
        "INSERT INTO referral (patient_id, received_on, channel, urgency, first_offered_on, allocated_at, "
        "allocated_by, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        "INSERT INTO appointment (id, patient_id, clinician_id, room_id, type, modality, starts_at, ends_at, status, "
        "cancel_reason, status_changed_at, created_at, created_by, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?12)",
        "INSERT INTO treatment_session (id, patient_id, clinician_id, kind, starts_at, duration_minutes, modality, "
        "attendance, appointment_id, created_at, created_by, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, 45, ?6, ?7, ?8, ?9, ?3, ?9)",
        "INSERT INTO clinical_note (patient_id, session_id, author_id, body, created_at, updated_at, signed_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
        "INSERT INTO treatment_plan (patient_id, planned_sessions, theme_catalogue_version_id, created_at, created_by, "
        "updated_at, updated_by) VALUES (?1, ?2, 1, ?3, ?4, ?3, ?4)",
        "INSERT INTO treatment_end (patient_id, reason, ended_on, sessions_attended, planned_sessions, follow_up_on, "
        "recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        "INSERT INTO follow_up (patient_id, started_on, recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4)",
        "INSERT INTO registry_consent_event (patient_id, status, on_date, recorded_at, recorded_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5)",
        "INSERT INTO assessment_package (patient_id, catalogue_version_id, started_at, started_by) "
        "VALUES (?1, 1, ?2, ?3)",
        "INSERT INTO instrument_status (patient_id, instrument_id, timepoint, status, completed_on, scores, "
        "updated_at, updated_by) VALUES (?1, ?2, ?3, 'completed', ?4, ?5, ?6, ?7)",
        "INSERT INTO eligibility_assessment (patient_id, version_id, assessor_id, started_at, completed_at, "
        "derived_decision, final_decision, exclusion_onward) VALUES (?1, 1, ?2, ?3, ?4, ?5, ?5, ?6)",
        "INSERT INTO audit_log (seq, at, user_id, user_name, role, action, patient_id, object_type, object_id, basis, "
        "reason, outcome, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, '', 'ok', ?11)",
    };
    std::vector<Statement> prepared;
    for (const char* each : sql) {
        auto stmt = db.prepare(each);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        prepared.push_back(std::move(*stmt));
    }
    auto take = [&](int i) { return std::move(prepared[std::size_t(i)]); };
    return Statements{take(0), take(1), take(2),  take(3),  take(4),  take(5),  take(6),
                      take(7), take(8), take(9), take(10), take(11), take(12), take(13)};
}

// One patient's pathway, decided up front from the day the referral came in.
struct Pathway
{
    QDate referred;
    int waitDays = 0;
    int planned = 0;
    bool excluded = false;
    bool enquiry = false;
    bool allocated = true;
    QString state;
    QDate stateSince;
};

Pathway planFor(const QDate& referred, const QDate& today, DemoRandom& random)
{
    Pathway p;
    p.referred = referred;
    const bool urgent = random.chance(10);
    p.waitDays = urgent ? random.between(7, 20) : random.between(20, 90);
    p.planned = random.between(14, 18);
    p.excluded = random.chance(8);
    const int age = int(referred.daysTo(today));
    const int w = p.waitDays;
    const int treatmentStart = w + 60;
    const int end = treatmentStart + 7 * p.planned;
    auto set = [&](const char* state, int since) {
        p.state = QString::fromLatin1(state);
        p.stateSince = referred.addDays(since);
    };
    if (age < 3) {
        p.enquiry = random.chance(30);
        p.allocated = false;
        set(p.enquiry ? "enquiry" : "referred", 0);
    } else if (age < w) {
        p.allocated = random.chance(75);
        set("waiting", 2);
    } else if (age < w + 14) {
        set("eligibility", w);
    } else if (p.excluded) {
        set("excluded", w + 14);
    } else if (age < w + 21) {
        set("included", w + 14);
    } else if (age < treatmentStart) {
        set("assessment", w + 21);
    } else if (age < end) {
        set("treatment", treatmentStart);
    } else if (age >= end + 90 && age < end + 130) {
        set("follow_up", end + 90);
    } else {
        set("ended", end);
    }
    return p;
}

struct Visit
{
    const char* type;
    const char* kind; // treatment_session.kind, or nullptr (a first contact)
    int dayOffset;
};

// The pathway's appointments, from the first contact to the follow-up, as offsets from the referral.
std::vector<Visit> visitsFor(const Pathway& p)
{
    std::vector<Visit> visits;
    const int w = p.waitDays;
    visits.push_back({"first_contact", nullptr, w});
    visits.push_back({"eligibility_assessment", "eligibility", w + 7});
    if (p.excluded) {
        return visits;
    }
    for (int i = 0; i < 3; ++i) {
        visits.push_back({"assessment", "assessment", w + 21 + 7 * i});
    }
    for (int i = 0; i < p.planned; ++i) {
        visits.push_back({"treatment_session", "treatment", w + 60 + 7 * i});
    }
    visits.push_back({"follow_up", "follow_up", w + 60 + 7 * p.planned + 90});
    return visits;
}

class Writer
{
public:
    Writer(Clinic& clinic, Statements& s, const ScaleOptions& options, const QDate& today, ScaleSummary& summary,
           std::vector<std::int64_t> clinicianIds, std::int64_t secretaryId)
        : m_clinic(clinic), m_s(s), m_options(options), m_today(today), m_summary(summary),
          m_clinicianIds(std::move(clinicianIds)), m_secretary(secretaryId)
    {
    }

    Status sealPool()
    {
        for (int i = 0; i < SealedPool; ++i) {
            m_notes.push_back(ClinicalCipher::seal(m_clinic, noteBody(i, m_options.noteBytes)));
            m_scores.push_back(ClinicalCipher::seal(m_clinic, QStringLiteral("{\"total\":%1}").arg(i % 20)));
        }
        return {};
    }

    Status patient(int index)
    {
        DemoRandom random(m_options.seed * 1000003ull + std::uint64_t(index) * 7919ull + 17ull);
        const int span = Years * 365;
        const QDate referred = m_today.addDays(-span + int(std::int64_t(span) * index / m_options.patients));
        const Pathway p = planFor(referred, m_today, random);
        const std::int64_t id = index + 1;
        const std::int64_t clinician = m_clinicianIds[std::size_t(index) % m_clinicianIds.size()];
        const bool allocated = p.allocated && !p.enquiry;
        const QDateTime created = slot(referred, 8, 10);
        const int year = referred.year();
        const QString pseudonym = Pseudonym::format(year, ++m_perYear[year]);
        const QString name = p.enquiry ? QString() : SyntheticPeople::name(random);
        const QString phone = SyntheticPeople::phone(random);
        const QString stateSince = stamp(slot(p.stateSince, 9));

        m_s.patient.bind(1, id).bind(2, pseudonym).bind(3, p.state);
        allocated ? m_s.patient.bind(4, clinician) : m_s.patient.bindNull(4);
        m_s.patient.bind(5, stamp(created)).bind(6, m_secretary).bind(7, stateSince);
        name.isEmpty() ? m_s.patient.bindNull(8) : m_s.patient.bind(8, name);
        m_s.patient.bind(9, random.between(1950, 2004)).bind(10, phone).bind(11, random.chance(70));
        if (auto status = m_s.patient.run(); !status) {
            return status;
        }
        ++m_summary.patients;
        if (p.enquiry) {
            return stateChanges(id, p, clinician);
        }
        // Referral
        const QDate firstOffer = referred.addDays(p.waitDays);
        m_s.referral.bind(1, id).bind(2, day(referred)).bind(3, random.pick(m_channels)).bind(4,
            random.chance(10) ? QStringLiteral("urgent") : QStringLiteral("normal"));
        firstOffer < m_today ? m_s.referral.bind(5, day(firstOffer)) : m_s.referral.bindNull(5);
        if (allocated) {
            m_s.referral.bind(6, stamp(created.addDays(1))).bind(7, m_leaderId);
        } else {
            m_s.referral.bindNull(6).bindNull(7);
        }
        m_s.referral.bind(8, stamp(created)).bind(9, m_secretary);
        if (auto status = m_s.referral.run(); !status) {
            return status;
        }
        if (auto status = stateChanges(id, p, clinician); !status) {
            return status;
        }
        if (auto status = consent(id, referred, random); !status) {
            return status;
        }
        if (p.state == QLatin1String("waiting") || p.state == QLatin1String("referred")) {
            return {};
        }
        return care(id, p, clinician, index, random);
    }

    void setLeader(std::int64_t id) { m_leaderId = id; }

private:
    Status stateChanges(std::int64_t id, const Pathway& p, std::int64_t clinician)
    {
        static const QStringList order{QStringLiteral("referred"),   QStringLiteral("waiting"),
                                       QStringLiteral("eligibility"), QStringLiteral("included"),
                                       QStringLiteral("assessment"), QStringLiteral("treatment"),
                                       QStringLiteral("ended"),      QStringLiteral("follow_up")};
        const int w = p.waitDays;
        const std::array<int, 8> offsets{0, 2, w, w + 14, w + 21, w + 60, w + 60 + 7 * p.planned,
                                         w + 60 + 7 * p.planned + 90};
        if (p.enquiry) {
            return insertChange(id, std::nullopt, QStringLiteral("enquiry"), p.referred, m_secretary);
        }
        std::optional<QString> from;
        for (int i = 0; i < order.size(); ++i) {
            const bool excludedHere = p.state == QLatin1String("excluded") && order.at(i) == QLatin1String("included");
            const QString to = excludedHere ? QStringLiteral("excluded") : order.at(i);
            if (auto status = insertChange(id, from, to, p.referred.addDays(offsets[std::size_t(i)]),
                                           i < 2 ? m_secretary : clinician);
                !status) {
                return status;
            }
            if (to == p.state) {
                break;
            }
            from = to;
        }
        return {};
    }

    Status insertChange(std::int64_t id, const std::optional<QString>& from, const QString& to, const QDate& on,
                        std::int64_t by)
    {
        m_s.stateChange.bind(1, id).bind(2, from).bind(3, to).bind(4, stamp(slot(on, 9))).bind(5, by);
        return m_s.stateChange.run();
    }

    Status consent(std::int64_t id, const QDate& referred, DemoRandom& random)
    {
        const int pick = random.between(0, 99);
        const QString status = pick < 65   ? QStringLiteral("consented")
                               : pick < 80 ? QStringLiteral("declined")
                                           : QStringLiteral("informed");
        const QDate on = referred.addDays(3);
        if (on >= m_today) {
            return {};
        }
        m_s.consent.bind(1, id).bind(2, status).bind(3, day(on)).bind(4, stamp(slot(on, 11))).bind(5, m_secretary);
        return m_s.consent.run();
    }

    Status care(std::int64_t id, const Pathway& p, std::int64_t clinician, int index, DemoRandom& random)
    {
        const int w = p.waitDays;
        const QDate decided = p.referred.addDays(w + 14);
        if (decided < m_today) {
            const bool exclude = p.excluded;
            m_s.assessment.bind(1, id).bind(2, clinician).bind(3, stamp(slot(p.referred.addDays(w + 7), 10)))
                .bind(4, stamp(slot(decided, 10))).bind(5, exclude ? QStringLiteral("exclude") : QStringLiteral("include"));
            exclude ? m_s.assessment.bind(6, QStringLiteral("reason_recorded")) : m_s.assessment.bindNull(6);
            if (auto status = m_s.assessment.run(); !status) {
                return status;
            }
        }
        const QDate packageStart = p.referred.addDays(w + 21);
        if (!p.excluded && packageStart < m_today) {
            m_s.package.bind(1, id).bind(2, stamp(slot(packageStart, 10))).bind(3, clinician);
            if (auto status = m_s.package.run(); !status) {
                return status;
            }
            for (int instrument = 1; instrument <= 4; ++instrument) {
                if (random.chance(85)) {
                    m_s.instrument.bind(1, id).bind(2, instrument).bind(3, QStringLiteral("intake"))
                        .bind(4, day(packageStart)).bind(5, m_scores[std::size_t(random.between(0, SealedPool - 1))])
                        .bind(6, stamp(slot(packageStart, 11))).bind(7, clinician);
                    if (auto status = m_s.instrument.run(); !status) {
                        return status;
                    }
                }
            }
        }
        const QDate planDay = p.referred.addDays(w + 55);
        if (!p.excluded && planDay < m_today) {
            m_s.plan.bind(1, id).bind(2, p.planned).bind(3, stamp(slot(planDay, 12))).bind(4, clinician);
            if (auto status = m_s.plan.run(); !status) {
                return status;
            }
        }

        const int wantNotes = index % ScaleGenerator::RecordPatientStride == 0 ? 20 : m_options.notesPerPatient;
        int notes = 0;
        int attended = 0;
        const int hour = 8 + index % 7;
        const std::vector<Visit> visits = visitsFor(p);
        const QDate horizon = m_today.addDays(28);
        for (const Visit& visit : visits) {
            const QDate on = p.referred.addDays(visit.dayOffset);
            if (on > horizon || (on >= m_today && p.state == QLatin1String("ended"))) {
                break;
            }
            const bool past = on < m_today;
            const QDateTime start = slot(on, hour, (index / 7 % 4) * 15);
            QString status = QStringLiteral("booked");
            std::optional<QString> cancelReason;
            if (past) {
                const int roll = random.between(0, 99);
                status = roll < 85   ? QStringLiteral("attended")
                         : roll < 91 ? QStringLiteral("no_show")
                         : roll < 97 ? QStringLiteral("cancelled_by_patient")
                                     : QStringLiteral("cancelled_by_clinic");
                if (status.startsWith(QLatin1String("cancelled"))) {
                    cancelReason = QStringLiteral("Illness");
                }
            }
            const std::int64_t appointmentId = ++m_appointmentId;
            const QString startText = stamp(start);
            const QString modality = random.chance(80) ? QStringLiteral("in_person") : QStringLiteral("video");
            m_s.appointment.bind(1, appointmentId).bind(2, id).bind(3, clinician)
                .bind(4, std::int64_t(1 + index % 10)).bind(5, QLatin1String(visit.type)).bind(6, modality)
                .bind(7, startText).bind(8, stamp(start.addSecs(45 * 60))).bind(9, status).bind(10, cancelReason);
            past ? m_s.appointment.bind(11, stamp(start.addSecs(3600))) : m_s.appointment.bindNull(11);
            m_s.appointment.bind(12, stamp(start.addDays(-14))).bind(13, m_secretary);
            if (auto run = m_s.appointment.run(); !run) {
                return run;
            }
            ++m_summary.appointments;
            if (!past || !visit.kind) {
                continue;
            }
            const std::int64_t sessionId = ++m_sessionId;
            const QString done = stamp(start.addSecs(3600));
            m_s.session.bind(1, sessionId).bind(2, id).bind(3, clinician).bind(4, QLatin1String(visit.kind))
                .bind(5, startText).bind(6, modality).bind(7, status).bind(8, appointmentId).bind(9, done);
            if (auto run = m_s.session.run(); !run) {
                return run;
            }
            ++m_summary.sessions;
            if (status == QLatin1String("attended")) {
                ++attended;
                if (notes < wantNotes) {
                    m_s.note.bind(1, id).bind(2, sessionId).bind(3, clinician)
                        .bind(4, m_notes[std::size_t(m_summary.notes % SealedPool)]).bind(5, done)
                        .bind(6, stamp(start.addSecs(2 * 3600)));
                    if (auto run = m_s.note.run(); !run) {
                        return run;
                    }
                    ++notes;
                    ++m_summary.notes;
                }
            }
        }
        // A record patient gets the rest of their 20 notes on their last attended session (addenda-like extras).
        if (wantNotes == 20 && notes > 0) {
            m_summary.recordPatients << id;
        }
        const bool ended = p.state == QLatin1String("ended") || p.state == QLatin1String("follow_up");
        if (ended) {
            const QDate endDay = p.referred.addDays(w + 60 + 7 * p.planned);
            const QDate followUpOn = endDay.addDays(90);
            m_s.end.bind(1, id).bind(2, random.chance(80) ? QStringLiteral("completed") : QStringLiteral("dropped_out"))
                .bind(3, day(endDay)).bind(4, attended).bind(5, p.planned).bind(6, day(followUpOn))
                .bind(7, stamp(slot(endDay, 14))).bind(8, clinician);
            if (auto run = m_s.end.run(); !run) {
                return run;
            }
            if (p.state == QLatin1String("follow_up")) {
                m_s.followUp.bind(1, id).bind(2, day(followUpOn)).bind(3, stamp(slot(followUpOn, 14))).bind(4, clinician);
                if (auto run = m_s.followUp.run(); !run) {
                    return run;
                }
            }
        }
        return {};
    }

    Clinic& m_clinic;
    Statements& m_s;
    const ScaleOptions& m_options;
    QDate m_today;
    ScaleSummary& m_summary;
    std::vector<std::int64_t> m_clinicianIds;
    std::int64_t m_secretary;
    std::int64_t m_leaderId = 0;
    std::int64_t m_appointmentId = 0;
    std::int64_t m_sessionId = 0;
    QHash<int, int> m_perYear;
    std::vector<QByteArray> m_notes;
    std::vector<QByteArray> m_scores;
    const QList<QString> m_channels{QStringLiteral("phone"), QStringLiteral("self"), QStringLiteral("gp"),
                                    QStringLiteral("chat"), QStringLiteral("specialist")};
};

// The audit trail of ten years: reads and writes of each patient's record, near the time the patient was seen,
// chained exactly as AuditLog::append chains them.
Status writeAudit(Database& db, Statement& insert, const ScaleOptions& options, const QDate& today,
                  const QList<std::int64_t>& clinicianIds, const QStringList& clinicianNames, ScaleSummary& summary)
{
    auto head = AuditLog::head(db);
    if (!head) {
        return std::unexpected(head.error());
    }
    static const std::array<std::pair<const char*, const char*>, 8> actions{{
        {"patient.view", "patient"},
        {"timeline.view", "patient"},
        {"note.read", "clinical_note"},
        {"note.sign", "clinical_note"},
        {"appointment.book", "appointment"},
        {"session.record", "treatment_session"},
        {"caseload.view", ""},
        {"plan.view", "treatment_plan"},
    }};
    const QString role = QStringLiteral("clinician");
    const QString basis = QLatin1String(AuditBasis::CareRelation);
    const std::int64_t total = std::int64_t(options.patients) * options.auditRowsPerPatient;
    const qint64 first = QDateTime(today.addDays(-Years * 365), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 last = QDateTime(today.addDays(-1), QTime(15, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 step = std::max<qint64>(1, (last - first) / std::max<std::int64_t>(1, total));
    QByteArray previous = head->hash;
    AuditRecord record;
    record.role = role;
    record.event.basis = basis;
    record.event.outcome = QStringLiteral("ok");
    for (std::int64_t k = 0; k < total; ++k) {
        const int patient = int(k / options.auditRowsPerPatient);
        const std::size_t who = std::size_t(patient) % std::size_t(clinicianIds.size());
        const auto& [action, object] = actions[std::size_t(k % std::int64_t(actions.size()))];
        record.seq = head->seq + 1 + k;
        record.at = QDateTime::fromMSecsSinceEpoch(first + k * step, Qt::UTC);
        record.userId = clinicianIds.at(qsizetype(who));
        record.userName = clinicianNames.at(qsizetype(who));
        record.event.action = QLatin1String(action);
        record.event.patientId = std::int64_t(patient + 1);
        record.event.objectType = QLatin1String(object);
        record.event.objectId = *object ? std::optional<std::int64_t>(k % 1000 + 1) : std::nullopt;
        record.hash = AuditLog::chainHash(previous, record);
        insert.bind(1, record.seq).bind(2, record.at.toString(Qt::ISODateWithMs)).bind(3, record.userId)
            .bind(4, record.userName).bind(5, role).bind(6, record.event.action).bind(7, record.event.patientId)
            .bind(8, record.event.objectType).bind(9, record.event.objectId).bind(10, basis).bind(11, record.hash);
        if (auto status = insert.run(); !status) {
            return status;
        }
        previous = record.hash;
        ++summary.auditRows;
    }
    return {};
}

Error failed(const QString& step, const Error& error)
{
    return {error.code, ScaleGenerator::tr("The benchmark clinic could not be built (%1): %2").arg(step, error.message)};
}

} // namespace

Result<ScaleSummary> ScaleGenerator::generate(const ScaleOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    if (options.patients < 1 || options.clinicians < 1) {
        return fail(ErrorCode::Failed, tr("A benchmark clinic needs at least one patient and one clinician."));
    }
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    // The clinic and its staff exist from before the first patient.
    FixedClock clock(QDateTime(today.addDays(-Years * 365 - 30), QTime(7, 0), Qt::UTC));

    NewClinic request;
    request.databasePath = options.databasePath;
    request.name = QStringLiteral("Skalaklinikken");
    request.site = QStringLiteral("Benchmark");
    request.kind = ClinicKind::Demo;
    request.adminName = QStringLiteral("admin");
    request.adminPassword = Password;
    request.leaderName = QStringLiteral("leder");
    request.leaderPassword = Password;
    request.kdf = options.kdf;
    if (auto created = ClinicFactory::create(request, clock); !created) {
        return std::unexpected(failed(QStringLiteral("create"), created.error()));
    }
    ScaleSummary summary;
    summary.leader = QStringLiteral("leder");
    {
        auto admin = Clinic::open(options.databasePath, QStringLiteral("admin"), Password, clock);
        if (!admin) {
            return std::unexpected(failed(QStringLiteral("admin"), admin.error()));
        }
        QList<NewUser> staff;
        staff << NewUser{QStringLiteral("sekretar"), QStringLiteral("Siri Sekretær"), Role::Secretary,
                         Profession::None, {}, Password};
        for (int i = 1; i <= options.clinicians; ++i) {
            staff << NewUser{QStringLiteral("psykolog%1").arg(i), QStringLiteral("Psykolog %1").arg(i),
                             Role::Clinician, Profession::Psychologist, {}, Password};
        }
        for (const NewUser& user : std::as_const(staff)) {
            auto id = UserAdmin::add(**admin, user);
            if (!id) {
                return std::unexpected(failed(user.name, id.error()));
            }
            if (user.roles.testFlag(Role::Clinician)) {
                summary.clinicians << user.name;
                summary.clinicianIds << *id;
            }
        }
    }
    auto leader = Clinic::open(options.databasePath, summary.leader, Password, clock);
    if (!leader) {
        return std::unexpected(failed(summary.leader, leader.error()));
    }
    Clinic& clinic = **leader;
    for (const QString& name : std::as_const(summary.clinicians)) {
        if (auto status = UserAdmin::grantClinicalKey(clinic, name); !status) {
            return std::unexpected(failed(name, status.error()));
        }
    }
    auto secretary = clinic.db().queryInt("SELECT id FROM user WHERE name = 'sekretar'");
    if (!secretary) {
        return std::unexpected(failed(QStringLiteral("sekretar"), secretary.error()));
    }

    Database& db = clinic.db();
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return std::unexpected(failed(QStringLiteral("begin"), transaction.error()));
    }
    {
    auto statements = prepareAll(db);
    if (!statements) {
        return std::unexpected(failed(QStringLiteral("prepare"), statements.error()));
    }
    for (int room = 1; room <= 10; ++room) {
        auto stmt = db.prepare("INSERT INTO room (id, name, created_at) VALUES (?1, ?2, ?3)");
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bindAll(room, QStringLiteral("Rom %1").arg(room), stamp(clock.now()));
        if (auto status = stmt->run(); !status) {
            return std::unexpected(failed(QStringLiteral("room"), status.error()));
        }
    }
    // Every clinician works Monday to Friday, 08:00–15:30, from the clinic's first day.
    for (std::int64_t clinicianId : std::as_const(summary.clinicianIds)) {
        auto stmt = db.prepare("INSERT INTO work_template (clinician_id, valid_from, created_at, created_by) "
                               "VALUES (?1, ?2, ?3, ?4)");
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bindAll(clinicianId, day(clock.now().date()), stamp(clock.now()), clinic.session().userId);
        if (auto status = stmt->run(); !status) {
            return std::unexpected(failed(QStringLiteral("work template"), status.error()));
        }
        const std::int64_t templateId = db.lastInsertId();
        auto period = db.prepare("INSERT INTO work_template_period (template_id, weekday, start_time, end_time) "
                                 "VALUES (?1, ?2, '08:00', '15:30')");
        if (!period) {
            return std::unexpected(period.error());
        }
        for (int weekday = 1; weekday <= 5; ++weekday) {
            period->bindAll(templateId, weekday);
            if (auto status = period->run(); !status) {
                return std::unexpected(failed(QStringLiteral("work template"), status.error()));
            }
        }
    }
    Writer writer(clinic, *statements, options, today, summary,
                  std::vector<std::int64_t>(summary.clinicianIds.begin(), summary.clinicianIds.end()), *secretary);
    writer.setLeader(clinic.session().userId);
    if (auto status = writer.sealPool(); !status) {
        return std::unexpected(status.error());
    }
    for (int i = 0; i < options.patients; ++i) {
        if (auto status = writer.patient(i); !status) {
            return std::unexpected(failed(QStringLiteral("patient %1").arg(i + 1), status.error()));
        }
    }
    if (auto status = writeAudit(db, statements->audit, options, today, summary.clinicianIds, summary.clinicians,
                                 summary);
        !status) {
        return std::unexpected(failed(QStringLiteral("audit"), status.error()));
    }
    }
    if (auto status = transaction->commit(); !status) {
        return std::unexpected(failed(QStringLiteral("commit"), status.error()));
    }
    // No ANALYZE: the app never runs it, so the benchmark measures the query plans a real clinic gets.
    clinic.lock();
    summary.seconds = double(timer.elapsed()) / 1000.0;
    return summary;
}

} // namespace forlop
