#include "BenchRun.h"

#include "audit/AuditLog.h"
#include "audit/AuditReview.h"
#include "bench/ScaleGenerator.h"
#include "clinic/Clinic.h"
#include "pathway/ClinicalNote.h"
#include "pathway/PatientSearch.h"
#include "pathway/PatientTimeline.h"
#include "pathway/Signer.h"
#include "reports/Caseloads.h"
#include "reports/FidelityReports.h"
#include "reports/RegistryExport.h"
#include "scheduling/CalendarQuery.h"
#include "scheduling/ClinicianCaseload.h"
#include "scheduling/WaitingList.h"
#include "security/KeySlot.h"
#include "security/Keyring.h"
#include "security/PasswordKdf.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cstring>

namespace forlop::bench {

namespace {

constexpr auto Clinician = "psykolog1";

Status fromResult(const auto& result)
{
    if (!result) {
        return std::unexpected(result.error());
    }
    return {};
}

Error failed(const QString& what, const Error& error)
{
    return {error.code, QStringLiteral("%1: %2").arg(what, error.message)};
}

QStringList column(Database& db, const char* sql)
{
    QStringList values;
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return values;
    }
    while (true) {
        auto row = stmt->step();
        if (!row || !*row) {
            break;
        }
        values << stmt->text(0);
    }
    return values;
}

QList<std::int64_t> ids(Database& db, const char* sql)
{
    QList<std::int64_t> values;
    for (const QString& each : column(db, sql)) {
        values << each.toLongLong();
    }
    return values;
}

SecretBytes copyOf(const SecretBytes& key)
{
    SecretBytes copy(key.size());
    std::memcpy(copy.data(), key.data(), key.size());
    return copy;
}

void progress(const QString& line)
{
    QTextStream(stderr) << line << Qt::endl;
}

} // namespace

BenchRun::BenchRun(BenchOptions options) : m_options(std::move(options)) {}

BenchRun::~BenchRun()
{
    closeSides();
}

void BenchRun::closeSides()
{
    // The copy's sessions must not record their lock or move the key file's audit anchor: the key file belongs to
    // the encrypted database. Handing them a closed database makes lock() a no-op.
    for (auto* clinic : {m_plain.leader.get(), m_plain.clinician.get()}) {
        if (clinic) {
            clinic->adoptDatabase(Database{}, SecretBytes{});
        }
    }
    m_plain = {};
    m_encrypted = {};
}

