#pragma once

#include "Error.h"
#include "security/PasswordKdf.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <cstdint>

namespace forlop {

struct DemoOptions
{
    QString databasePath;
    int patients = 60;
    std::uint64_t seed = 1;
    // The demo's today: every event lies before it. Invalid means the clock's today. Tests fix it, so that the
    // same seed gives the same clinic on any day.
    QDate today;
    // Clinicians psykolog1 … psykologN; 0 chooses from the number of patients (2 to 6).
    int clinicians = 0;
    QString clinicName = QStringLiteral("Demoklinikken");
    // The real limits, as for every clinic forlop-admin makes; tests lower it.
    KdfParams kdf = KdfParams::forClinics();
};

struct DemoSummary
{
    QStringList users; // every user name, each with the password "demo"
    int patients = 0;
    QString recoveryKey;
};

// Builds a synthetic demo clinic through the real services, each step as the user who does it in a clinic,
// in the order the events happened: a unit leader (leder), a secretary (sekretar), clinicians (psykolog1, …)
// and an administrator (admin), all with the password "demo"; patients in every state of the pathway, with
// realistic waiting times, attendance, signed notes and addenda, duties, onward referrals and departures from
// the standard. Synthetic names and synthetic national ID numbers only (the clinic is of the demo kind).
// The same options give the same clinic: same pseudonyms, names, states and counts.
class DemoClinicGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoClinicGenerator)

public:
    static constexpr auto Password = "demo";
    static constexpr int MaxPatients = 5000;

    [[nodiscard]] static Result<DemoSummary> generate(const DemoOptions& options);
};

} // namespace forlop
