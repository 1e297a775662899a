#include "clinician/forms/PackageTree.h"

#include "clinician/forms/FormParts.h"
#include "clinician/forms/InstrumentEntryEditor.h"

#include <QHeaderView>
#include <QProgressBar>

namespace forlop {

namespace {

enum Column { InstrumentColumn, StatusColumn, ScoresColumn, DetailColumn };
constexpr int EntryRole = Qt::UserRole;

QString scoresText(const Instrument& instrument, const InstrumentResult& result, bool example)
{
    if (instrument.scores.isEmpty()) {
        return PackageTree::tr("No scores");
    }
    QStringList parts;
    for (const ScoreField& field : instrument.scores) {
        if (!result.scores.contains(field.code)) {
            continue;
        }
        //: a score and its range, e.g. "12 (0–27)"
        const QString value =
            PackageTree::tr("%1 (%2–%3)").arg(result.scores.value(field.code)).arg(field.minimum).arg(field.maximum);
        //: a score's label and its value, for instruments with several scores
        parts << (instrument.scores.size() == 1
                      ? value
                      : PackageTree::tr("%1: %2").arg(InstrumentEntryEditor::scoreLabel(field, example), value));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

PackageTree::PackageTree(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("packageTree"));
    setHeaderLabels({tr("Instrument"), tr("Status"), tr("Scores"), tr("Date or reason")});
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(InstrumentColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ScoresColumn, QHeaderView::ResizeToContents);
}

void PackageTree::setPackage(const PackageView& package, const QMap<Timepoint, PackageCompletion>& completion)
{
    clear();
    m_entries.clear();
    const QBrush muted = palette().brush(QPalette::PlaceholderText);
    for (Timepoint timepoint : InstrumentCatalogue::timepoints()) {
        const bool due = package.dueTimepoints.contains(timepoint);
        auto* group = new QTreeWidgetItem(this);
        group->setText(InstrumentColumn, InstrumentCatalogue::displayName(timepoint));
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(false);
        QFont bold = font();
        bold.setBold(true);
        group->setFont(InstrumentColumn, bold);
        if (due && completion.contains(timepoint)) {
            const PackageCompletion& c = completion.value(timepoint);
            auto* bar = new QProgressBar;
            bar->setObjectName(QStringLiteral("completion_%1").arg(InstrumentCatalogue::id(timepoint)));
            bar->setRange(0, 100);
            bar->setValue(c.percentCompleted());
            //: percent of the timepoint's instruments completed
            bar->setFormat(tr("%1 %").arg(c.percentCompleted()));
            bar->setMaximumHeight(fontMetrics().height() + 4);
            setItemWidget(group, StatusColumn, bar);
            //: completion of the package at one timepoint
            group->setText(ScoresColumn,
                           tr("%1 of %2 completed, %3 declined").arg(c.completed).arg(c.due).arg(c.declined));
        } else {
            group->setText(StatusColumn, tr("Not due yet"));
            group->setForeground(StatusColumn, muted);
        }
        for (const Instrument& instrument : std::as_const(package.catalogue.instruments)) {
            if (!instrument.givenAt(timepoint)) {
                continue;
            }
            InstrumentResult result{instrument.id, timepoint, InstrumentStatus::NotStarted, {}, {}, {}, {}};
            for (const InstrumentResult& recorded : package.results) {
                if (recorded.instrumentId == instrument.id && recorded.timepoint == timepoint) {
                    result = recorded;
                }
            }
            QString detail;
            if (result.status == InstrumentStatus::Completed && result.completedOn) {
                detail = FormParts::date(*result.completedOn);
            } else if (result.status == InstrumentStatus::Declined) {
                detail = result.declineReason;
            }
            auto* item = new QTreeWidgetItem(group);
            item->setText(InstrumentColumn, instrument.name);
            item->setText(StatusColumn, AssessmentPackages::displayName(result.status));
            item->setText(ScoresColumn, result.status == InstrumentStatus::NotStarted
                                            ? QString()
                                            : scoresText(instrument, result, package.catalogue.example));
            item->setText(DetailColumn, detail);
            item->setToolTip(DetailColumn, detail);
            item->setData(InstrumentColumn, EntryRole, int(m_entries.size()));
            if (result.status == InstrumentStatus::Completed) {
                item->setForeground(StatusColumn, QColor(0x1e, 0x6b, 0x2e));
            }
            if (!due) {
                for (int column : {InstrumentColumn, StatusColumn, ScoresColumn, DetailColumn}) {
                    item->setForeground(column, muted);
                }
            }
            m_entries.append({instrument, result});
        }
    }
    expandAll();
}

QTreeWidgetItem* PackageTree::itemOf(std::int64_t instrumentId, Timepoint timepoint) const
{
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const int index = group->child(i)->data(InstrumentColumn, EntryRole).toInt();
            const auto& [instrument, result] = m_entries.at(index);
            if (instrument.id == instrumentId && result.timepoint == timepoint) {
                return group->child(i);
            }
        }
    }
    return nullptr;
}

bool PackageTree::select(std::int64_t instrumentId, Timepoint timepoint)
{
    QTreeWidgetItem* item = itemOf(instrumentId, timepoint);
    if (!item) {
        return false;
    }
    setCurrentItem(item);
    return true;
}

std::optional<std::pair<Instrument, InstrumentResult>> PackageTree::selectedEntry() const
{
    const auto items = selectedItems();
    if (items.isEmpty() || !items.first()->parent()) {
        return std::nullopt;
    }
    return m_entries.value(items.first()->data(InstrumentColumn, EntryRole).toInt());
}

QString PackageTree::statusText(std::int64_t instrumentId, Timepoint timepoint) const
{
    QTreeWidgetItem* item = itemOf(instrumentId, timepoint);
    return item ? item->text(StatusColumn) : QString();
}

} // namespace forlop
