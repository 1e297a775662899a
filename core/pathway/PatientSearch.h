#pragma once

#include "Error.h"
#include "pathway/PatientState.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace forlop {

class Clinic;

// One patient as a search result shows it: administrative data only, never anything clinical. The national ID
// itself is not returned, only the birth date or year it gives.
struct PatientSearchHit
{
    std::int64_t patientId = 0;
    QString pseudonym;
    QString name;
    std::optional<QDate> birthDate;
    std::optional<int> birthYear;
    QString phone;
    bool mayLeaveMessages = false;
    PatientState state = PatientState::Enquiry;
    std::optional<std::int64_t> clinicianId;

    [[nodiscard]] QString displayName() const { return name.trimmed().isEmpty() ? pseudonym : name.trimmed(); }
};

// Finding a patient by pseudonym, name, phone number or national ID, as typed at the desk. Every kind of search
// reads an index: the pseudonym and national ID by prefix on their unique indexes, names and phone numbers by word
// prefix on patient_search_term (kept by triggers on the patient table, case folded). One page of results at a
// time; each search is audited once, as a search (the results are not opened records).
class PatientSearch
{
    Q_DECLARE_TR_FUNCTIONS(PatientSearch)

public:
    static constexpr int MaxPageSize = 200;
    static constexpr int MaxQueryLength = 100;
    static constexpr int MaxWords = 4; // of a name; more words narrow no further in practice

    // What the text is taken to be: "P-2026-00" a pseudonym, digits a national ID or a phone number, anything
    // else words of a name.
    enum class Kind { Empty, Pseudonym, Digits, Name };
    [[nodiscard]] static Kind kindOf(const QString& text);

    // Hits ordered by name (the pseudonym when nameless), then id; `offset` pages on. An empty text finds nothing.
    [[nodiscard]] static Result<QList<PatientSearchHit>> find(Clinic& clinic, const QString& text, int limit,
                                                              int offset = 0);

    // The statement each kind runs (?1 the user, ?2 limit, ?3 offset, then the kind's own ranges), for the
    // query-plan test; a name search takes one pair of bounds per word.
    [[nodiscard]] static QByteArray sql(Kind kind, int words = 1);

    // Lower case as the index stores words: ASCII and the capitals Æ Ø Å É Ä Ö Ü (SQLite's lower() folds only
    // ASCII, the migration folds those in addition).
    [[nodiscard]] static QString fold(const QString& text);
    // The words of a name as the index cuts them (at spaces and hyphens), folded; at most MaxWords.
    [[nodiscard]] static QStringList nameWords(const QString& text);
    // The digits of a phone number or national ID as typed, without a leading 00.
    [[nodiscard]] static QString phoneDigits(const QString& text);
};

} // namespace forlop
