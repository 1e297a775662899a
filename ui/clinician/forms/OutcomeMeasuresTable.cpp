#include "clinician/forms/OutcomeMeasuresTable.h"

#include "clinician/forms/InstrumentEntryEditor.h"

#include <QHeaderView>
#include <QLineEdit>

namespace forlop {

namespace {

enum Column { InstrumentColumn, ScoreColumn, IntakeColumn, EndColumn, ChangeColumn, ColumnCount };

const ScoreField* fieldOf(const InstrumentCatalogueVersion& catalogue, const OutcomeMeasure& measure)
{
    const Instrument* instrument = catalogue.find(measure.instrumentId);
    if (!instrument) {
        return nullptr;
    }
    for (const ScoreField& field : instrument->scores) {
        if (field.code == measure.scoreCode) {
            return &field;
        }
    }
    return nullptr;
}

} // namespace

OutcomeMeasuresTable::OutcomeMeasuresTable(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("outcomeMeasuresTable"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Instrument"), tr("Score"), tr("At start"), tr("At end"), tr("Change")});
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFocusPolicy(Qt::NoFocus);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(InstrumentColumn, QHeaderView::Stretch);
}

void OutcomeMeasuresTable::setMeasures(const QList<OutcomeMeasure>& measures,
                                       const InstrumentCatalogueVersion& catalogue, bool editableEnd)
{
    m_measures = measures;
    m_catalogue = catalogue;
    clearContents();
    setRowCount(int(measures.size()));
    for (int row = 0; row < measures.size(); ++row) {
        const OutcomeMeasure& measure = measures.at(row);
        const ScoreField* field = fieldOf(catalogue, measure);
        const QString label = field ? InstrumentEntryEditor::scoreLabel(*field, catalogue.example) : measure.scoreLabel;
        //: a score label with its range, e.g. "Total score (0–27)"
        const QString score = field ? tr("%1 (%2–%3)").arg(label).arg(field->minimum).arg(field->maximum) : label;
        auto number = [](std::optional<int> value) { return value ? QString::number(*value) : QStringLiteral("–"); };
        QString change;
        if (measure.atIntake && measure.atEnd) {
            const int delta = *measure.atEnd - *measure.atIntake;
            change = delta > 0 ? QStringLiteral("+%1").arg(delta) : QString::number(delta);
        }
        setItem(row, InstrumentColumn, new QTableWidgetItem(measure.instrumentName));
        setItem(row, ScoreColumn, new QTableWidgetItem(score));
        setItem(row, IntakeColumn, new QTableWidgetItem(number(measure.atIntake)));
        setItem(row, EndColumn, new QTableWidgetItem(number(measure.atEnd)));
        setItem(row, ChangeColumn, new QTableWidgetItem(change));
        for (int column : {IntakeColumn, EndColumn, ChangeColumn}) {
            item(row, column)->setTextAlignment(Qt::AlignCenter);
        }
        if (editableEnd && !measure.atEnd && field) {
            auto* edit = new QLineEdit;
            edit->setObjectName(QStringLiteral("endScore_%1_%2").arg(measure.instrumentId).arg(measure.scoreCode));
            //: placeholder of an end score not yet recorded, with its range
            edit->setPlaceholderText(tr("%1–%2").arg(field->minimum).arg(field->maximum));
            edit->setAlignment(Qt::AlignCenter);
            setCellWidget(row, EndColumn, edit);
        }
    }
    horizontalHeader()->resizeSection(EndColumn, std::max(horizontalHeader()->sectionSize(EndColumn), 90));
    // As tall as its rows: a few measures, and the space below belongs to the page.
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row) {
        height += rowHeight(row);
    }
    setFixedHeight(height + 2);
}

Result<QList<InstrumentEntry>> OutcomeMeasuresTable::typedEndScores(const QDate& completedOn) const
{
    QMap<std::int64_t, InstrumentEntry> entries;
    QSet<std::int64_t> incomplete;
    for (int row = 0; row < m_measures.size(); ++row) {
        const OutcomeMeasure& measure = m_measures.at(row);
        auto* edit = qobject_cast<QLineEdit*>(cellWidget(row, EndColumn));
        if (!edit) {
            continue;
        }
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            incomplete.insert(measure.instrumentId);
            continue;
        }
        const ScoreField* field = fieldOf(m_catalogue, measure);
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!field || !ok || value < field->minimum || value > field->maximum) {
            //: %1 score label, %2 instrument, %3 and %4 the range
            return fail(
                ErrorCode::InvalidInput,
                tr("%1 of %2 must be a whole number from %3 to %4.")
                    .arg(field ? InstrumentEntryEditor::scoreLabel(*field, m_catalogue.example) : measure.scoreLabel,
                         measure.instrumentName)
                    .arg(field ? field->minimum : 0)
                    .arg(field ? field->maximum : 0));
        }
        InstrumentEntry& entry = entries[measure.instrumentId];
        entry.instrumentId = measure.instrumentId;
        entry.timepoint = Timepoint::End;
        entry.status = InstrumentStatus::Completed;
        entry.completedOn = completedOn;
        entry.scores.insert(measure.scoreCode, value);
    }
    QList<InstrumentEntry> result;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (incomplete.contains(it.key())) {
            const Instrument* instrument = m_catalogue.find(it.key());
            return fail(
                ErrorCode::InvalidInput,
                tr("Enter every end score of %1, or none of them.").arg(instrument ? instrument->name : QString()));
        }
        result << it.value();
    }
    return result;
}

} // namespace forlop
