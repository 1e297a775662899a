#include "pathway/PatientStore.h"

#include "pathway/PathwaySql.h"

namespace forlop {

namespace {

using namespace pathwaysql;

constexpr auto Columns = "SELECT id, pseudonym, state, clinician_id, created_at, state_changed_at, name, national_id, "
                         "birth_date, birth_year, phone, address, may_leave_messages, preferred_contact_times "
                         "FROM patient ";

Patient readPatient(const Statement& stmt)
{
    Patient patient;
    patient.id = stmt.int64(0);
    patient.pseudonym = stmt.text(1);
    patient.state = PatientStates::fromId(stmt.text(2)).value_or(PatientState::Enquiry);
    patient.clinicianId = stmt.optionalInt64(3);
    patient.createdAt = parseTime(stmt.text(4));
    patient.stateChangedAt = parseTime(stmt.text(5));
    PatientIdentity& identity = patient.identity;
    identity.name = stmt.text(6);
    identity.nationalId = stmt.text(7);
    identity.birthDate = parseOptionalDate(stmt.optionalText(8));
    if (auto year = stmt.optionalInt64(9)) {
        identity.birthYear = static_cast<int>(*year);
    }
    identity.phone = stmt.text(10);
    identity.address = stmt.text(11);
    identity.mayLeaveMessages = stmt.int64(12) != 0;
    identity.preferredContactTimes = stmt.text(13);
    return patient;
}

Result<std::optional<Patient>> findOne(Database& db, const QByteArray& sql, const auto& value)
{
    auto stmt = query(db, sql.constData(), value);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<Patient>();
    }
    return std::optional<Patient>(readPatient(*stmt));
}

std::optional<QString> nonEmpty(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed);
}

std::optional<std::int64_t> year(const std::optional<int>& value)
{
    return value ? std::optional<std::int64_t>(*value) : std::nullopt;
}

} // namespace

Result<std::int64_t> PatientStore::insert(Database& db, const QString& pseudonym, PatientState state,
                                          const PatientIdentity& identity, std::int64_t createdBy, const QDateTime& at)
{
    auto id = pathwaysql::insert(
        db,
        "INSERT INTO patient (pseudonym, state, created_at, created_by, state_changed_at, name, national_id, "
        "birth_date, birth_year, phone, address, may_leave_messages, preferred_contact_times, identity_updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?3, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?3)",
        pseudonym, PatientStates::id(state), isoTime(at), userRef(createdBy), nonEmpty(identity.name),
        nonEmpty(identity.nationalId), isoDate(identity.birthDate), year(identity.birthYear), nonEmpty(identity.phone),
        nonEmpty(identity.address), identity.mayLeaveMessages, nonEmpty(identity.preferredContactTimes));
    if (!id) {
        return id;
    }
    if (auto status = run(db,
                          "INSERT INTO patient_state_change (patient_id, from_state, to_state, at, by_user) "
                          "VALUES (?1, NULL, ?2, ?3, ?4)",
                          *id, PatientStates::id(state), isoTime(at), userRef(createdBy));
        !status) {
        return std::unexpected(status.error());
    }
    return id;
}

Result<std::optional<Patient>> PatientStore::find(Database& db, std::int64_t id)
{
    return findOne(db, QByteArray(Columns) + "WHERE id = ?1", id);
}

Result<std::optional<Patient>> PatientStore::findByPseudonym(Database& db, const QString& pseudonym)
{
    return findOne(db, QByteArray(Columns) + "WHERE pseudonym = ?1", pseudonym.trimmed().toUpper());
}

Result<std::optional<std::int64_t>> PatientStore::findByNationalId(Database& db, const QString& nationalId)
{
    return optionalInt(db, "SELECT id FROM patient WHERE national_id = ?1", nationalId);
}

Result<std::optional<PatientState>> PatientStore::state(Database& db, std::int64_t id)
{
    auto stmt = query(db, "SELECT state FROM patient WHERE id = ?1", id);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<PatientState>();
    }
    return PatientStates::fromId(stmt->text(0));
}

Status PatientStore::setState(Database& db, std::int64_t id, std::optional<PatientState> from, PatientState to,
                              std::int64_t byUser, const QDateTime& at)
{
    if (auto status = run(db, "UPDATE patient SET state = ?2, state_changed_at = ?3 WHERE id = ?1", id,
                          PatientStates::id(to), isoTime(at));
        !status) {
        return status;
    }
    return run(db,
               "INSERT INTO patient_state_change (patient_id, from_state, to_state, at, by_user) "
               "VALUES (?1, ?2, ?3, ?4, ?5)",
               id, from ? std::optional<QString>(PatientStates::id(*from)) : std::nullopt, PatientStates::id(to),
               isoTime(at), userRef(byUser));
}

Status PatientStore::setIdentity(Database& db, std::int64_t id, const PatientIdentity& identity, const QDateTime& at)
{
    return run(db,
               "UPDATE patient SET name = ?2, national_id = ?3, birth_date = ?4, birth_year = ?5, phone = ?6, "
               "address = ?7, may_leave_messages = ?8, preferred_contact_times = ?9, identity_updated_at = ?10 "
               "WHERE id = ?1",
               id, nonEmpty(identity.name), nonEmpty(identity.nationalId), isoDate(identity.birthDate),
               year(identity.birthYear), nonEmpty(identity.phone), nonEmpty(identity.address),
               identity.mayLeaveMessages, nonEmpty(identity.preferredContactTimes), isoTime(at));
}

Status PatientStore::setClinician(Database& db, std::int64_t id, std::optional<std::int64_t> clinicianId)
{
    return run(db, "UPDATE patient SET clinician_id = ?2 WHERE id = ?1", id, clinicianId);
}

} // namespace forlop