Result<QList<Measurement>> BenchRun::run()
{
    QList<Measurement> rows;
    const auto wanted = [this](const QString& name) {
        return m_options.only.isEmpty() || name.contains(m_options.only, Qt::CaseInsensitive);
    };
    if (wanted(QStringLiteral("unlock"))) {
        if (auto status = measureUnlock(rows); !status) {
            return std::unexpected(status.error());
        }
    }
    progress(QStringLiteral("Making the unencrypted copy …"));
    if (auto status = makePlainCopy(); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = openSides(); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = sampleInputs(); !status) {
        return std::unexpected(status.error());
    }
    const int repeat = m_options.repeat;
    const int heavy = std::max(3, repeat / 10);
    const QDate today = m_options.today;
    const QList<std::int64_t> ten = m_clinicianIds.mid(0, 10);

    struct Spec
    {
        QString name;
        int repeat;
        Operation operation;
        bool interactive = true;
        double medianTarget = 20;
        double p95Target = 50;
    };
    QList<Spec> specs;
    specs << Spec{QStringLiteral("caseload dashboard (unit leader)"), repeat,
                  [](Side& side, int) { return fromResult(Caseloads::view(*side.leader)); }};
    specs << Spec{QStringLiteral("clinician caseload (first page of 50)"), repeat, [](Side& side, int) {
                      return fromResult(ClinicianCaseload::page(*side.clinician, CaseloadFilter{}, 0, 50));
                  }};
    specs << Spec{QStringLiteral("waiting list"), repeat,
                  [](Side& side, int) { return fromResult(WaitingList::entries(*side.leader)); }};
    specs << Spec{QStringLiteral("week calendar, 10 clinicians"), repeat, [ten, today](Side& side, int i) {
                      return fromResult(CalendarQuery::week(*side.leader, ten, today.addDays(-7 * (i % 40))));
                  }};
    specs << Spec{QStringLiteral("search: pseudonym prefix"), repeat, [this](Side& side, int i) {
                      const QString& text = m_pseudonymPrefixes.at(i % m_pseudonymPrefixes.size());
                      return fromResult(PatientSearch::find(*side.leader, text, 50));
                  }};
    specs << Spec{QStringLiteral("search: name prefix"), repeat, [this](Side& side, int i) {
                      const QString& text = m_namePrefixes.at(i % m_namePrefixes.size());
                      return fromResult(PatientSearch::find(*side.leader, text, 50));
                  }};
    specs << Spec{QStringLiteral("search: phone prefix"), repeat, [this](Side& side, int i) {
                      const QString& text = m_phonePrefixes.at(i % m_phonePrefixes.size());
                      return fromResult(PatientSearch::find(*side.leader, text, 50));
                  }};
    specs << Spec{QStringLiteral("open record: timeline + 20 notes decrypted"), repeat,
                  [this](Side& side, int i) -> Status {
                      const std::int64_t patient = m_recordPatients.at(i % m_recordPatients.size());
                      if (auto timeline = PatientTimeline::load(*side.clinician, patient); !timeline) {
                          return std::unexpected(timeline.error());
                      }
                      auto notes = ClinicalNotes::forPatient(*side.clinician, patient);
                      if (!notes) {
                          return std::unexpected(notes.error());
                      }
                      if (notes->isEmpty()) {
                          return fail(ErrorCode::Failed, QStringLiteral("a record without notes"));
                      }
                      return {};
                  }};
    // The log review's lazy list: its first page, and a page deep in the log as scrolling reaches it.
    specs << Spec{QStringLiteral("log review: first page of 200"), repeat,
                  [](Side& side, int) { return fromResult(AuditReview::query(*side.leader, AuditFilter{})); }};
    specs << Spec{QStringLiteral("log review: a page 100,000 rows down"), repeat, [](Side& side, int i) -> Status {
                      auto newest = side.leader->db().queryInt("SELECT max(seq) FROM audit_log");
                      if (!newest) {
                          return std::unexpected(newest.error());
                      }
                      AuditFilter filter;
                      filter.after = AuditFilter::Cursor{false, *newest - 100000 - i};
                      return fromResult(AuditReview::query(*side.leader, filter));
                  }};
    // Signing is timed apart (measureSign): the drafts and the password confirmation are prepared untimed.
    specs << Spec{QStringLiteral("sign a note (durable commit)"), repeat, {}};
    specs << Spec{QStringLiteral("fidelity report, one year"), heavy,
                  [today](Side& side, int) {
                      return fromResult(
                          FidelityReports::compute(*side.leader, ReportPeriod::yearOf(today.addYears(-1))));
                  },
                  false};
    specs << Spec{QStringLiteral("registry export"), heavy,
                  [this](Side& side, int i) -> Status {
                      const QString folder = m_options.workDir + QStringLiteral("/export-%1").arg(i);
                      auto written = RegistryExport::write(*side.leader, folder);
                      QDir(folder).removeRecursively();
                      return fromResult(written);
                  },
                  false};
    specs << Spec{QStringLiteral("audit verify (whole log)"), heavy,
                  [](Side& side, int) -> Status {
                      auto verified = AuditLog::verify(side.leader->db(), 0, {});
                      if (!verified) {
                          return std::unexpected(verified.error());
                      }
                      if (!verified->intact) {
                          return fail(ErrorCode::Damaged, verified->problem);
                      }
                      return {};
                  },
                  false};

    for (const Spec& spec : std::as_const(specs)) {
        if (!wanted(spec.name)) {
            continue;
        }
        progress(QStringLiteral("Timing %1 …").arg(spec.name));
        if (!spec.operation) {
            auto measured = measureSign(spec.repeat);
            if (!measured) {
                return std::unexpected(measured.error());
            }
            rows << *measured;
            continue;
        }
        auto measured =
            measure(spec.name, spec.repeat, spec.operation, spec.interactive, spec.medianTarget, spec.p95Target);
        if (!measured) {
            return std::unexpected(measured.error());
        }
        rows << *measured;
    }
    closeSides();
    return rows;
}

