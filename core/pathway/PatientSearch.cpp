#include "pathway/PatientSearch.h"

#include "access/Policy.h"
#include "clinic/Clinic.h"
#include "pathway/PathwaySql.h"
#include "storage/Statement.h"

#include <QRegularExpression>

namespace forlop {

using namespace pathwaysql;

namespace {

constexpr auto Fields = "SELECT p.id, p.pseudonym, p.name, p.birth_date, p.birth_year, p.phone, p.may_leave_messages, "
                        "p.state, p.clinician_id ";

// A block shuts a staff member out of the whole record, search results included.
constexpr auto NotBlocked = "NOT EXISTS (SELECT 1 FROM patient_block b WHERE b.patient_id = p.id AND b.user_id = ?1 "
                            "AND b.removed_at IS NULL) ";

constexpr auto ByName = "ORDER BY coalesce(nullif(trim(p.name), ''), p.pseudonym) COLLATE NOCASE, p.id "
                        "LIMIT ?2 OFFSET ?3";

// The matching ids first, then each patient by primary key: CROSS JOIN keeps that order whatever the statistics say.
QByteArray byIds(const QByteArray& ids)
{
    return QByteArray(Fields) + "FROM (" + ids + ") AS m CROSS JOIN patient p ON p.id = m.id WHERE " + NotBlocked +
           ByName;
}

// The smallest text greater than every text starting with prefix, for a range an index can read.
QString pastPrefix(QString prefix)
{
    prefix[prefix.size() - 1] = QChar(prefix.at(prefix.size() - 1).unicode() + 1);
    return prefix;
}

PatientSearchHit readHit(const Statement& stmt)
{
    PatientSearchHit hit;
    hit.patientId = stmt.int64(0);
    hit.pseudonym = stmt.text(1);
    hit.name = stmt.optionalText(2).value_or(QString());
    hit.birthDate = parseOptionalDate(stmt.optionalText(3));
    if (auto year = stmt.optionalInt64(4)) {
        hit.birthYear = int(*year);
    }
    hit.phone = stmt.optionalText(5).value_or(QString());
    hit.mayLeaveMessages = stmt.int64(6) != 0;
    hit.state = PatientStates::fromId(stmt.text(7)).value_or(PatientState::Enquiry);
    hit.clinicianId = stmt.optionalInt64(8);
    return hit;
}

} // namespace

PatientSearch::Kind PatientSearch::kindOf(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Kind::Empty;
    }
    static const QRegularExpression pseudonym(QStringLiteral("^[Pp]-[0-9-]*$"));
    if (pseudonym.match(trimmed).hasMatch()) {
        return Kind::Pseudonym;
    }
    static const QRegularExpression digits(QStringLiteral("^\\+?[0-9][0-9 ().-]*$"));
    if (digits.match(trimmed).hasMatch()) {
        return Kind::Digits;
    }
    return nameWords(trimmed).isEmpty() ? Kind::Empty : Kind::Name;
}

QString PatientSearch::fold(const QString& text)
{
    static const QString capitals = QStringLiteral("ÆØÅÉÄÖÜ");
    QString folded = text;
    for (QChar& c : folded) {
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || capitals.contains(c)) {
            c = c.toLower();
        }
    }
    return folded;
}

QStringList PatientSearch::nameWords(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    return fold(text).split(separators, Qt::SkipEmptyParts).mid(0, MaxWords);
}

QString PatientSearch::phoneDigits(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits += c;
        }
    }
    return digits.startsWith(QLatin1String("00")) ? digits.mid(2) : digits;
}

QByteArray PatientSearch::sql(Kind kind, int words)
{
    switch (kind) {
    case Kind::Pseudonym:
        return QByteArray(Fields) + "FROM patient p WHERE p.pseudonym >= ?4 AND p.pseudonym < ?5 AND " + NotBlocked +
               "ORDER BY p.pseudonym LIMIT ?2 OFFSET ?3";
    case Kind::Digits:
        return byIds("SELECT id FROM patient WHERE national_id >= ?4 AND national_id < ?5 AND national_id IS NOT NULL "
                     "UNION SELECT patient_id FROM patient_search_term WHERE term >= ?6 AND term < ?7");
    case Kind::Name: {
        // Every word must begin a word of the name: one index range per word, intersected.
        QByteArrayList ranges;
        for (int i = 0; i < std::max(words, 1); ++i) {
            ranges << "SELECT patient_id AS id FROM patient_search_term WHERE term >= ?" +
                          QByteArray::number(4 + 2 * i) + " AND term < ?" + QByteArray::number(5 + 2 * i);
        }
        return byIds(ranges.join(" INTERSECT "));
    }
    case Kind::Empty:
        break;
    }
    return {};
}

Result<QList<PatientSearchHit>> PatientSearch::find(Clinic& clinic, const QString& text, int limit, int offset)
{
    if (auto status = Policy::require(clinic.session(), Permission::ViewAdministrative); !status) {
        return std::unexpected(status.error());
    }
    if (limit < 1 || limit > MaxPageSize || offset < 0) {
        return fail(ErrorCode::InvalidInput, tr("Ask for between 1 and %n patients at a time.", nullptr, MaxPageSize));
    }
    const QString query = text.trimmed();
    if (query.size() > MaxQueryLength) {
        return fail(ErrorCode::InvalidInput, tr("Search for at most %n characters.", nullptr, MaxQueryLength));
    }
    const Kind kind = kindOf(query);
    if (kind == Kind::Empty || (kind == Kind::Digits && phoneDigits(query).isEmpty())) {
        return QList<PatientSearchHit>();
    }
    // Audited before anything is shown: who searched, not for what (the text may be a name or a number).
    if (auto status = clinic.audit(AuditEvent{QStringLiteral("patient.search"),
                                              std::nullopt,
                                              QStringLiteral("patient"),
                                              std::nullopt,
                                              QLatin1String(AuditBasis::Administrative),
                                              {},
                                              QStringLiteral("ok")});
        !status) {
        return std::unexpected(status.error());
    }

    const std::int64_t userId = clinic.session().userId;
    const QStringList words = nameWords(query);
    const QByteArray statement = sql(kind, int(words.size()));
    auto stmt = clinic.db().prepare(statement.constData());
    if (stmt) {
        stmt->bindAll(userId, limit, offset);
        if (kind == Kind::Pseudonym) {
            const QString prefix = query.toUpper();
            stmt->bind(4, prefix).bind(5, pastPrefix(prefix));
        } else if (kind == Kind::Digits) {
            const QString digits = phoneDigits(query);
            const QString term = QStringLiteral("t:") + digits;
            stmt->bind(4, digits).bind(5, pastPrefix(digits)).bind(6, term).bind(7, pastPrefix(term));
        } else {
            for (qsizetype i = 0; i < words.size(); ++i) {
                const QString term = QStringLiteral("n:") + words.at(i);
                stmt->bind(int(4 + 2 * i), term).bind(int(5 + 2 * i), pastPrefix(term));
            }
        }
    }
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<PatientSearchHit> hits;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return hits;
        }
        hits.append(readHit(*stmt));
    }
}

} // namespace forlop
