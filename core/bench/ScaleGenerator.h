#pragma once

#include "Error.h"
#include "security/PasswordKdf.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <cstdint>

namespace forlop {

struct ScaleOptions
{
    QString databasePath;
    int patients = 1000;
    int clinicians = 10;
    int appointmentsPerPatient = 20; // about: the pathway decides, ongoing patients have fewer
    int notesPerPatient = 11;        // signed notes on attended sessions; every RecordPatientStride-th patient has 20
    int auditRowsPerPatient = 100;
    int noteBytes = 1000;
    std::uint64_t seed = 1;
    QDate today; // invalid: the system clock's today
    KdfParams kdf = KdfParams::forClinics();
};

struct ScaleSummary
{
    QString leader;          // unit leader with the clinical key
    QStringList clinicians;  // psykolog1 … psykologN, each with the clinical key
    QList<std::int64_t> clinicianIds;
    QList<std::int64_t> recordPatients; // patients with 20 signed notes, for "open a record"
    std::int64_t patients = 0;
    std::int64_t appointments = 0;
    std::int64_t sessions = 0;
    std::int64_t notes = 0;
    std::int64_t auditRows = 0;
    double seconds = 0;
};

// Builds a synthetic clinic of benchmark size fast: the clinic, its users and keys through the real services, then
// ten years of pathway data written in bulk by prepared statements reused inside one transaction (patients,
// referrals, state changes, appointments, sessions, signed notes of about 1 KB, plans, ends, consents, instrument
// scores and the audit trail). Audit rows are chained with AuditLog::chainHash, so `audit verify` holds. Clinical
// text is sealed to the clinic's clinical key from a pool of distinct sealed bodies (one X25519 seal per body, not
// per note), which costs the reader exactly what a real note costs. Synthetic names and numbers only (a demo
// clinic). Users have the password "bench". Not for production use: it bypasses the services' checks.
class ScaleGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ScaleGenerator)

public:
    static constexpr auto Password = "bench";
    static constexpr int RecordPatientStride = 25;

    [[nodiscard]] static Result<ScaleSummary> generate(const ScaleOptions& options);
};

} // namespace forlop