Status BenchRun::measureUnlock(QList<Measurement>& rows)
{
    progress(QStringLiteral("Timing unlock …"));
    const int repeat = std::clamp(m_options.repeat / 3, 3, 10);
    Measurement kdf{QStringLiteral("unlock: key derivation (Argon2id)"), m_options.scale};
    Measurement open{QStringLiteral("unlock: open database (after a clean close)"), m_options.scale};
    Measurement openChecked{QStringLiteral("unlock: open database, every page read (after a crash)"), m_options.scale};
    openChecked.interactive = false;
    Measurement total{QStringLiteral("unlock: whole sign-in"), m_options.scale};
    kdf.interactive = false;
    // Opening is a part of the unlock, whose target is the whole sign-in's.
    open.medianTarget = 1000;
    open.p95Target = 1000;
    total.medianTarget = 1000;
    total.p95Target = 1000;
    auto keyring = Keyring::load(Keyring::pathFor(m_options.databasePath));
    if (!keyring) {
        return std::unexpected(failed(QStringLiteral("keyring"), keyring.error()));
    }
    const KeyringEntry* entry = keyring->find(QLatin1String(Clinician));
    if (!entry) {
        return fail(ErrorCode::NotFound, QStringLiteral("no %1 in the key file").arg(QLatin1String(Clinician)));
    }
    SecretBytes databaseKey;
    for (int i = 0; i < repeat; ++i) {
        Stopwatch derive;
        auto unlocked = KeySlot::unlock(keyring->clinicId, *entry, ScaleGenerator::Password);
        kdf.encrypted << derive.ms();
        if (!unlocked) {
            return std::unexpected(failed(QStringLiteral("key slot"), unlocked.error()));
        }
        // As Clinic::open opens a file a clean close left unchanged, and as it opens one after a crash.
        for (bool everyPage : {false, true}) {
            if (everyPage && i >= 3) {
                break; // reads the whole file: a few times is enough
            }
            Stopwatch opening;
            auto db = Database::open(m_options.databasePath, unlocked->databaseKey, everyPage);
            if (!db) {
                return std::unexpected(failed(QStringLiteral("open"), db.error()));
            }
            if (auto status = Schema::checkVersion(*db); !status) {
                return std::unexpected(status.error());
            }
            (everyPage ? openChecked : open).encrypted << opening.ms();
        }
        databaseKey = std::move(unlocked->databaseKey);
    }
    for (int i = 0; i < repeat; ++i) {
        Stopwatch whole;
        auto clinic = Clinic::open(m_options.databasePath, QLatin1String(Clinician), ScaleGenerator::Password,
                                   SystemClock::instance());
        if (!clinic) {
            return std::unexpected(failed(QStringLiteral("sign-in"), clinic.error()));
        }
        total.encrypted << whole.ms();
    }
    // The copy is made after this; open timings on it come from the first run's copy when it exists.
    if (QFile::exists(m_options.plainPath)) {
        for (int i = 0; i < repeat; ++i) {
            Stopwatch opening;
            auto db = Database::createPlain(m_options.plainPath);
            if (!db) {
                return std::unexpected(failed(QStringLiteral("open copy"), db.error()));
            }
            (void)db->queryInt("SELECT count(*) FROM sqlite_schema");
            open.plain << opening.ms();
        }
    }
    rows << kdf << open << openChecked << total;
    return {};
}

