#pragma once

#include "Error.h"
#include "audit/AuditReview.h"

#include <QCoreApplication>
#include <QDate>

namespace forlop {

// What the top of a patient's copy of their access log says.
struct PatientLogHeading
{
    QString clinicName;
    QString site;
    QString pseudonym;
    QDate from; // the period covered; invalid = from the first entry
    QDate to;   // invalid = up to the last entry
    QDateTime printedAt;
};

// A patient's access log as files for the patient (pasientjournalloven): CSV for a spreadsheet and PDF for
// reading. Who, when, in which role, what and why; never clinical content. Both are written atomically
// (QSaveFile), so a cancelled or failed export leaves no half-written file behind.
class PatientLogExport
{
    Q_DECLARE_TR_FUNCTIONS(PatientLogExport)

public:
    // Entries within [from, to] by local date; all when both are invalid.
    [[nodiscard]] static QList<PatientAccessEntry> within(const QList<PatientAccessEntry>& entries, const QDate& from,
                                                          const QDate& to);
    [[nodiscard]] static Status writeCsv(const QString& path, const QList<PatientAccessEntry>& entries);
    [[nodiscard]] static Status writePdf(const QString& path, const PatientLogHeading& heading,
                                         const QList<PatientAccessEntry>& entries);
    // The document the PDF is printed from.
    [[nodiscard]] static QString html(const PatientLogHeading& heading, const QList<PatientAccessEntry>& entries);

private:
    [[nodiscard]] static Status save(const QString& path, const QByteArray& bytes);
};

} // namespace forlop
