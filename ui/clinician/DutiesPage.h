#pragma once

#include "clinician/RecordPage.h"

#include <optional>

class QPushButton;
class QTreeWidget;

namespace forlop {

// The duty-to-report records of the patient: when, which duty, the decision, signed or draft, and whether the
// follow-up is open. New records and drafts open in the duty-to-report form; a signed record's follow-up gets
// entries here until one closes it.
class DutiesPage : public RecordPage
{
    Q_OBJECT

public:
    DutiesPage(Clinic& clinic, std::int64_t patientId, QWidget* parent = nullptr);

    void load() override;
    // Opens the follow-up dialog for the selected record (closing it by default).
    void addFollowUp();

Q_SIGNALS:
    void newReportRequested();

private:
    void updateButtons();
    [[nodiscard]] std::optional<std::int64_t> selected() const;

    QTreeWidget* m_tree = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_followUpButton = nullptr;
};

} // namespace forlop