Status BenchRun::makePlainCopy()
{
    QFile::remove(m_options.plainPath);
    QFile::remove(m_options.plainPath + QStringLiteral("-wal"));
    QFile::remove(m_options.plainPath + QStringLiteral("-shm"));
    auto clinic = Clinic::open(m_options.databasePath, QStringLiteral("admin"), ScaleGenerator::Password,
                               SystemClock::instance());
    if (!clinic) {
        return std::unexpected(failed(QStringLiteral("admin"), clinic.error()));
    }
    Database& db = (*clinic)->db();
    auto version = db.queryInt("PRAGMA user_version");
    if (!version) {
        return std::unexpected(version.error());
    }
    // The clinic's connection may not create files (it opens without SQLITE_OPEN_CREATE), so the copy's file is made
    // first, empty; an empty key makes the attached database plain.
    if (auto empty = Database::createPlain(m_options.plainPath); !empty) {
        return std::unexpected(failed(QStringLiteral("create copy"), empty.error()));
    }
    QString path = m_options.plainPath;
    path.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QByteArray sql = QStringLiteral("ATTACH DATABASE '%1' AS plain KEY ''").arg(path).toUtf8();
    if (auto status = db.exec(sql.constData()); !status) {
        return std::unexpected(failed(QStringLiteral("attach"), status.error()));
    }
    if (auto status = db.exec("SELECT sqlcipher_export('plain')"); !status) {
        return std::unexpected(failed(QStringLiteral("export"), status.error()));
    }
    // sqlcipher_export does not copy user_version.
    const QByteArray setVersion = QStringLiteral("PRAGMA plain.user_version = %1").arg(*version).toUtf8();
    if (auto status = db.exec(setVersion.constData()); !status) {
        return std::unexpected(status.error());
    }
    if (auto status = db.exec("DETACH DATABASE plain"); !status) {
        return std::unexpected(status.error());
    }
    return {};
}

Status BenchRun::openSides()
{
    for (Side* side : {&m_encrypted, &m_plain}) {
        auto leader = Clinic::open(m_options.databasePath, QStringLiteral("leder"), ScaleGenerator::Password,
                                   SystemClock::instance());
        auto clinician = Clinic::open(m_options.databasePath, QLatin1String(Clinician), ScaleGenerator::Password,
                                      SystemClock::instance());
        if (!leader || !clinician) {
            return std::unexpected(failed(QStringLiteral("sign-in"), (!leader ? leader : clinician).error()));
        }
        side->leader = std::move(*leader);
        side->clinician = std::move(*clinician);
    }
    for (Clinic* clinic : {m_plain.leader.get(), m_plain.clinician.get()}) {
        auto copy = Database::createPlain(m_options.plainPath);
        if (!copy) {
            return std::unexpected(failed(QStringLiteral("open copy"), copy.error()));
        }
        clinic->adoptDatabase(std::move(*copy), copyOf(clinic->databaseKey()));
    }
    return {};
}

