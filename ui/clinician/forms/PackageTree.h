#pragma once

#include "pathway/AssessmentPackage.h"

#include <QTreeWidget>
#include <optional>

namespace forlop {

// The instruments of a patient's package grouped by timepoint (intake, end of treatment, follow-up): each group
// with its completion, each instrument with its status, scores and the date or the reason for declining.
// A handful of rows, so a plain tree widget.
class PackageTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PackageTree(QWidget* parent = nullptr);

    // Every instrument at every timepoint of the catalogue; timepoints not yet due are marked so.
    void setPackage(const PackageView& package, const QMap<Timepoint, PackageCompletion>& completion);
    bool select(std::int64_t instrumentId, Timepoint timepoint);
    // The instrument and result of the selected row (a not-started result for rows without one).
    [[nodiscard]] std::optional<std::pair<Instrument, InstrumentResult>> selectedEntry() const;
    // The status column of an instrument at a timepoint, as shown.
    [[nodiscard]] QString statusText(std::int64_t instrumentId, Timepoint timepoint) const;

private:
    [[nodiscard]] QTreeWidgetItem* itemOf(std::int64_t instrumentId, Timepoint timepoint) const;

    QList<std::pair<Instrument, InstrumentResult>> m_entries;
};

} // namespace forlop
