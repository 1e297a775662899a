#pragma once

#include "TestClinic.h"
#include "pathway/PatientState.h"

#include <QHash>
#include <cstdint>
#include <memory>

namespace forlop::test {

// A test clinic with the pathway's cast, every password "test": admin, leder (unit leader with the clinical key),
// sekretar (secretary), psykolog1 and psykolog2 (psychologists granted the clinical key).
class PathwayClinic
{
public:
    explicit PathwayClinic(ClinicKind kind = ClinicKind::Test);

    [[nodiscard]] TestClinic& base() { return m_clinic; }
    [[nodiscard]] FixedClock& clock() { return m_clinic.clock(); }
    [[nodiscard]] QString path() const { return m_clinic.path(); }
    [[nodiscard]] std::unique_ptr<Clinic> open(const QString& user) { return m_clinic.open(user); }
    [[nodiscard]] std::int64_t userId(const QString& name) const { return m_ids.value(name); }

private:
    TestClinic m_clinic;
    QHash<QString, std::int64_t> m_ids;
};

// A national ID with valid check digits for the given birth date: synthetic (month + 80) unless told otherwise,
// and never a real person's number in a test (the serial keeps numbers distinct).
[[nodiscard]] QString syntheticNationalId(const QDate& birthDate, int serial, bool synthetic = true,
                                          bool dNumber = false);

// Drives patients along the pathway with the real services, each step as the user who does it in a clinic:
// the secretary registers, the unit leader allocates to psykolog1, psykolog1 assesses and treats.
class PathwayDriver
{
public:
    explicit PathwayDriver(PathwayClinic& clinic);

    [[nodiscard]] Clinic& secretary() { return *m_secretary; }
    [[nodiscard]] Clinic& leader() { return *m_leader; }
    [[nodiscard]] Clinic& clinician() { return *m_clinician; }
    [[nodiscard]] Clinic& otherClinician() { return *m_otherClinician; }
    [[nodiscard]] Clinic& admin() { return *m_admin; }

    // A new patient brought to the state by the operations of the pathway; nullopt (with a warning that names
    // the failing step) when a step fails. Identity is complete (a synthetic national ID) unless anonymous.
    [[nodiscard]] std::optional<std::int64_t> patientIn(PatientState state, bool anonymous = false);
    // Moves an existing patient one step further (to `to`) the way the driver would; false on failure.
    [[nodiscard]] bool advance(std::int64_t patientId, PatientState to);

private:
    PathwayClinic* m_clinic;
    std::unique_ptr<Clinic> m_secretary;
    std::unique_ptr<Clinic> m_leader;
    std::unique_ptr<Clinic> m_clinician;
    std::unique_ptr<Clinic> m_otherClinician;
    std::unique_ptr<Clinic> m_admin;
    int m_serial = 0;
};

} // namespace forlop::test
