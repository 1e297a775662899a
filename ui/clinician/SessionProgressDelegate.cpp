#include "clinician/SessionProgressDelegate.h"

#include "clinician/CaseloadModel.h"
#include "pathway/TreatmentPlan.h"

#include <QApplication>
#include <QPainter>

namespace forlop {

void SessionProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int attended = index.data(CaseloadModel::AttendedRole).toInt();
    const QVariant plannedData = index.data(CaseloadModel::PlannedRole);
    const int planned = plannedData.isValid() ? plannedData.toInt() : 0;
    const int scale = std::max({TreatmentPlans::RecommendedMaximum, attended, planned});

    const QRect bar = option.rect.adjusted(4, 4, -4, -4);
    auto x = [&bar, scale](int sessions) { return bar.left() + bar.width() * sessions / scale; };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xee, 0xee, 0xee));
    painter->drawRect(bar);
    // The advice of the national standard: 16 to 20 sessions.
    painter->setBrush(QColor(0xc8, 0xe6, 0xc9));
    painter->drawRect(QRect(QPoint(x(TreatmentPlans::RecommendedMinimum), bar.top()),
                            QPoint(x(TreatmentPlans::RecommendedMaximum), bar.bottom())));
    painter->setBrush(QColor(0x8c, 0xb4, 0xe2));
    painter->drawRect(QRect(bar.topLeft(), QPoint(x(attended), bar.bottom())).adjusted(0, 3, 0, -3));
    if (planned > 0) {
        painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
        painter->drawLine(x(planned), bar.top(), x(planned), bar.bottom());
    }
    painter->setPen(QColor(0x20, 0x20, 0x20));
    QRect textRect = bar.adjusted(6, 0, 0, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize SessionProgressDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 150));
    return size;
}

} // namespace forlop
