#pragma once

#include "Error.h"
#include "clinic/ClinicInfo.h"
#include "pathway/PatientRegistry.h"
#include "pathway/Referral.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace forlop {

class Clinic;

// One line of the file that cannot be imported, and why (translated; never repeats the line's data).
struct ImportRowError
{
    int line = 0; // 1-based line of the file where the row starts
    QString message;
};

struct ImportFailure
{
    Error error; // the summary
    QList<ImportRowError> rows;
};

struct ImportedReferrals
{
    QList<RegisteredPatient> patients;
    QList<int> lines; // the line each came from
};

// Referrals from a spreadsheet, for clinics moving to Forløp (format: docs/referral-import.md). A header row
// names the columns in any order: received (YYYY-MM-DD) and channel are required; urgency, national_id,
// birth_year, name, phone and reason are optional. Every row is checked, and the file is imported all or nothing.
class ReferralImport
{
    Q_DECLARE_TR_FUNCTIONS(ReferralImport)

public:
    // The referrals the file holds, or every bad row. No database is touched.
    [[nodiscard]] static std::expected<QList<NewReferral>, ImportFailure>
    read(const QByteArray& csv, ClinicKind clinicKind, const QDate& today, QList<int>* lines = nullptr);
    // Reads, checks every row also against the clinic's records (a national ID already registered), and
    // registers all referrals in one transaction, or none.
    [[nodiscard]] static std::expected<ImportedReferrals, ImportFailure> run(Clinic& clinic, const QByteArray& csv);

    [[nodiscard]] static const QStringList& columns();
};

} // namespace forlop
