#pragma once

#include "access/Session.h"

#include <QCoreApplication>

#include <cstdint>
#include <functional>

namespace forlop {

class Clinic;
class RecordPage;

// One tab of the patient record, like WorkspacePage for the workspace. See RecordPage.h for how to add one.
struct RecordPageEntry
{
    QString id; // stable ("timeline", "referral", "eligibility" …): tests and links find the page by it
    std::function<QString()> title;
    std::function<bool(const Session&)> available;
    std::function<RecordPage*(Clinic&, std::int64_t patientId)> create;
};

// The pages of the patient record, in the order of the pathway. The timeline is always first.
class RecordPageCatalog
{
    Q_DECLARE_TR_FUNCTIONS(RecordPageCatalog)

public:
    [[nodiscard]] static QList<RecordPageEntry> standard();
};

} // namespace forlop
