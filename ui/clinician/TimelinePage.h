#pragma once

#include "clinician/RecordPage.h"

class QTreeWidget;

namespace forlop {

// The first page of the record: every event of the pathway in order (PatientTimeline, audited as a read of the
// timeline). Titles never hold clinical text; a note or a duty-to-report record opens with a double click.
class TimelinePage : public RecordPage
{
    Q_OBJECT

public:
    TimelinePage(Clinic& clinic, std::int64_t patientId, QWidget* parent = nullptr);

    void load() override;

private:
    QTreeWidget* m_tree = nullptr;
};

} // namespace forlop