Status BenchRun::sampleInputs()
{
    Database& db = m_encrypted.leader->db();
    m_clinicianIds = ids(db, "SELECT id FROM user WHERE roles LIKE '%clinician%' AND active = 1 ORDER BY name");
    // Records with 20 signed notes; a tiny clinic may have none, and then its fullest records stand in.
    const QByteArray records =
        QStringLiteral("SELECT p.id FROM patient p WHERE p.clinician_id = %1 ORDER BY min(20, (SELECT count(*) FROM "
                       "clinical_note n WHERE n.patient_id = p.id)) DESC, p.id LIMIT 50")
            .arg(m_encrypted.clinician->session().userId)
            .toUtf8();
    m_recordPatients = ids(db, records.constData());
    const QByteArray active = QStringLiteral("SELECT id FROM patient WHERE clinician_id = %1 ORDER BY state = "
                                             "'treatment' DESC, id DESC LIMIT 20")
                                  .arg(m_encrypted.clinician->session().userId)
                                  .toUtf8();
    m_signPatients = ids(db, active.constData());
    // Prefixes as typed at the desk, spread over the clinic: pseudonyms without their last two digits, the first
    // three letters of a last name, the first four digits of a phone number.
    for (const QString& each : column(db, "SELECT pseudonym FROM patient ORDER BY (id * 7919) % 1009, id LIMIT 40")) {
        m_pseudonymPrefixes << each.left(each.size() - 2);
    }
    for (const QString& each :
         column(db, "SELECT name FROM patient WHERE name IS NOT NULL ORDER BY (id * 7919) % 1013, id LIMIT 40")) {
        m_namePrefixes << each.split(QLatin1Char(' ')).last().left(3);
    }
    for (const QString& each :
         column(db, "SELECT phone FROM patient WHERE phone IS NOT NULL ORDER BY (id * 7919) % 1019, id LIMIT 40")) {
        m_phonePrefixes << PatientSearch::phoneDigits(each).left(4);
    }
    if (m_clinicianIds.isEmpty() || m_recordPatients.isEmpty() || m_signPatients.isEmpty() ||
        m_pseudonymPrefixes.isEmpty() || m_namePrefixes.isEmpty() || m_phonePrefixes.isEmpty()) {
        return fail(ErrorCode::Failed, QStringLiteral("The clinic is too small for the benchmark's inputs."));
    }
    return {};
}

Result<Measurement> BenchRun::measure(const QString& name, int repeat, const Operation& operation, bool interactive,
                                      double medianTarget, double p95Target)
{
    Measurement row{name, m_options.scale};
    row.interactive = interactive;
    row.medianTarget = medianTarget;
    row.p95Target = p95Target;
    // One untimed warm-up on each side, then the two sides alternate so that both see the same machine load.
    for (Side* side : {&m_encrypted, &m_plain}) {
        if (auto status = operation(*side, 0); !status) {
            return std::unexpected(failed(name, status.error()));
        }
    }
    for (int i = 1; i <= repeat; ++i) {
        for (Side* side : {&m_encrypted, &m_plain}) {
            Stopwatch watch;
            auto status = operation(*side, i);
            const double ms = watch.ms();
            if (!status) {
                return std::unexpected(failed(name, status.error()));
            }
            (side == &m_encrypted ? row.encrypted : row.plain) << ms;
        }
    }
    return row;
}

Result<Measurement> BenchRun::measureSign(int repeat)
{
    const QString name = QStringLiteral("sign a note (durable commit)");
    Measurement row{name, m_options.scale};
    for (Side* side : {&m_encrypted, &m_plain}) {
        Clinic& clinic = *side->clinician;
        // Confirming the password is a key derivation the user waits for once per batch; not part of the commit.
        auto signer = Signer::confirm(clinic, ScaleGenerator::Password);
        if (!signer) {
            return std::unexpected(failed(name, signer.error()));
        }
        QList<std::int64_t> drafts;
        for (int i = 0; i <= repeat; ++i) {
            auto draft = ClinicalNotes::createDraft(clinic, m_signPatients.at(i % m_signPatients.size()), std::nullopt,
                                                    QStringLiteral("[Benchmark] A note to sign, number %1.").arg(i));
            if (!draft) {
                return std::unexpected(failed(name, draft.error()));
            }
            drafts << *draft;
        }
        for (int i = 0; i <= repeat; ++i) {
            Stopwatch watch;
            auto status = ClinicalNotes::sign(clinic, drafts.at(i), *signer);
            const double ms = watch.ms();
            if (!status) {
                return std::unexpected(failed(name, status.error()));
            }
            if (i > 0) { // the first is the warm-up
                (side == &m_encrypted ? row.encrypted : row.plain) << ms;
            }
        }
    }
    return row;
}

} // namespace forlop::bench
