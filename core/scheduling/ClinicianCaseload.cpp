#include "scheduling/ClinicianCaseload.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "scheduling/ClinicTime.h"
#include "scheduling/PathwayLink.h"
#include "util/Clock.h"

namespace forlop {

namespace {

// Pathway order for sorting by state.
constexpr auto StateOrder = "CASE state WHEN 'enquiry' THEN 0 WHEN 'referred' THEN 1 WHEN 'waiting' THEN 2 "
                            "WHEN 'eligibility' THEN 3 WHEN 'included' THEN 4 WHEN 'assessment' THEN 5 "
                            "WHEN 'treatment' THEN 6 WHEN 'ended' THEN 7 WHEN 'follow_up' THEN 8 ELSE 9 END";

QByteArray orderBy(const CaseloadFilter& filter)
{
    const QByteArray direction = filter.descending ? " DESC" : " ASC";
    QByteArray key;
    switch (filter.sort) {
    case CaseloadSort::Patient:
        key = "label COLLATE NOCASE" + direction;
        break;
    case CaseloadSort::State:
        key = QByteArray(StateOrder) + direction;
        break;
    case CaseloadSort::Sessions:
        key = "attended" + direction + ", planned" + direction;
        break;
    case CaseloadSort::NextAppointment:
        // Patients without an appointment last either way: they are the ones to book.
        key = "next_at IS NULL, next_at" + direction;
        break;
    case CaseloadSort::UnsignedNotes:
        key = "unsigned_notes" + direction;
        break;
    case CaseloadSort::Package:
        key = "package IS NULL, package" + direction;
        break;
    case CaseloadSort::DutyFollowUps:
        key = "duties" + direction;
        break;
    }
    return " ORDER BY " + key + ", label COLLATE NOCASE, id";
}

QString likePattern(const QString& text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QByteArray ClinicianCaseload::sql(const CaseloadFilter& filter)
{
    // ?1 clinician (the session's user), ?2 now, ?3 text pattern, ?4 limit, ?5 offset.
    QByteArray where = "p.clinician_id = ?1";
    if (filter.activeOnly) {
        where += " AND p.state IN " + QByteArray(PathwayLink::ActiveStates);
    }
    if (!filter.text.trimmed().isEmpty()) {
        where += " AND (p.pseudonym LIKE ?3 ESCAPE '\\' OR p.name LIKE ?3 ESCAPE '\\')";
    }
    return "WITH mine AS ("
           " SELECT p.id, p.pseudonym, coalesce(p.name, '') AS name, p.state,"
           "  coalesce(nullif(trim(p.name), ''), p.pseudonym) AS label,"
           "  ap.catalogue_version_id AS version,"
           "  (EXISTS (SELECT 1 FROM treatment_end e WHERE e.patient_id = p.id)"
           "   AND EXISTS (SELECT 1 FROM patient_state_change c WHERE c.patient_id = p.id"
           "               AND c.to_state = 'treatment')) AS end_due,"
           "  EXISTS (SELECT 1 FROM follow_up f WHERE f.patient_id = p.id) AS follow_due"
           " FROM patient p LEFT JOIN assessment_package ap ON ap.patient_id = p.id"
           " WHERE " +
           where +
           "  AND NOT EXISTS (SELECT 1 FROM patient_block b WHERE b.patient_id = p.id AND b.user_id = ?1"
           "                  AND b.removed_at IS NULL)"
           "), rows AS ("
           " SELECT m.id, m.pseudonym, m.name, m.state, m.label,"
           "  (SELECT count(*) FROM treatment_session t WHERE t.patient_id = m.id AND t.kind = 'treatment'"
           "   AND t.attendance = 'attended') AS attended,"
           "  (SELECT tp.planned_sessions FROM treatment_plan tp WHERE tp.patient_id = m.id) AS planned,"
           "  (SELECT a.starts_at FROM appointment a WHERE a.patient_id = m.id AND a.starts_at >= ?2"
           "   AND a.status = 'booked' ORDER BY a.starts_at LIMIT 1) AS next_at,"
           "  (SELECT a.type FROM appointment a WHERE a.patient_id = m.id AND a.starts_at >= ?2"
           "   AND a.status = 'booked' ORDER BY a.starts_at LIMIT 1) AS next_type,"
           "  (SELECT count(*) FROM clinical_note n WHERE n.patient_id = m.id AND n.author_id = ?1"
           "   AND n.signed_at IS NULL) AS unsigned_notes,"
           "  CASE WHEN m.version IS NULL THEN NULL ELSE"
           "   (SELECT count(*) FROM instrument_status s JOIN instrument i ON i.id = s.instrument_id"
           "    WHERE s.patient_id = m.id AND s.status = 'completed' AND i.version_id = m.version"
           "    AND (s.timepoint = 'intake' OR (s.timepoint = 'end' AND m.end_due)"
           "         OR (s.timepoint = 'follow_up' AND m.follow_due))) * 100 /"
           "   max(1, (SELECT count(*) FROM instrument i WHERE i.version_id = m.version"
           "           AND (',' || i.timepoints || ',' LIKE '%,intake,%'"
           "                OR (m.end_due AND ',' || i.timepoints || ',' LIKE '%,end,%')"
           "                OR (m.follow_due AND ',' || i.timepoints || ',' LIKE '%,follow_up,%')))) END AS package,"
           "  (SELECT count(*) FROM duty_report d WHERE d.patient_id = m.id AND d.signed_at IS NOT NULL"
           "   AND d.follow_up_needed = 1 AND d.follow_up_closed_at IS NULL) AS duties"
           " FROM mine m)"
           " SELECT id, pseudonym, name, state, attended, planned, next_at, next_type, unsigned_notes, package, duties"
           " FROM rows" +
           orderBy(filter) + " LIMIT ?4 OFFSET ?5";
}

Result<QList<CaseloadRow>> ClinicianCaseload::page(Clinic& clinic, const CaseloadFilter& filter, int offset, int limit)
{
    if (auto status = Policy::require(clinic.session(), Permission::WriteClinical); !status) {
        return std::unexpected(status.error());
    }
    if (offset < 0 || limit < 1 || limit > MaxPageSize) {
        return fail(ErrorCode::InvalidInput,
                    tr("A page of the caseload holds 1 to %n patients.", nullptr, MaxPageSize));
    }
    // Audited before anything is shown: no audit row, no caseload.
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("caseload.view"),
                                              std::nullopt,
                                              QStringLiteral("user"),
                                              clinic.session().userId,
                                              QLatin1String(AuditBasis::CareRelation),
                                              {},
                                              QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }
    auto stmt = clinic.db().prepare(sql(filter).constData());
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(clinic.session().userId, ClinicTime::toStored(clinic.clock().now()), likePattern(filter.text),
                  static_cast<std::int64_t>(limit), static_cast<std::int64_t>(offset));
    QList<CaseloadRow> rows;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return rows;
        }
        CaseloadRow r;
        r.patientId = stmt->int64(0);
        r.pseudonym = stmt->text(1);
        r.name = stmt->text(2);
        r.state = PatientStates::fromId(stmt->text(3)).value_or(PatientState::Referred);
        r.sessionsAttended = static_cast<int>(stmt->int64(4));
        if (auto planned = stmt->optionalInt64(5)) {
            r.plannedSessions = static_cast<int>(*planned);
        }
        if (auto next = stmt->optionalText(6)) {
            r.nextAppointment = ClinicTime::fromStored(*next);
            if (auto type = stmt->optionalText(7)) {
                r.nextAppointmentType = AppointmentTypes::fromId(*type);
            }
        }
        r.unsignedNotes = static_cast<int>(stmt->int64(8));
        if (auto package = stmt->optionalInt64(9)) {
            r.packagePercent = static_cast<int>(*package);
        }
        r.openDutyFollowUps = static_cast<int>(stmt->int64(10));
        rows << r;
    }
}

} // namespace forlop
