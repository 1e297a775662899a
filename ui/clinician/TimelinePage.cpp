#include "clinician/TimelinePage.h"

#include "clinician/ClinicStaff.h"
#include "clinician/DisplayTime.h"
#include "pathway/PatientTimeline.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace forlop {

namespace {

enum Column { WhenColumn, EventColumn, ByColumn };
constexpr int ObjectTypeRole = Qt::UserRole;
constexpr int ObjectIdRole = Qt::UserRole + 1;

} // namespace

TimelinePage::TimelinePage(Clinic& clinic, std::int64_t patientId, QWidget* parent)
    : RecordPage(clinic, patientId, parent)
{
    setObjectName(QStringLiteral("timelinePage"));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("timelineTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("When"), tr("Event"), tr("By")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(EventColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ByColumn, QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_tree);

    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString type = item->data(WhenColumn, ObjectTypeRole).toString();
        const QVariant id = item->data(WhenColumn, ObjectIdRole);
        if (!type.isEmpty() && id.isValid()) {
            Q_EMIT openRequested(type, id.toLongLong());
        }
    });
}

void TimelinePage::load()
{
    m_tree->clear();
    auto events = PatientTimeline::load(clinic(), patientId());
    if (!events) {
        Q_EMIT errorOccurred(events.error().message);
        return;
    }
    const auto names = ClinicStaff::names(clinic());
    QList<QTreeWidgetItem*> items;
    // Newest first: what happened last is what the clinician needs before the next session.
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        auto* item = new QTreeWidgetItem;
        item->setText(WhenColumn, displaytime::dateTime(it->at));
        item->setText(EventColumn, it->title);
        item->setText(ByColumn, it->actorId ? names.value(*it->actorId) : QString());
        const bool opens = it->objectId && (it->objectType == QLatin1String("clinical_note") ||
                                            it->objectType == QLatin1String("duty_report"));
        if (opens) {
            item->setData(WhenColumn, ObjectTypeRole, it->objectType);
            item->setData(WhenColumn, ObjectIdRole, QVariant::fromValue<qlonglong>(*it->objectId));
            item->setToolTip(EventColumn, tr("Double-click to open"));
        }
        items << item;
    }
    m_tree->addTopLevelItems(items);
}

} // namespace forlop
