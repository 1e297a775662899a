#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace forlop {

class Clinic;

struct RegistryExportSummary
{
    QString folder;           // where the export now is
    int patients = 0;         // patients exported
    QMap<QString, int> rows;  // file name → data rows
};

// The export for the national quality registry (KvaSO) in the documented, versioned format of RegistryFormat
// (docs/registry-export/). Only patients whose registry status allows it: consented and never withdrawn
// (RegistryConsent::exportablePatients); a patient who declined or withdrew is never in it. No names, national
// IDs, pseudonyms or free text: each patient appears under a random registry key kept by the clinic.
// Needs Permission::ExportRegistry. Audited as one export row and, so each patient's access log shows it, one
// read per exported patient, in the same transaction as the reads. Written atomically (ExportFolder), checked
// against its own schema before it appears, with the manifest written last.
class RegistryExport
{
    Q_DECLARE_TR_FUNCTIONS(RegistryExport)

public:
    [[nodiscard]] static Result<RegistryExportSummary> write(Clinic& clinic, const QString& destinationFolder);
};

} // namespace forlop
