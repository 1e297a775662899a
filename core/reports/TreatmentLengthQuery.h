#pragma once

#include "Error.h"

namespace forlop {

class Database;
class FidelityBuilder;
struct ReportPeriod;

// Fidelity figure (3): attended treatment sessions of the treatments that ended in the period, against the
// standard's 16–20 (a treatment ended before it started is not counted: it had no sessions to count), with the
// end reasons; and the treatment plans made or changed in the period that plan a number outside 16–20.
// By the patient's clinician.
class TreatmentLengthQuery
{
public:
    [[nodiscard]] static Status collect(Database& db, const ReportPeriod& period, FidelityBuilder& builder);
};

} // namespace forlop
