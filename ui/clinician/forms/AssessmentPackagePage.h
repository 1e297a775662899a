#pragma once

#include "clinician/RecordPage.h"
#include "pathway/InstrumentCatalogue.h"

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;

namespace forlop {

class InstrumentEntryEditor;
class PackageTree;
class RegistryConsentBox;

// The assessment package (utredningspakken) of the record: completion per due timepoint, every instrument per
// timepoint with its status and scores, the editor of the selected one, and the registry consent.
class AssessmentPackagePage : public RecordPage
{
    Q_OBJECT

public:
    AssessmentPackagePage(Clinic& clinic, std::int64_t patientId, QWidget* parent = nullptr);

    void load() override;
    // Selects the row of an instrument at a timepoint and opens it in the editor; false when there is none.
    bool select(std::int64_t instrumentId, Timepoint timepoint);

private:
    void start();
    void record();
    void showSelected();

    bool m_editable = false;
    bool m_example = false;
    std::optional<std::pair<std::int64_t, Timepoint>> m_selected;
    QLabel* m_status = nullptr;
    QPushButton* m_startButton = nullptr;
    QGroupBox* m_instruments = nullptr;
    PackageTree* m_tree = nullptr;
    InstrumentEntryEditor* m_editor = nullptr;
    QLabel* m_feedback = nullptr;
    RegistryConsentBox* m_registry = nullptr;
};

} // namespace forlop
