#pragma once

#include "pathway/AssessmentPackage.h"
#include "pathway/EndOfTreatment.h"

#include <QTableWidget>

namespace forlop {

// The outcome measures side by side: each score of each instrument given at intake and at the end, with the
// change. While the treatment is running the end scores not yet recorded can be typed in here.
class OutcomeMeasuresTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit OutcomeMeasuresTable(QWidget* parent = nullptr);

    void setMeasures(const QList<OutcomeMeasure>& measures, const InstrumentCatalogueVersion& catalogue,
                     bool editableEnd);
    // The end scores typed in, as completed entries on the given date: one per instrument whose every score was
    // typed; the first score out of range is an error.
    [[nodiscard]] Result<QList<InstrumentEntry>> typedEndScores(const QDate& completedOn) const;

private:
    QList<OutcomeMeasure> m_measures;
    InstrumentCatalogueVersion m_catalogue;
};

} // namespace forlop
